import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/read/source-file.js";
import { copyWorkspace, plan } from "../helpers/cli.js";

/** Windows-1252 0x80–0x9F as Windows shows them, written out here (not taken from the code under test). */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** Text → Windows-1252 bytes, as Excel saves "CSV (semikolonavgränsad)". */
function cp1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      const high = CP1252_80_9F.indexOf(ch);
      if (high >= 0) return 0x80 + high;
      const code = ch.codePointAt(0)!;
      if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
      return code;
    }),
  );
}

/** Text → UTF-16LE with BOM, as Excel saves "Unicode text". */
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

type Lang = "sv" | "nb";
const STATUS_WORDS: Record<Lang, Record<string, string>> = {
  sv: { done: "Genomförd", partial: "Delvis", "not-done": "Ej genomförd", cancelled: "Inställd", postponed: "Uppskjuten" },
  nb: { done: "Gjennomført", partial: "delvis", "not-done": "Ikke gjennomført", cancelled: "Avlyst", postponed: "Utsatt" },
};

/** A number as a secretary types it in a Nordic Excel: decimal comma, "12,5 %" for a percentage. */
const typed = (n: unknown, percent: boolean) => {
  const s = String(n).replace(".", ",");
  return percent && /^[\d ,]+$/.test(s) ? `${s} %` : s;
};

interface Excel {
  sep: string;
  encode: (text: string) => Buffer;
}

/**
 * The Excel round trip: `plan outcomes --csv` writes the template, the
 * secretary fills it in from what happened (here: the workspace's YAML
 * outcomes) with the words and numbers of her locale, Excel saves it in
 * `excel`'s way; then both routes give their report.
 */
function roundTrip(example: string, lang: Lang, excel: Excel, comment: string) {
  const yamlDir = copyWorkspace(example);
  const csvDir = copyWorkspace(example);
  const original = parse(readFileSync(join(yamlDir, "outcomes", "2025.yaml"), "utf8")) as {
    activities: Record<string, { status?: string; actual?: unknown; planned?: unknown; light?: string; comment?: string }>;
  };
  // a spreadsheet holds the activities only: the YAML route gets the same
  const first = Object.keys(original.activities)[0]!;
  original.activities[first] = { ...original.activities[first], comment };
  writeFileSync(join(yamlDir, "outcomes", "2025.yaml"), stringify({ year: 2025, activities: original.activities }));

  rmSync(join(csvDir, "outcomes", "2025.yaml"));
  expect(plan(["outcomes", "2025", "--csv", "-C", csvDir]).code).toBe(0);
  const template = parseCsv(readFileSync(join(csvDir, "outcomes", "2025.csv"), "utf8").replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
  const [head, ...rows] = template;
  const cellOf = (name: string) => head!.indexOf(name);
  const col = lang === "sv" ? { status: "status", actual: "utfall", planned: "planerat", light: "ljus", comment: "kommentar", target: "mål" } : { status: "status", actual: "resultat", planned: "planlagt", light: "lys", comment: "kommentar", target: "mål" };
  const ids = new Set(rows.map((r) => r[0]!));
  // goals with targets are reported like activities: the secretary adds their rows
  for (const id of Object.keys(original.activities)) if (!ids.has(id)) rows.push([id, "", "", "", "", "", "", ""]);
  for (const row of rows) {
    const entry = original.activities[row[0]!];
    if (!entry) continue;
    const percent = /procent|prosent|%/.test(row[cellOf(col.target)] ?? "");
    const figures = (v: unknown) =>
      v === undefined ? "" : Array.isArray(v) ? v.map((x) => typed(x, percent)).join(" | ") : typeof v === "object" && v ? Object.entries(v).map(([k, x]) => `${k}: ${typed(x, false)}`).join(" | ") : typed(v, percent);
    if (entry.status) row[cellOf(col.status)] = STATUS_WORDS[lang][entry.status]!;
    row[cellOf(col.actual)] = figures(entry.actual);
    row[cellOf(col.planned)] = figures(entry.planned);
    if (entry.light) row[cellOf(col.light)] = entry.light;
    if (entry.comment) row[cellOf(col.comment)] = entry.comment;
  }
  const cell = (v: string) => (/["\r\n]/.test(v) || v.includes(excel.sep) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [head!, ...rows].map((r) => r.map(cell).join(excel.sep)).join("\r\n") + "\r\n";
  writeFileSync(join(csvDir, "outcomes", "2025.csv"), excel.encode(text));

  const report = (dir: string, format: string) => plan(["report", "2025", "--format", format, "--stdout", "-C", dir]);
  return { yaml: { md: report(yamlDir, "md"), json: report(yamlDir, "json") }, csv: { md: report(csvDir, "md"), json: report(csvDir, "json") } };
}

describe("Excel in Nordic locales: the round trip gives the same report as the YAML route", () => {
  const COMMENT = "Bra år – ”över förväntan”, 1 200 € … ‘och’ • mer";

  it.each([
    ["Swedish, CSV (semikolonavgränsad): Windows-1252, semicolons, CRLF", "examples/distrikt", "sv", { sep: ";", encode: cp1252 }],
    ["Swedish, CSV UTF-8: BOM, semicolons, CRLF", "examples/distrikt", "sv", { sep: ";", encode: (t: string) => Buffer.from("\uFEFF" + t, "utf8") }],
    ["Norwegian, Unicode-tekst: UTF-16LE with BOM, tabs, CRLF", "examples/handlingsplan", "nb", { sep: "\t", encode: utf16le }],
    ["Norwegian, CSV (semikolondelt): Windows-1252", "examples/handlingsplan", "nb", { sep: ";", encode: cp1252 }],
  ] as const)("%s", (_name, example, lang, excel) => {
    const r = roundTrip(example, lang, excel, COMMENT);
    expect(r.csv.md.stderr).not.toMatch(/fel|feil/);
    expect(r.csv.md.code).toBe(0);
    expect(r.yaml.md.code).toBe(0);
    expect(r.csv.md.stdout).toBe(r.yaml.md.stdout);
    expect(r.csv.json.stdout).toBe(r.yaml.json.stdout);
    expect(r.csv.md.stdout).toContain(COMMENT);
    const totals = JSON.parse(r.csv.json.stdout).totals;
    expect(totals.notReported).toBe(JSON.parse(r.yaml.json.stdout).totals.notReported);
    expect(totals.green + totals.yellow + totals.red).toBeGreaterThan(3);
  });

  it("the template's headers are in the workspace's language", () => {
    const dir = copyWorkspace("examples/handlingsplan");
    rmSync(join(dir, "outcomes", "2025.yaml"));
    expect(plan(["outcomes", "2025", "--csv", "-C", dir]).code).toBe(0);
    expect(readFileSync(join(dir, "outcomes", "2025.csv"), "utf8").split("\r\n")[0]).toBe("\uFEFFid;aktivitet;mål;status;resultat;planlagt;lys;kommentar");
  });

  it("headers in any of the three languages, status words and 12,5 % are read", () => {
    const dir = copyWorkspace("examples/numrerad");
    rmSync(join(dir, "outcomes", "2025.yaml"));
    writeFileSync(join(dir, "outcomes", "2025.csv"), "\uFEFFID;Status;Resultat;Kommentar\r\n1.1;genomfört;;\r\n5.3;;171;\r\n6.3;Uppskjuten;;\r\n2.4;;12,5 %;\r\n");
    const r = plan(["report", "2025", "--format", "json", "--stdout", "-C", dir]);
    expect(r.code).toBe(0);
    const acts = Object.fromEntries(JSON.parse(r.stdout).areas.flatMap((a: { activities: Array<{ id: string }> }) => a.activities).map((a: { id: string }) => [a.id, a]));
    expect(acts["1.1"]).toMatchObject({ light: "green", rule: "status" });
    expect(acts["6.3"]).toMatchObject({ light: "not-scored" });
    expect(acts["2.4"].targets[0].actual).toBe(12.5);
  });

  it("a status word that is none of them is refused with its row and column", () => {
    const dir = copyWorkspace("examples/numrerad");
    rmSync(join(dir, "outcomes", "2025.yaml"));
    writeFileSync(join(dir, "outcomes", "2025.csv"), "id;status\r\n1.1;kanske\r\n");
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outcomes/2025.csv:2:2: "activities.1.1.status": "kanske" är inte tillåtet');
  });
});

describe("decoding what Windows saves", () => {
  it.each(Array.from(CP1252_80_9F, (ch, i) => [0x80 + i, ch] as const))("Windows-1252 byte 0x%s is read as Windows maps it", (byte, ch) => {
    const file = decodeText(Buffer.from([0x41, byte, 0x42, 0x0a]), "x.csv");
    expect(file.decodedAs).toBe("windows-1252");
    expect(file.text).toBe(`A${ch}B\n`);
  });

  it("UTF-16 LE and BE, with a BOM or without, are text, not binary", () => {
    const text = "id\tstatus\r\n1.1\tgenomförd – klar\r\n";
    const be = Buffer.from(text, "utf16le").swap16();
    for (const bytes of [utf16le(text), Buffer.from(text, "utf16le"), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), be]) {
      const file = decodeText(bytes, "x.csv");
      expect(file.text).toBe("id\tstatus\n1.1\tgenomförd – klar\n");
      expect(file.decodedAs).toBeUndefined();
    }
  });

  it("real binary data is still refused", () => {
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]), "x.png")).toThrow(/file.binary/);
  });
});
