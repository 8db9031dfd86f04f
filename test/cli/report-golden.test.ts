import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan } from "../helpers/cli.js";

// The committed example reports are what the tool writes today, byte for byte: the PDF
// (its creation date is fixed by the year), the HTML and the Markdown. Speed work on the
// renderers must leave every byte as it was.
describe("the committed example reports, byte for byte", () => {
  it.each(["distrikt", "english", "handlingsplan", "numrerad", "dansk"])("examples/%s", (ws) => {
    const committed = join("examples", ws, "reports");
    const dir = copyWorkspace(`examples/${ws}`);
    rmSync(join(dir, "reports"), { recursive: true, force: true });
    const r = plan(["report", "2025", "-C", dir, "-q"]);
    expect(r.code).toBe(0);
    const files = readdirSync(committed).filter((f) => /\.(md|pdf|html)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(readFileSync(join(dir, "reports", f)).equals(readFileSync(join(committed, f))), f).toBe(true);
  });
});
