import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan } from "../helpers/cli.js";

describe("plan report --format html", () => {
  it.each([
    ["distrikt", "verksamhetsberattelse-2025.html", 'lang="sv-SE"'],
    ["numrerad", "verksamhetsberattelse-2025.html", 'lang="sv-SE"'],
    ["handlingsplan", "arsberetning-2025.html", 'lang="nb-NO"'],
    ["english", "annual-report-2025.html", 'lang="en"'],
  ])("the committed HTML report of examples/%s is what the tool writes today (golden)", async (ws, file, lang) => {
    const r = plan(["report", "2025", "-C", `examples/${ws}`, "--format", "html", "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(r.stdout).toContain(`<html ${lang}>`);
    await expect(r.stdout).toMatchFileSnapshot(`../../examples/${ws}/reports/${file}`);
  });

  it("all writes Markdown, PDF and HTML under the language's file name, and the terminal-only progress line never reaches a pipe", () => {
    const dir = copyWorkspace("examples/handlingsplan");
    rmSync(join(dir, "reports"), { recursive: true, force: true });
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "reports")).sort()).toEqual(["arsberetning-2025.html", "arsberetning-2025.md", "arsberetning-2025.pdf"]);
    expect(r.stderr).not.toMatch(/\r|\x1b/);
    const html = readFileSync(join(dir, "reports", "arsberetning-2025.html"), "utf8");
    expect(html).toContain("<h1>Årsberetning 2025</h1>");
  });

  it("the same numbers as the Markdown's table, row by row", () => {
    const md = plan(["report", "2025", "-C", "examples/distrikt", "--format", "md", "--stdout", "-q"]).stdout;
    const html = plan(["report", "2025", "-C", "examples/distrikt", "--format", "html", "--stdout", "-q"]).stdout;
    const plain = (x: string) => x.replace(/<[^>]+>/g, "").replace(/\u00a0/g, " ");
    // the counts, the share and (with 2024 in the workspace) the change from the year before
    const mdRows = [...md.matchAll(/^\| ([^|*-][^|]*?) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => plain(m.slice(1).join("|")));
    const htmlRows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td[^>]*>.*?<\/td>)+)<\/tr>/g)].map((m) =>
      plain([m[1], ...[...m[2]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1])].join("|")),
    );
    expect(mdRows.length).toBe(8);
    // the HTML has the total row too; the Markdown writes it in bold
    expect(htmlRows.slice(0, 8)).toEqual(mdRows);
    expect(htmlRows[8]).toBe("Totalt|24|10|3|2|1|65 % (24 av 37 bedömda)|53 % → 65 %");
  });
});
