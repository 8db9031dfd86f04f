import { t } from "../../i18n/t.js";
import type { Counts } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import type { Rollup } from "../../rollup/types.js";
import { Wording } from "../wording.js";

export interface RollupTable {
  header: string[];
  rows: string[][];
  total?: string[];
  align: Array<"left" | "right">;
}

/** The roll-up as titled tables and lines, shared by the Markdown and PDF forms. Pure. */
export interface RollupContent {
  title: string;
  intro: string;
  sections: Array<{ heading: string; table?: RollupTable; note?: string; bullets?: string[] }>;
}

export function rollupContent(rollup: Rollup, templates: Templates): RollupContent {
  const w = new Wording(templates, rollup.language);
  const say = (id: string, data?: Record<string, string | number>) => t(rollup.language, id, data);
  const share = (c: Counts) => (c.green + c.yellow + c.red ? w.percent(c.shareGreen) : "–");
  const lights = (c: Counts) => [String(c.green), String(c.yellow), String(c.red), String(c.notScored), String(c.notReported), share(c)];
  const lightHeader = [w.text("tableGreen"), w.text("tableYellow"), w.text("tableRed"), w.text("tableNotScored"), w.text("tableNotReported"), w.text("tableShareGreen")];
  const right = (n: number) => Array<"right">(n).fill("right");

  const noReport = rollup.missing.filter((m) => m.reason === "no-report").length;
  const reported = rollup.branches.length - rollup.missing.filter((m) => m.reason === "no-outcomes").length;
  const sections: RollupContent["sections"] = [];

  sections.push({
    heading: say("rollup.branchesHeading"),
    table: {
      header: [say("rollup.branch"), ...lightHeader],
      rows: rollup.branches.map((b) => [b.name, ...lights(b.totals)]),
      total: [w.text("tableTotal"), ...lights(rollup.totals)],
      align: ["left", ...right(6)],
    },
  });
  sections.push({
    heading: say("rollup.areasHeading"),
    table: {
      header: [say("rollup.area"), say("rollup.branches"), ...lightHeader],
      rows: rollup.areas.map((a) => [
        a.alsoNamed.length ? `${a.title} (${say("rollup.alsoNamed", { names: a.alsoNamed.join(", ") })})` : a.title,
        String(a.branches.length),
        ...lights(a.totals),
      ]),
      align: ["left", ...right(7)],
    },
  });
  sections.push(
    rollup.units.length
      ? {
          heading: say("rollup.unitsHeading"),
          table: {
            header: [say("rollup.unit"), say("rollup.branches"), say("rollup.targetAll"), say("rollup.targetReported"), say("rollup.actual"), say("rollup.share")],
            rows: rollup.units.map((u) => [
              u.unit,
              String(u.branches),
              w.number(u.targetAll),
              w.number(u.targetReported),
              u.reported ? w.number(u.actual) : "–",
              u.share === undefined ? "–" : w.percent(u.share),
            ]),
            align: ["left", ...right(5)],
          },
          note: say("rollup.unitsNote"),
        }
      : { heading: say("rollup.unitsHeading"), note: say("rollup.noUnits") },
  );
  sections.push({
    heading: say("rollup.missingHeading"),
    ...(rollup.missing.length
      ? { bullets: rollup.missing.map((m) => `${m.name} — ${say(m.reason === "no-report" ? "rollup.missingNoReport" : "rollup.missingNoOutcomes")}`) }
      : { note: say("rollup.missingNone") }),
  });

  return {
    title: rollup.title ?? say("rollup.title", { year: rollup.year }),
    intro: say("rollup.intro", { reported, total: rollup.branches.length + noReport, year: rollup.year }),
    sections,
  };
}
