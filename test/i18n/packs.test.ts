import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { detectLanguage } from "../../src/extract/language.js";
import { findDate } from "../../src/extract/dates.js";
import { extractTargets } from "../../src/extract/targets.js";
import { BASE_LANGUAGE, LANGUAGES, PACKS } from "../../src/i18n/lang/index.js";
import { t } from "../../src/i18n/t.js";
import { languageFromEnv } from "../../src/cli/context.js";
import { Templates } from "../../src/model/templates.js";
import { parsePlan } from "../../src/parse/parse-plan.js";
import { ACTIVITY_HEADINGS, DATE_HEADINGS, GOAL_HEADINGS, PROSE_HEADINGS, startsWithKeyword } from "../../src/parse/markdown/keywords.js";
import { planToMarkdown } from "../../src/render/plan/plan-to-markdown.js";
import { copyWorkspace, plan } from "../helpers/cli.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const base = PACKS[BASE_LANGUAGE].messages;

describe.each(LANGUAGES)("the %s language pack", (code) => {
  const p = PACKS[code];

  it("is registered under its own code, with a locale tag", () => {
    expect(p.code).toBe(code);
    expect(p.locale).toMatch(new RegExp(`^${code}\\b`));
  });

  it("has every message of the base language, non-empty and with the same placeholders", () => {
    for (const [id, text] of Object.entries(base)) {
      expect(p.messages[id], `${code} ${id}`).toBeTruthy();
      expect(placeholders(p.messages[id]!), `${code} ${id}`).toEqual(placeholders(text));
    }
    expect(Object.keys(p.messages).filter((id) => !(id in base)), `${code}: keys the base language lacks`).toEqual([]);
  });

  it("names all twelve months and seven weekdays, in its messages and in its reading words", () => {
    const months = t(code, "lint.months").split(",").map((m) => m.trim().toLowerCase());
    const days = t(code, "lint.weekdays").split(",").map((d) => d.trim().toLowerCase());
    expect(months.map((m) => p.reading.months[m])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(days.map((d) => p.reading.weekdays[d])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(Object.values(p.reading.months)).size).toBe(12);
    expect(new Set(Object.values(p.reading.weekdays)).size).toBe(7);
  });

  it("has the reading words every reader needs", () => {
    const r = p.reading;
    for (const [name, list] of Object.entries({
      markers: r.markers, atLeast: r.atLeast, atMost: r.atMost, percent: r.percent, nonUnits: r.nonUnits,
      nonTargetBefore: r.nonTargetBefore, stopwords: r.stopwords, subjectPrepositions: r.subjectPrepositions, weekWords: r.weekWords,
      prose: p.headings.prose, contents: p.headings.contents, dates: p.headings.dates, goals: p.headings.goals,
      activities: p.headings.activities, planWords: p.headings.planWords, adopted: p.headings.adopted, itemMarkers: p.headings.itemMarkers,
      vagueVerbs: p.lint.vagueVerbs, concreteVerbs: p.lint.concreteVerbs, leadIns: p.lint.leadIns, placeholders: p.lint.placeholders,
      slugFillers: p.slugFillers,
    })) {
      expect(list.length, `${code} ${name}`).toBeGreaterThan(0);
      for (const w of list) expect(w, `${code} ${name}: lower case, trimmed`).toBe(w.toLowerCase().trim());
    }
    expect(Object.values(r.numbers)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 10]));
  });

  it("reads the headings plan writes for it", () => {
    const w = p.headings.written;
    expect(startsWithKeyword(w.introduction, PROSE_HEADINGS)).toBe(true);
    expect(startsWithKeyword(w.dates, DATE_HEADINGS)).toBe(true);
    expect(startsWithKeyword(w.goals, GOAL_HEADINGS)).toBe(true);
    expect(startsWithKeyword(w.activities, ACTIVITY_HEADINGS)).toBe(true);
  });

  it("has complete report templates and init templates", () => {
    const own = `templates/${code}.yaml`;
    const file = existsSync(own) ? own : `templates/${p.templates}.yaml`;
    const parsed = Templates.safeParse(parseYaml(readFileSync(file, "utf8")));
    expect(parsed.success, file).toBe(true);
    expect(parsed.data!.months.split(",").map((m) => p.reading.months[m.trim().toLowerCase()])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const init = existsSync(`templates/init/${code}.md`) ? code : p.templates;
    expect(existsSync(`templates/init/${init}.md`) && existsSync(`templates/init/plan.config.${init}.yaml`)).toBe(true);
  });

  it("is detected from its own frequent words", () => {
    expect(detectLanguage(p.reading.markers.join(" "), code === "sv" ? "en" : "sv")).toBe(code);
  });

  it("reads a target stated with its own comparison and number words", () => {
    const number = Object.entries(p.reading.numbers).find(([, v]) => v === 5)![0];
    const [target] = extractTargets(`${p.reading.atLeast[0]} ${number} ${p.reading.knownUnits[0] ?? "workshops"}`, code);
    expect(target).toMatchObject({ value: 5, comparison: "atLeast" });
    expect(extractTargets(`${p.reading.atMost[0]} 12 ${p.reading.percent[1]}`, code)[0]).toMatchObject({ value: 12, percent: true, comparison: "atMost" });
  });

  it("reads its own dates", () => {
    const may = Object.entries(p.reading.months).find(([name, v]) => v === 5 && name.length >= 3)![0];
    expect(findDate(`${p.headings.written.dates} 14 ${may}`, 2026)?.date).toBe("2026-05-14");
  });
});

describe("the set of packs", () => {
  it("gives every locale prefix to one language only", () => {
    const prefixes = LANGUAGES.flatMap((l) => PACKS[l].localeCodes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(languageFromEnv({ LANG: "da_DK.UTF-8" })).toBe("da");
    expect(languageFromEnv({ LANG: "nn_NO.UTF-8" })).toBe("nn");
    expect(languageFromEnv({ LANG: "nb_NO.UTF-8" })).toBe("nb");
    expect(languageFromEnv({ LANG: "no_NO" })).toBe("nb");
    expect(languageFromEnv({ LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(languageFromEnv({ LANG: "de_DE.UTF-8" })).toBe("en");
    expect(languageFromEnv({ LANG: "C" })).toBe("en");
  });

  it("turns every committed example into its committed report", () => {
    for (const ws of readdirSync("examples").filter((d) => existsSync(join("examples", d, "reports")))) {
      const reports = readdirSync(join("examples", ws, "reports")).filter((f) => f.endsWith(".md"));
      for (const file of reports) {
        const year = /(\d{4})\.md$/.exec(file)![1]!;
        const r = plan(["report", year, "-C", `examples/${ws}`, "--format", "md", "--stdout"]);
        expect(r.code, `${ws}: ${r.stderr}`).toBe(0);
        expect(r.stdout, `examples/${ws}/reports/${file}`).toBe(readFileSync(join("examples", ws, "reports", file), "utf8"));
      }
    }
  });
});

describe("Danish", () => {
  const text = [
    "# Handlingsplan 2026", "", "## Fagforeningen Åby", "", "Vedtaget på generalforsamlingen den 10.03.26", "",
    "## Indledning", "", "Vi vil styrke afdelingen og være synlige, også efter arbejdstid, og vores medlemmer skal mærke det.", "",
    "### Vigtige datoer", "", "- Medlemsmøde torsdag 5. marts", "",
    "## Organisering", "", "- Hverve mindst tolv medlemmer", "- Højst 5 procent udmeldelser", "- Besøge tre arbejdspladser i uge 12", "",
  ].join("\n");

  it("is detected, and its plan words, dates, comparisons and number words are read", () => {
    const { plan: p } = parsePlan({ path: "plan.md", text });
    expect(p.language).toBe("da");
    expect(p.organisation).toBe("Fagforeningen Åby");
    expect(p.adopted).toMatchObject({ by: "generalforsamlingen", date: "2026-03-10" });
    expect(p.dates).toMatchObject([{ date: "2026-03-05", title: "Medlemsmøde" }]);
    expect(p.areas[0]!.activities.map((a) => a.targets.map((x) => [x.comparison, x.value, x.unit]))).toEqual([
      [["atLeast", 12, "medlemmer"]],
      [["atMost", 5, "%"]],
      [["exactly", 3, "arbejdspladser"]],
    ]);
    expect(planToMarkdown(p)).toContain("## Vigtige datoer");
  });

  it("lints in Danish", () => {
    const dir = copyWorkspace("examples/dansk");
    const r = plan(["lint", "2025", "-C", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('endnu intet resultat for "unge-medlemmer-mindst-fem-besog" (planens linje 37)');
    expect(r.stdout).toContain("advarsel");
  });

  it("answers in Danish when the terminal is Danish, and the report is written as arsberetning-<year>", () => {
    const dir = copyWorkspace("examples/dansk");
    const r = plan(["report", "2025", "-C", dir, "--format", "md"], { env: { LANG: "da_DK.UTF-8" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("skrev");
    const md = readFileSync(join(dir, "reports", "arsberetning-2025.md"), "utf8");
    expect(md).toContain("# Årsberetning 2025");
    expect(md).toContain("Hverve mindst 60 medlemmer i løbet af året — Resultat: 71 af 60 medlemmer · 118\u00a0%");
    expect(plan(["show", "--help"], { env: { LANG: "da_DK.UTF-8" } }).stdout).toContain("vis, hvordan plan læste en plan");
  });
});

describe("Nynorsk", () => {
  const text = [
    "# Handlingsplan 2026", "", "## Laget i Dalen", "", "Vi vil at fleire skal kjenne laget, og det er ikkje berre styret si oppgåve. Kva kan me gjere?", "",
    "## Verving", "", "- Verve minst ti nye medlemer før sommaren", "- Halde eit medlemsmøte i uke 40", "",
  ].join("\n");

  it("is read with the Norwegian vocabulary and shown as nn", () => {
    const { plan: p } = parsePlan({ path: "plan.md", text });
    expect(p.language).toBe("nn");
    expect(p.areas[0]!.activities[0]!.targets[0]).toMatchObject({ comparison: "atLeast", value: 10 });
    const dir = copyWorkspace("examples/dansk");
    const file = join(dir, "plans", "nynorsk.md");
    writeFileSync(file, text);
    const r = plan(["show", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/språk: nn|language: nn/);
  });

  it("writes its report with the bokmål templates while there is no nn template", () => {
    const dir = copyWorkspace("examples/handlingsplan");
    const r = plan(["report", "2025", "-C", dir, "--lang", "nn", "--format", "md", "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Årsberetning 2025");
    expect(r.stdout).toContain("God måloppnåelse");
  });
});
