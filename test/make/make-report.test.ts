import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOutcomes, loadPlanFile, loadPreviousOutcomes, loadPreviousPlan } from "../../src/cli/pipeline.js";
import { makeReport, withOrganisation, type ReportInput } from "../../src/make/make-report.js";
import { loadFonts } from "../../src/read/assets.js";
import { loadTemplates } from "../../src/read/templates.js";
import { loadConfig } from "../../src/read/workspace.js";

async function inputOf(folder: string, language?: ReportInput["language"]): Promise<ReportInput> {
  const ws = resolve(folder);
  const loaded = await loadPlanFile(`${ws}/plans/2025.md`);
  const config = loadConfig(ws);
  const lang = language ?? config.language ?? loaded.plan.language;
  // the year before, as `plan report` finds it (examples/distrikt has 2024)
  const previous = loadPreviousOutcomes(ws, 2025).outcomes;
  const previousPlan = previous ? (await loadPreviousPlan(ws, 2025)).plan : undefined;
  return {
    ...(previous ? { previous } : {}),
    ...(previousPlan ? { previousPlan } : {}),
    plan: loaded.plan,
    year: 2025,
    outcomes: loadOutcomes(ws, 2025, loaded.plan).outcomes,
    config,
    language: lang,
    templates: loadTemplates(lang, ws),
    formats: ["md", "json", "html"],
  };
}

describe("makeReport", () => {
  it("reproduces the committed example report, byte for byte (the same walk as `plan report`)", async () => {
    const made = await makeReport(await inputOf("examples/distrikt"));
    expect(made.outputs.map((o) => o.format)).toEqual(["md", "json", "html"]);
    expect(made.outputs[0]!.data).toBe(readFileSync("examples/distrikt/reports/verksamhetsberattelse-2025.md", "utf8"));
    expect(made.outputs[2]!.data).toBe(readFileSync("examples/distrikt/reports/verksamhetsberattelse-2025.html", "utf8"));
    expect(JSON.parse(made.outputs[1]!.data as string)).toEqual(made.report);
  });

  it("is pure: the same input gives the same outputs, PDF included, and leaves its input as it was", async () => {
    const input: ReportInput = { ...(await inputOf("examples/distrikt")), formats: ["md", "pdf"], pdf: { fonts: loadFonts(), creationDate: new Date(Date.UTC(2026, 0, 1)) } };
    const before = structuredClone(input.plan);
    const a = await makeReport(input);
    const b = await makeReport(input);
    expect(b.outputs).toEqual(a.outputs);
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect(Buffer.from(a.outputs[1]!.data as Uint8Array).subarray(0, 5).toString()).toBe("%PDF-");
    expect(input.plan).toEqual(before);
  });

  it("writes in the language it is given, with that language's templates", async () => {
    const made = await makeReport({ ...(await inputOf("examples/distrikt", "en")), formats: ["md"] });
    expect(made.report.language).toBe("en");
    expect(made.outputs[0]!.data).toMatch(/^# Annual report 2025\n/);
  });

  it("says where it is, in order: scoring, then each format it renders", async () => {
    const stages: string[] = [];
    await makeReport({ ...(await inputOf("examples/distrikt")), formats: ["md", "html"], onStage: (s) => stages.push(s.stage === "scoring" ? "scoring" : `${s.format} ${s.index}/${s.total}`) });
    expect(stages).toEqual(["scoring", "md 1/2", "html 2/2"]);
  });

  it("needs fonts for a PDF", async () => {
    await expect(makeReport({ ...(await inputOf("examples/distrikt")), formats: ["pdf"] })).rejects.toThrow(/fonts/);
  });
});

describe("the organisation rule", () => {
  it("the plan's own name wins; a placeholder or no name gives the config's; neither gives none", async () => {
    const { plan } = await inputOf("examples/distrikt");
    const named = { ...plan, organisation: "Facken i Dalbygden" };
    expect(withOrganisation(named, { organisation: "Config-namnet" }).organisation).toBe("Facken i Dalbygden");
    expect(withOrganisation({ ...plan, organisation: "Vår förening" }, { organisation: "Config-namnet" }).organisation).toBe("Config-namnet");
    const { organisation: _, ...nameless } = plan;
    expect(withOrganisation(nameless, { organisation: " Config-namnet " }).organisation).toBe("Config-namnet");
    expect("organisation" in withOrganisation(nameless, {})).toBe(false);
  });

  it("makes the report's organisation, the cover and the running header", async () => {
    const input = await inputOf("examples/distrikt");
    const { organisation: _, ...nameless } = input.plan;
    const made = await makeReport({ ...input, plan: nameless, config: { ...input.config, organisation: "Testfacket Norrby" }, formats: ["md"] });
    expect(made.report.plan.organisation).toBe("Testfacket Norrby");
    expect(made.outputs[0]!.data).toContain("\n**Testfacket Norrby**\n");
  });
});
