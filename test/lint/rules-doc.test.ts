import { expect, it } from "vitest";
import { renderRulesDoc } from "../../src/lint/rules-doc.js";

it("docs/rules.md is generated from the rules' metadata and up to date (npm run docs)", async () => {
  await expect(renderRulesDoc()).toMatchFileSnapshot("../../docs/rules.md");
});
