import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

function fake(enabled: boolean, columns = 80) {
  let now = 0;
  const written: string[] = [];
  const p = createProgress({ enabled, write: (s) => void written.push(s), now: () => now, columns });
  return { p, written, advance: (ms: number) => void (now += ms) };
}

describe("progress line", () => {
  it("stays silent during the first second, then draws each stage on one line and clears it", () => {
    const { p, written, advance } = fake(true);
    p.stage("läser planen");
    advance(999);
    p.stage("bedömer 40 aktiviteter");
    expect(written).toEqual([]);
    advance(2);
    p.stage("bedömer 10 000 aktiviteter");
    p.stage("skriver PDF (2 av 3)");
    p.clear();
    p.clear();
    expect(written).toEqual(["\rplan: bedömer 10 000 aktiviteter …\x1b[K", "\rplan: skriver PDF (2 av 3) …\x1b[K", "\r\x1b[K"]);
  });

  it("writes nothing at all when not on a terminal (pipes, CI, --quiet)", () => {
    const { p, written, advance } = fake(false);
    advance(5000);
    p.stage("bedömer 10 000 aktiviteter");
    p.clear();
    expect(written).toEqual([]);
  });

  it("never wraps: the line is cut to the terminal's width", () => {
    const { p, written, advance } = fake(true, 30);
    advance(1500);
    p.stage("bedömer 10 000 aktiviteter i 200 områden");
    const line = written[0]!.replace("\r", "").replace("\x1b[K", "");
    expect(line.length).toBe(29);
    expect(line.endsWith("…")).toBe(true);
  });
});
