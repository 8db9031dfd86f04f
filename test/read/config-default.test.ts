import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Config, defaultConfig } from "../../src/model/config.js";
import { loadConfig } from "../../src/read/workspace.js";

describe("the configuration of a workspace without plan.config.yaml", () => {
  it("is what the schema makes of an empty file, written out (no zod parse at start-up)", () => {
    expect(defaultConfig()).toStrictEqual(Config.parse({}));
    expect(loadConfig(mkdtempSync(join(tmpdir(), "plan-noconfig-")))).toStrictEqual(Config.parse({}));
  });

  it("is a fresh object each time: changing one run's config changes no other", () => {
    const a = defaultConfig();
    a.scoring.green = 0.5;
    a.lint.rules["x"] = "off";
    expect(defaultConfig()).toStrictEqual(Config.parse({}));
  });
});
