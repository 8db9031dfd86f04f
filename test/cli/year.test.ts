import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan } from "../helpers/cli.js";

const YEAR = new Date().getFullYear();

/** Fills every `actual:` of a generated outcomes template with a number, every `status:` with done. */
function fillOutcomes(path: string, actual: number): void {
  const doc = parseDocument(readFileSync(path, "utf8"));
  const acts = doc.get("activities") as { items: Array<{ key: { value: string }; value: { set: (k: string, v: unknown) => void; has: (k: string) => boolean } }> };
  for (const item of acts.items) {
    if (item.value.has("actual")) item.value.set("actual", actual);
    else item.value.set("status", "done");
    item.value.set("comment", "Klart.");
  }
  writeFileSync(path, doc.toString());
}

describe.each([
  ["sv", "verksamhetsberattelse", "# Verksamhetsberättelse", "🟢 **God måluppfyllelse**", "🔴 **Låg måluppfyllelse**"],
  ["nb", "arsberetning", "# Årsberetning", "🟢 **God måloppnåelse**", "🔴 **Lav måloppnåelse**"],
  ["en", "annual-report", "# Annual report", "🟢 **Met**", "🔴 **Not met**"],
])("the secretary's year in %s", (lang, file, heading, green, red) => {
  it("init → outcomes template → filled outcomes → report (md and json)", () => {
    const root = mkdtempSync(join(tmpdir(), "plan-year-"));
    expect(plan(["init", "ws", "--lang", lang], { cwd: root }).code).toBe(0);
    const dir = join(root, "ws");
    expect(readdirSync(dir).sort()).toEqual(["outcomes", "plan.config.yaml", "plans", "schemas"]); // schemas/ for the editor (issue 13)
    expect(readdirSync(join(dir, "plans"))).toEqual([`${YEAR}.md`]);

    // a report before any outcomes: a clear error that says what to do
    const early = plan(["report", String(YEAR), "-C", dir]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain(`plan outcomes ${YEAR}`);

    expect(plan(["outcomes", String(YEAR), "-C", dir]).code).toBe(0);
    const outcomes = join(dir, "outcomes", `${YEAR}.yaml`);
    expect(readFileSync(outcomes, "utf8")).toMatch(/^ {2}[a-z0-9-]+: {3}# /m);
    // never overwritten without --force
    const again = plan(["outcomes", String(YEAR), "-C", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");

    // unfilled: everything is "not reported" and --strict fails
    expect(plan(["report", String(YEAR), "-C", dir, "--format", "md", "--strict"]).code).toBe(1);

    fillOutcomes(outcomes, 1);
    const r = plan(["report", String(YEAR), "-C", dir, "--format", "md"]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "reports", `${file}-${YEAR}.md`), "utf8");
    expect(md.startsWith(`${heading} ${YEAR}`)).toBe(true);
    expect(md).toContain(green); // status done, and "at least once" met by 1
    expect(md).toContain(red); // 1 of 20 participants
    const json = JSON.parse(plan(["report", String(YEAR), "-C", dir, "--format", "json", "--stdout"]).stdout);
    expect(json.language).toBe(lang);
    expect(json.totals.notReported).toBe(0);
    expect(json.totals.green + json.totals.yellow + json.totals.red).toBe(4);
  });
});

describe("outcomes in a spreadsheet (CSV as Excel writes it)", () => {
  function withCsv(csv: string | Buffer) {
    const dir = copyWorkspace("examples/numrerad");
    const yaml = join(dir, "outcomes", "2025.yaml");
    writeFileSync(yaml.replace(".yaml", ".csv"), csv);
    writeFileSync(yaml, ""); // replaced below
    return { dir, yaml };
  }

  it("plan outcomes --csv writes a template Excel opens: BOM, semicolons, every activity", () => {
    const dir = copyWorkspace("examples/numrerad");
    const r = plan(["outcomes", "2025", "--csv", "-C", dir]);
    expect(r.code).toBe(2); // the YAML outcomes exist: two files for one year would compete
    const fresh = copyWorkspace("examples/numrerad");
    const { rmSync } = require("node:fs") as typeof import("node:fs");
    rmSync(join(fresh, "outcomes", "2025.yaml"));
    expect(plan(["outcomes", "2025", "--csv", "-C", fresh]).code).toBe(0);
    const csv = readFileSync(join(fresh, "outcomes", "2025.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFid;aktivitet;mål;status;utfall;planerat;ljus;kommentar"); // headers in the workspace language (issue 13)
    expect(csv).toContain("5.3;Vi ska värva minst 150 nya medlemmar under året.;minst 150 medlemmar;;;;;");
  });

  it("reads BOM, semicolons, decimal commas and quoted line breaks", () => {
    const { dir, yaml } = withCsv(
      "\uFEFFid;status;actual;planned;light;comment\r\n" +
        '"5.3";;171;;;"Bra år.\r\nFler än väntat."\r\n' +
        "6.3;;26;40;;\r\n" +
        "2.4;;9,5;;;\r\n" +
        "1.1;done;;;;\r\n",
    );
    const { rmSync } = require("node:fs") as typeof import("node:fs");
    rmSync(yaml);
    const r = plan(["report", "2025", "-C", dir, "--format", "json", "--stdout"]);
    expect(r.code).toBe(0);
    const acts = Object.fromEntries(JSON.parse(r.stdout).areas.flatMap((a: { activities: Array<{ id: string }> }) => a.activities).map((a: { id: string }) => [a.id, a]));
    expect(acts["5.3"]).toMatchObject({ light: "green", comment: "Bra år.\nFler än väntat." });
    expect(acts["6.3"].targets[0]).toMatchObject({ actual: 26, planned: 40 });
    expect(acts["2.4"].targets[0].actual).toBe(9.5);
    expect(acts["1.1"]).toMatchObject({ light: "green", rule: "status" });
  });

  it("a broken row names its line; a bad value names its row and column", () => {
    const broken = withCsv('id;status;actual\r\n5.3;;171\r\n6.3;;"26\r\n');
    const { rmSync } = require("node:fs") as typeof import("node:fs");
    rmSync(broken.yaml);
    const r = plan(["report", "2025", "-C", broken.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/outcomes\/2025\.csv:3: CSV-filen går inte att läsa/);

    const bad = withCsv("id;status;actual\r\n5.3;;171\r\n6.3;klart;många\r\n");
    rmSync(bad.yaml);
    const r2 = plan(["report", "2025", "-C", bad.dir]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('outcomes/2025.csv:3:2: "activities.6.3.status": "klart" är inte tillåtet');
    expect(r2.stderr).toContain('outcomes/2025.csv:3:3: "activities.6.3.actual": "många" är inget tal');
  });
});

describe("plan calendar", () => {
  it("lists the dates as text", () => {
    const r = plan(["calendar", "2025", "-C", "examples/distrikt"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("2025-03-08        Internationella kvinnodagen");
    expect(r.stdout).toContain("2025-09-30–10-02  Studiekonferens, vecka 40");
  });

  it("--ics is valid iCalendar: all-day events, multi-day ranges, stable UIDs", () => {
    const a = plan(["calendar", "2025", "--ics", "-C", "examples/distrikt"]);
    const b = plan(["calendar", "2025", "--ics", "-C", "examples/distrikt"]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain("\r\n");
    const cal = new ICAL.Component(ICAL.parse(a.stdout));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(9);
    expect(events[0]!.summary).toBe("Internationella kvinnodagen");
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe("2025-03-08");
    expect(events[0]!.endDate.toString()).toBe("2025-03-09");
    const conference = events.find((e) => e.summary.startsWith("Studiekonferens"))!;
    expect([conference.startDate.toString(), conference.endDate.toString()]).toEqual(["2025-09-30", "2025-10-03"]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(9);
  });
});

describe("plan next and plan diff", () => {
  it("next: activities kept with ids, years moved on, red and unreported marked for the committee; never overwrites", () => {
    const dir = copyWorkspace("examples/distrikt");
    const r = plan(["next", "2025", "-C", dir]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "plans", "2026.md"), "utf8");
    expect(md).toContain("# Verksamhetsplan 2026");
    expect(md).toContain("- Utse årets skyddsombud 2026 {#arbetsmarknad-utse-arets-skyddsombud}");
    expect(md).toContain("Ta fram ett valmanifest med förbundens viktigaste krav inför valet 2026"); // 2026 was not a plan year: kept
    expect(md).toContain("[fyll i: behåll, ändra eller stryk — röd 2025]");
    expect(md).toContain("[fyll i: behåll, ändra eller stryk — ej rapporterad 2025]");
    // the committee's linter flags every decision still to make
    const lint = JSON.parse(plan(["lint", "plans/2026.md", "--format", "json"], { cwd: dir }).stdout);
    expect(lint[0].messages.filter((m: { ruleId: string }) => m.ruleId === "text/placeholder").length).toBe(4);
    // the new plan reads back with the same ids
    const show = JSON.parse(plan(["show", "2026", "-C", dir, "--format", "json"]).stdout);
    expect(show.period).toEqual({ from: 2026, to: 2026 });
    expect(show.areas.flatMap((a: { activities: unknown[] }) => a.activities)).toHaveLength(40);
    expect(plan(["next", "2025", "-C", dir]).code).toBe(2);
  });

  it("diff: added, dropped, targets raised and lowered", () => {
    const dir = copyWorkspace("examples/distrikt");
    expect(plan(["next", "2025", "-C", dir]).code).toBe(0);
    const path = join(dir, "plans", "2026.md");
    writeFileSync(
      path,
      readFileSync(path, "utf8")
        .replace("Minst 80 deltagare i Ung i facket", "Minst 100 deltagare i Ung i facket")
        .replace("Genomföra 40 skolinformationer inom SFI", "Genomföra 30 skolinformationer inom SFI")
        .replace(/- Ta emot en studiedelegation från Dalmatien.*\n/, "- Starta en kurs i svenska modellen\n"),
    );
    const json = JSON.parse(plan(["diff", "2025", "2026", "-C", dir, "--format", "json"]).stdout);
    expect(json.added.map((x: { title: string }) => x.title)).toEqual(["Starta en kurs i svenska modellen"]);
    expect(json.dropped.map((x: { id: string }) => x.id)).toEqual(["organisering-internationellt-ta-emot-studiedelegation"]);
    const changes = json.kept.flatMap((k: { id: string; targets: Array<{ change: string; from: number; to: number }> }) => k.targets.map((c) => `${k.id} ${c.change} ${c.from}→${c.to}`));
    expect(changes).toEqual(["ung-minst-80-deltagare raised 80→100", "skola-genomfora-40-skolinformationer lowered 40→30"]);
    const text = plan(["diff", "2025", "2026", "-C", dir]).stdout;
    expect(text).toContain("↑ höjt mål  ung-minst-80-deltagare");
    expect(text).toContain("1 nya, 1 borttagna, 39 kvar (1 höjda, 1 sänkta mål)");
  });
});

describe("report details", () => {
  it("a workspace's templates/sv.yaml overrides any string", () => {
    const dir = copyWorkspace("examples/distrikt");
    const { mkdirSync } = require("node:fs") as typeof import("node:fs");
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "sv.yaml"), 'title: "Årsredovisning {year}"\nlightGreen: Mål nått\n');
    const md = plan(["report", "2025", "-C", dir, "--format", "md", "--stdout"]).stdout;
    expect(md.split("\n")[0]).toBe("# Årsredovisning 2025");
    expect(md).toContain("🟢 **Mål nått**");
  });

  it("last year's numbers are shown next to this year's", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "outcomes", "2024.yaml"), "year: 2024\nactivities:\n  ung-minst-80-deltagare: {actual: 70}\n  kommunikation-skriva-minst-10: {actual: 15}\n");
    const md = plan(["report", "2025", "-C", dir, "--format", "md", "--stdout"]).stdout;
    expect(md).toContain("Resultat: 77 av 80 deltagare · 96\u00a0% (2024: 70 ↑)");
    expect(md).toContain("Resultat: 12 av 10 debattartiklar · 120\u00a0% (2024: 15 ↓)");
  });

  it("two outcome files for one year is an error, not a guess", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "outcomes", "2025.csv"), "id;status\n");
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("flera utfallsfiler för 2025");
    expect(existsSync(join(dir, "outcomes", "2025.csv"))).toBe(true);
  });
});

describe("goals with targets", () => {
  it("are scored when they have an outcome, shown under the goals, and offered in the outcomes template", () => {
    const md = plan(["report", "2025", "-C", "examples/handlingsplan", "--format", "md", "--stdout"]).stdout;
    expect(md).toContain("- 🟡 Mål for innmeldinger: 45 nyinnmeldte, 3 økning i antall tillitsvalgte. — Delvis måloppnåelse · Resultat: 38 av 45 nyinnmeldte · 84\u00a0%; 2 av 3 økning · 67\u00a0%");
    expect(md).toContain("- Flere jobber heltid i kommunene.");
    const dir = copyWorkspace("examples/handlingsplan");
    const { rmSync } = require("node:fs") as typeof import("node:fs");
    rmSync(join(dir, "outcomes", "2025.yaml"));
    expect(plan(["outcomes", "2025", "-C", dir]).code).toBe(0);
    const template = readFileSync(join(dir, "outcomes", "2025.yaml"), "utf8");
    expect(template).toContain("  organisering-tariffmakt-mal-3:   # Mål for innmeldinger");
    expect(template).toContain("      nyinnmeldte:   # mål: 45 nyinnmeldte");
  });
});

describe("last year's outcomes that cannot be read", () => {
  it("give a warning that names the file, and the report is still made", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "outcomes", "2024.yaml"), "year: 2024\nactivities:\n  a: {actual: många}\n");
    const r = plan(["report", "2025", "-C", dir, "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/varning: .*outcomes\/2024\.yaml:3: .*"många" är inget tal — berättelsen görs utan jämförelse med 2024/);
  });
});
