import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan, ROOT } from "../helpers/cli.js";

/**
 * Untrusted plans in CI and careless users on laptops: every input here is in
 * test/fixtures/hostile/ (or built below when it cannot be a file: a symlink,
 * a FIFO, a zip bomb), with the message plan must give; see the README there.
 */
const HOSTILE = join(ROOT, "test/fixtures/hostile");
const fixture = (name: string) => readFileSync(join(HOSTILE, name));
const ws = () => copyWorkspace("examples/distrikt");
const OUTCOMES = "outcomes/2025.yaml";

/** Every file under `dir` with its bytes, to prove that nothing else was touched. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else out.set(p, st.isSymbolicLink() ? `-> link` : readFileSync(p).toString("base64"));
    }
  };
  walk(dir);
  return out;
}

/** Runs plan with a heap cap: a run that would balloon dies instead (exit code ≠ 2). */
const capped = (args: string[], cwd: string, mb = 400) => {
  const started = Date.now();
  const r = plan(args, { cwd, env: { NODE_OPTIONS: `--max-old-space-size=${mb}` } });
  return { ...r, seconds: (Date.now() - started) / 1000 };
};

describe("containment: every path stays in the workspace", () => {
  it("a template's fileName cannot leave reports/", () => {
    const dir = ws();
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates/sv.yaml"), fixture("template-filename.yaml"));
    const before = snapshot(dir);
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fileName "../../x" är inget enkelt filnamn');
    expect(r.stderr).toContain("templates/sv.yaml:2");
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, "..", "x-2025.md"))).toBe(false);
  });

  it("a plan that is a symlink to /dev/zero is never read whole", () => {
    const dir = ws();
    symlinkSync("/dev/zero", join(dir, "plans/utkast.md"));
    const r = capped(["report", "2025", "-C", dir, "--format", "md"], dir);
    expect(r.code).toBe(0); // utkast.md has no year in its name and no readable front matter: not this year's plan
    expect(r.seconds).toBeLessThan(30);
    const lint = capped(["lint", "-C", dir], dir);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain("(från plans/) är en symbolisk länk som leder utanför arbetsmappen");
  });

  it("a plan in plans/ that links outside the workspace is refused, not printed", () => {
    const dir = ws();
    const outside = copyWorkspace("test/fixtures/hostile");
    writeFileSync(join(outside, "secret.md"), "# Verksamhetsplan 2026\n\n## Hemligt\n\n- lösenord hunter2\n");
    symlinkSync(join(outside, "secret.md"), join(dir, "plans/2026.md"));
    const r = plan(["show", "2026", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain("hunter2");
    expect(r.stderr).toContain("leder utanför arbetsmappen");
    // typed on the command line, the same file may be read: the person chose it
    expect(plan(["show", join(outside, "secret.md")]).stdout).toContain("hunter2");
  });

  it.each([
    ["/dev/zero", "utanför arbetsmappen"],
    ["/etc/hostname", "utanför arbetsmappen"],
    ["../elsewhere.png", "utanför arbetsmappen"],
  ])("logo: %s is refused naming branding.logo", (logo, message) => {
    const dir = ws();
    writeFileSync(join(dir, "plan.config.yaml"), `${readFileSync(join(dir, "plan.config.yaml"), "utf8")}branding:\n  logo: ${logo}\n`);
    const r = capped(["report", "2025", "-C", dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("branding.logo");
    expect(r.stderr).toContain(message);
    expect(readdirSync(join(dir, "reports")).sort()).toEqual(readdirSync(join(ROOT, "examples/distrikt/reports")).sort());
  });

  it("a FIFO as logo does not hang", () => {
    const dir = ws();
    const fifo = spawnSync("mkfifo", [join(dir, "logo.png")]);
    if (fifo.status !== 0) return; // no mkfifo here
    writeFileSync(join(dir, "plan.config.yaml"), `${readFileSync(join(dir, "plan.config.yaml"), "utf8")}branding:\n  logo: logo.png\n`);
    const r = capped(["report", "2025", "-C", dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("är ingen vanlig fil");
    expect(r.seconds).toBeLessThan(30);
  });

  it("a logo that looks like a PNG but is broken is the user's error, not a bug", () => {
    const dir = ws();
    writeFileSync(join(dir, "logo.png"), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("trasig")]));
    writeFileSync(join(dir, "plan.config.yaml"), `${readFileSync(join(dir, "plan.config.yaml"), "utf8")}branding:\n  logo: logo.png\n`);
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("är ingen PNG- eller JPEG-bild");
    expect(r.stderr).not.toMatch(/bugg/);
  });

  it("a symlinked reports/ does not write outside the workspace; --out may", () => {
    const dir = ws();
    const outside = copyWorkspace("test/fixtures/hostile");
    rmSync(join(dir, "reports"), { recursive: true });
    symlinkSync(outside, join(dir, "reports"));
    const before = snapshot(outside);
    const r = plan(["report", "2025", "-C", dir, "--format", "md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("reports/");
    expect(snapshot(outside)).toEqual(before);
    expect(plan(["report", "2025", "-C", dir, "--format", "md", "--out", outside]).code).toBe(0);
  });

  it("a .docx zip bomb stops while inflating, within a memory cap", () => {
    const dir = ws();
    rmSync(join(dir, "plans/2025.md"));
    writeFileSync(join(dir, "plans/2025.docx"), zip([["[Content_Types].xml", Buffer.from("<Types/>")], ["word/document.xml", Buffer.alloc(200 * 1024 * 1024, 0x20)]]));
    expect(statSync(join(dir, "plans/2025.docx")).size).toBeLessThan(400_000);
    const r = capped(["show", "2025", "-C", dir], dir, 256);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Word-filen packas upp till mer än 34 MB (i word/document.xml)");
    expect(r.seconds).toBeLessThan(30);
  });
});

describe("linear time on hostile text", () => {
  it("a 16 000-character unbroken word in a heading: the PDF in bounded time and memory", () => {
    const dir = ws();
    const path = join(dir, "plans/2025.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("## Studier", `## Studier ${"x".repeat(16000)}`));
    const r = capped(["report", "2025", "-C", dir, "--format", "pdf"], dir, 512);
    expect(r.code).toBe(0);
    expect(r.seconds).toBeLessThan(45); // was 59 s and 1.7 GB; now the same as without the word
  });

  it.each([
    ["a 200 KB line of 1 1 1 …", `- ${"1 ".repeat(100_000)}`, 200_002],
    ["75 KB of [[…](((…", `- ${"[[".repeat(12_500)}](${"(((".repeat(16_600)}`, 74_804],
  ])("%s is refused at once, naming the line (the documented line limit)", (_name, line, length) => {
    const dir = ws();
    writeFileSync(join(dir, "hostile.md"), `# Verksamhetsplan 2025\n\n## Studier\n\n${line}\n`);
    const r = capped(["show", "hostile.md", "-C", dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`hostile.md:5: rad 5 är ${length} tecken lång; plan läser rader på högst 10000 tecken`);
    expect(r.seconds).toBeLessThan(20); // was 20 s and 7.7 s
  });

  it("200 KB of 1 1 1 … in lines under the limit is read in bounded time", () => {
    const dir = ws();
    const lines = Array.from({ length: 25 }, () => `- ${"1 ".repeat(4_000)}`).join("\n");
    writeFileSync(join(dir, "hostile.md"), `# Verksamhetsplan 2025\n\n## Studier\n\n${lines}\n`);
    const r = capped(["show", "hostile.md", "-C", dir], dir);
    expect(r.code).toBe(0);
    expect(r.seconds).toBeLessThan(30);
  });
});

describe("neutral output", () => {
  const ESC = /[\u001b\u0007\u009b]/;

  it("escape sequences from titles and ids are shown, never sent to the terminal", () => {
    const dir = ws();
    writeFileSync(join(dir, "evil.yaml"), fixture("control-chars.yaml"));
    const show = plan(["show", "evil.yaml", "-C", dir]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("Studier \\x1b[2J");
    expect(show.stdout).toContain("\\x1b]8;;http://evil\\x1b\\klick");
    for (const args of [["show", "evil.yaml"], ["lint", "evil.yaml"], ["lint", "evil.yaml", "--format", "github"]]) {
      const r = plan([...args, "-C", dir]);
      expect(r.stdout + r.stderr).not.toMatch(ESC);
    }
  });

  it("in error messages too (an unknown config key)", () => {
    const dir = ws();
    writeFileSync(join(dir, "plan.config.yaml"), `"lang\u001b]0;x\u0007": sv\n`);
    const r = plan(["show", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(ESC);
    expect(r.stderr).toContain("\\x1b]0;x\\x07");
  });

  it("HTML and javascript: links from the outcomes are escaped in report.md", () => {
    const dir = ws();
    const path = join(dir, OUTCOMES);
    writeFileSync(path, readFileSync(path, "utf8").replace("comment: Kompetensrådet i norra delen startar först 2026.", 'comment: "<script>alert(1)</script> [klick](javascript:alert(1)) <img src=x onerror=alert(1)>"'));
    expect(plan(["report", "2025", "-C", dir, "--format", "md"]).code).toBe(0);
    const md = readFileSync(join(dir, "reports/verksamhetsberattelse-2025.md"), "utf8");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).not.toMatch(/(?<!\\)<(script|img)|javascript:/i);
    expect(md).toContain("[klick](#");
  });

  it("CSV cells that Excel would run as formulas get a leading '", () => {
    const dir = ws();
    rmSync(join(dir, "plans/2025.md"));
    rmSync(join(dir, OUTCOMES));
    writeFileSync(join(dir, "plans/2025.yaml"), fixture("formula.yaml"));
    expect(plan(["outcomes", "2025", "--csv", "-C", dir]).code).toBe(0);
    const csv = readFileSync(join(dir, "outcomes/2025.csv"), "utf8");
    const cells = csv.replace(/^\uFEFF/, "").split(/\r\n/).slice(1).filter(Boolean).flatMap((row) => row.split(";").map((c) => c.replace(/^"|"$/g, "")));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(csv).toContain("'=cmd;");
    expect(csv).toContain("'@sum;");
    // and the ' is taken off again when the file is read back
    writeFileSync(join(dir, "outcomes/2025.csv"), csv.replace("'=cmd;", "'=cmd;").replace(/'=cmd;([^;]*);([^;]*);;/, "'=cmd;$1;$2;done;"));
    const r = plan(["report", "2025", "-C", dir, "--format", "json", "--stdout"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).areas[0].activities.find((a: { id: string }) => a.id === "=cmd").status).toBe("done");
  });

  it("a lone CR in a date's title is escaped in the .ics", () => {
    const dir = ws();
    rmSync(join(dir, "plans/2025.md"));
    writeFileSync(join(dir, "plans/2025.yaml"), fixture("control-chars.yaml"));
    const r = plan(["calendar", "2025", "--ics", "-C", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("SUMMARY:Årsmöte\\nDTSTART:19700101");
    expect(r.stdout.replace(/\r\n/g, "")).not.toContain("\r");
    expect(r.stdout.split("\r\n").filter((l) => l.startsWith("DTSTART")).length).toBe(1);
    const text = plan(["calendar", "2025", "-C", dir]);
    expect(text.stdout).toContain("Årsmöte\\x0dDTSTART");
    expect(text.stdout).not.toMatch(/[\r\u001b]/);
  });
});

describe("never damage a file", () => {
  it("--fix on a Windows-1252 plan with CRLF keeps every other byte, its mode and its symlink", () => {
    const dir = ws();
    const real = join(dir, "drafts");
    mkdirSync(real);
    writeFileSync(join(real, "plan.md"), fixture("cp1252-crlf.md"));
    chmodSync(join(real, "plan.md"), 0o600);
    symlinkSync(join(real, "plan.md"), join(dir, "link.md"));
    const r = plan(["lint", "link.md", "--fix", "-C", dir]);
    expect(r.stderr).toContain("link.md");
    const after = readFileSync(join(real, "plan.md"));
    expect(after.equals(Buffer.from(fixture("cp1252-crlf.md").toString("latin1").replace("för för", "för"), "latin1"))).toBe(true);
    expect(statSync(join(real, "plan.md")).mode & 0o777).toBe(0o600);
    expect(lstatSync(join(dir, "link.md")).isSymbolicLink()).toBe(true);
  });

  it("--fix removes the repetition it reported, not the same letters inside another word", () => {
    const dir = ws();
    writeFileSync(join(dir, "p.md"), fixture("repeated-substring.md"));
    plan(["lint", "p.md", "--fix", "-C", dir]);
    expect(readFileSync(join(dir, "p.md"), "utf8")).toContain("- Vi har möten mötena och sedan möten igen\n");
  });

  it("--fix refuses a .docx and a file with mixed line endings, and leaves them as they were", async () => {
    const dir = ws();
    const mixed = Buffer.from("# Verksamhetsplan 2025\r\n\n## Studier\n\n- Starta för för alla\r\n");
    writeFileSync(join(dir, "mixed.md"), mixed);
    const r = plan(["lint", "mixed.md", "--fix", "-C", dir]);
    expect(r.stderr).toContain("mixed.md ändrades inte: plan kan inte skriva tillbaka den byte för byte");
    expect(readFileSync(join(dir, "mixed.md")).equals(mixed)).toBe(true);

    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Verksamhetsplan 2025", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: "Studier", heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: "Starta en cirkel för för alla", bullet: { level: 0 } }),
          ],
        },
      ],
    });
    const docx = await Packer.toBuffer(doc);
    writeFileSync(join(dir, "plan.docx"), docx);
    const d = plan(["lint", "plan.docx", "--fix", "-C", dir]);
    expect(d.stdout).toContain("text/repeated-word");
    expect(d.stderr).toContain("--fix kan inte skriva Word-filer");
    expect(readFileSync(join(dir, "plan.docx")).equals(docx)).toBe(true);
  });

  it("outcomes --force keeps the filled-in file as .bak", () => {
    const dir = ws();
    const filled = readFileSync(join(dir, OUTCOMES));
    const r = plan(["outcomes", "2025", "--force", "-C", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("den tidigare filen sparades som");
    expect(readFileSync(join(dir, `${OUTCOMES}.bak`)).equals(filled)).toBe(true);
    expect(readFileSync(join(dir, OUTCOMES), "utf8")).toContain("year: 2025");
  });

  it("convert -o resolves from -C, keeps an existing file as .bak, and never writes over its input through a symlink", () => {
    const dir = ws();
    writeFileSync(join(dir, "old.yaml"), "gammalt\n");
    const r = plan(["convert", "plans/2025.md", "--to", "yaml", "-o", "old.yaml", "-C", dir], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "old.yaml.bak"), "utf8")).toBe("gammalt\n");
    expect(readFileSync(join(dir, "old.yaml"), "utf8")).toContain("areas:");
    expect(existsSync(join(ROOT, "old.yaml"))).toBe(false);

    const input = readFileSync(join(dir, "plans/2025.md"));
    symlinkSync(join(dir, "plans/2025.md"), join(dir, "alias.md"));
    const s = plan(["convert", "plans/2025.md", "--to", "md", "-o", "alias.md", "-C", dir]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("skriver inte över");
    expect(readFileSync(join(dir, "plans/2025.md")).equals(input)).toBe(true);
  });

  it("next refuses when any plan for next year exists, whatever its form", () => {
    const dir = ws();
    writeFileSync(join(dir, "plans/2026.yaml"), "title: Verksamhetsplan 2026\nperiod: 2026\nareas: []\n");
    const r = plan(["next", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plans/2026.yaml");
    expect(existsSync(join(dir, "plans/2026.md"))).toBe(false);
  });

  it("report: a folder where the PDF should be leaves the .md of the last run, and temp files of a killed run are cleaned", () => {
    const dir = ws();
    const md = join(dir, "reports/verksamhetsberattelse-2025.md");
    const pdf = join(dir, "reports/verksamhetsberattelse-2025.pdf");
    const before = readFileSync(md);
    rmSync(pdf);
    mkdirSync(pdf);
    writeFileSync(join(dir, "reports/.verksamhetsberattelse-2025.md.999999.tmp"), "half");
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("är en mapp där plan behöver en fil");
    expect(r.stderr).not.toMatch(/bugg/);
    expect(readFileSync(md).equals(before)).toBe(true);
    expect(readdirSync(join(dir, "reports")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a file where a folder should be: a plain message, exit 2", () => {
    const dir = ws();
    rmSync(join(dir, "reports"), { recursive: true });
    writeFileSync(join(dir, "reports"), "");
    const r = plan(["report", "2025", "-C", dir, "--format", "md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/bugg/);
    expect(r.stderr).toMatch(/en del av \S*reports är en fil där plan behöver en mapp/);
  });
});

describe("numbers mean one thing", () => {
  const cases: Array<[string, string, string]> = [
    ["actual: 2", 'actual: "1.000"', '"1.000" kan läsas både som tusen och som ett'],
    ["actual: 2", "actual: 1.000", '"1.000" kan läsas både som tusen och som ett'],
    ["actual: 2", 'actual: "1,000"', '"1,000" kan läsas både som tusen och som ett'],
    ["actual: 2", "actual: -5", "resultatet -5 är negativt"],
    ["actual: 2", "actual: 1e308", "är för stort för att vara ett resultat"],
    ["actual: 2", "actual: .nan", "är inget tal ett resultat kan vara"],
    ["actual: 2", "actual: [1, 2]", "har 1 mål men 2 tal i \"actual\""],
    ["      elever: 910", "      elver: 910", '"elver" i "actual" är inget av aktivitetens mål'],
    ["actual: 2", "actual: {nope: 40}", '"nope" i "actual" är inget av aktivitetens mål'],
  ];
  it.each(cases)("%s → %s is refused", (from, to, message) => {
    const dir = ws();
    const path = join(dir, OUTCOMES);
    const text = readFileSync(path, "utf8");
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
    const before = snapshot(join(dir, "reports"));
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/outcomes\/2025\.yaml:\d+/);
    expect(snapshot(join(dir, "reports"))).toEqual(before);
  });

  it("a duplicate id in the CSV names both rows", () => {
    const dir = ws();
    rmSync(join(dir, OUTCOMES));
    writeFileSync(join(dir, "outcomes/2025.csv"), "id;status\nsamhalle-arrangera-ett-forbundsgemensamt;done\nsamhalle-arrangera-ett-forbundsgemensamt;not-done\n");
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('id "samhalle-arrangera-ett-forbundsgemensamt" står på rad 2 och igen på rad 3');
  });

  it("the same words in English and Norwegian", () => {
    const dir = ws();
    const path = join(dir, OUTCOMES);
    writeFileSync(path, readFileSync(path, "utf8").replace("actual: 2", "actual: 1.000"));
    const config = join(dir, "plan.config.yaml");
    const sv = readFileSync(config, "utf8");
    writeFileSync(config, sv.replace("language: sv", "language: en"));
    expect(plan(["report", "2025", "-C", dir]).stderr).toContain("can be read as a thousand or as one");
    writeFileSync(config, sv.replace("language: sv", "language: nb"));
    expect(plan(["report", "2025", "-C", dir]).stderr).toContain("kan leses både som tusen og som én");
  });
});

describe("honest messages", () => {
  it("green below yellow in the config is refused, naming the line", () => {
    const dir = ws();
    const config = join(dir, "plan.config.yaml");
    writeFileSync(config, readFileSync(config, "utf8").replace("green: 0.9", "green: 0.2"));
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.config\.yaml:\d+:\d+: scoring\.green \(0\.2\) är lägre än scoring\.yellow \(0\.3\)/);
  });
});

/** A minimal zip: stored names, deflated data, a central directory. */
function zip(entries: Array<[string, Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data, { level: 9 });
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
