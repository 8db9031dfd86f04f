// npm run fonts — builds the two fonts the PDF embeds (assets/fonts/), once;
// the output is committed with its licence (OFL-1.1).
//
// Why: Inter carries ~40 OpenType features, and pdfkit measures every word by
// shaping it through them (fontkit's GSUB/GPOS engine) — a third of the time
// of a PDF report, and more as the report grows. A report needs none of the
// stylistic features. So the fonts here are Inter with:
//   - the GSUB, GPOS, GDEF and STAT tables removed;
//   - pair kerning kept, as a classic `kern` table computed from GPOS, for the
//     letters and punctuation of the Latin scripts — but never next to a digit,
//     so "2.1" and "12 683" are set without kerning;
//   - tabular figures as the default digits (the `tnum` glyphs mapped in cmap),
//     so numbers line up in the report's tables;
//   - every glyph and every code point of the original (Nordic, Latin
//     Extended, Vietnamese, Greek, Cyrillic names all still print).
// fontkit then uses its plain kern-table path, and combining marks are placed
// by its Unicode fallback.
import * as fontkit from "fontkit";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const out = new URL("../assets/fonts/", import.meta.url);
mkdirSync(out, { recursive: true });

/** Characters between which kerning matters in running text. */
const KERNED = [
  [0x0020, 0x007e],
  [0x00a0, 0x017f],
  [0x2010, 0x2027],
];
const isDigit = (cp) => cp >= 0x30 && cp <= 0x39;

function coverageIndex(coverage, gid) {
  if (coverage.version === 1) return coverage.glyphs.indexOf(gid);
  for (const r of coverage.rangeRecords) if (gid >= r.start && gid <= r.end) return r.startCoverageIndex + gid - r.start;
  return -1;
}

function classOf(classDef, gid) {
  if (!classDef) return 0;
  if (classDef.version === 1) {
    const i = gid - classDef.startGlyph;
    return i >= 0 && i < classDef.classValueArray.length ? classDef.classValueArray[i] : 0;
  }
  for (const r of classDef.classRangeRecord) if (gid >= r.start && gid <= r.end) return r.class;
  return 0;
}

/** The pair-kerning subtables of the font's `kern` feature (extension lookups unwrapped). */
function pairSubtables(font) {
  const gpos = font.GPOS;
  const indexes = new Set(gpos.featureList.filter((f) => f.tag === "kern").flatMap((f) => f.feature.lookupListIndexes));
  const lookups = [];
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const lookup = gpos.lookupList.get(i);
    const subs = [];
    for (const s of lookup.subTables.toArray ? lookup.subTables.toArray() : lookup.subTables) {
      const sub = lookup.lookupType === 9 ? (s.lookupType === 2 ? s.extension : undefined) : lookup.lookupType === 2 ? s : undefined;
      if (sub) subs.push(sub);
    }
    if (subs.length) lookups.push(subs);
  }
  return lookups;
}

/** xAdvance adjustment of the pair (left, right), as OpenType applies it: first matching subtable per lookup, lookups add up. */
function pairKerning(lookups, left, right) {
  let total = 0;
  for (const subs of lookups) {
    for (const s of subs) {
      const ci = coverageIndex(s.coverage, left);
      if (ci === -1) continue;
      if (s.version === 1) {
        const set = s.pairSets.get ? s.pairSets.get(ci) : s.pairSets[ci];
        const rec = (set.toArray ? set.toArray() : set).find((p) => p.secondGlyph === right);
        if (!rec) continue;
        total += rec.value1?.xAdvance ?? 0;
        break;
      }
      const c1 = classOf(s.classDef1, left);
      const c2 = classOf(s.classDef2, right);
      const row = s.classRecords.get ? s.classRecords.get(c1) : s.classRecords[c1];
      const cell = row.get ? row.get(c2) : row[c2];
      total += cell?.value1?.xAdvance ?? 0;
      break;
    }
  }
  return total;
}

/** The glyph that the `tnum` feature puts in place of each digit. */
function tabularDigits(font) {
  const map = new Map();
  const gsub = font.GSUB;
  const indexes = gsub.featureList.filter((f) => f.tag === "tnum").flatMap((f) => f.feature.lookupListIndexes);
  for (let cp = 0x30; cp <= 0x39; cp++) {
    const gid = font.glyphForCodePoint(cp).id;
    for (const i of indexes) {
      const lookup = gsub.lookupList.get(i);
      for (const s0 of lookup.subTables.toArray ? lookup.subTables.toArray() : lookup.subTables) {
        const s = lookup.lookupType === 7 ? s0.extension : s0;
        if ((lookup.lookupType === 1 || s0.lookupType === 1) && coverageIndex(s.coverage, gid) !== -1) {
          const ci = coverageIndex(s.coverage, gid);
          map.set(cp, s.version === 1 ? (gid + s.deltaGlyphID) & 0xffff : s.substitute.get ? s.substitute.get(ci) : s.substitute[ci]);
        }
      }
    }
  }
  return map;
}

const u16 = (n) => { const b = Buffer.alloc(2); b.writeUInt16BE(n & 0xffff); return b; };
const i16 = (n) => { const b = Buffer.alloc(2); b.writeInt16BE(n); return b; };
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };

function cmapTable(mapping) {
  // one format-12 subtable, referenced as Unicode full (0,4) and Windows full (3,10)
  const cps = [...mapping.keys()].sort((a, b) => a - b);
  const groups = [];
  for (const cp of cps) {
    const gid = mapping.get(cp);
    const last = groups[groups.length - 1];
    if (last && cp === last[1] + 1 && gid === last[2] + (cp - last[0])) last[1] = cp;
    else groups.push([cp, cp, gid]);
  }
  const sub = Buffer.concat([u16(12), u16(0), u32(16 + 12 * groups.length), u32(0), u32(groups.length), ...groups.flatMap(([s, e, g]) => [u32(s), u32(e), u32(g)])]);
  const header = Buffer.concat([u16(0), u16(2), u16(0), u16(4), u32(20), u16(3), u16(10), u32(20)]);
  return Buffer.concat([header, sub]);
}

/**
 * A format-2 (class) kern subtable: left and right glyphs fall into classes
 * with identical kerning, the values sit in one class × class array that
 * fontkit reads lazily. Class 0 (row and column) is all zeros, for every glyph
 * that is not kerned.
 */
function kernTable(glyphs, kerning) {
  const key = (values) => values.join(",");
  const rowClass = new Map();
  const rows = [glyphs.map(() => 0)];
  const rowIndex = new Map([[key(rows[0]), 0]]);
  for (const l of glyphs) {
    const values = glyphs.map((r) => kerning(l, r));
    const k = key(values);
    if (!rowIndex.has(k)) { rowIndex.set(k, rows.length); rows.push(values); }
    rowClass.set(l, rowIndex.get(k));
  }
  const colClass = new Map();
  const cols = [rows.map(() => 0)];
  const colIndex = new Map([[key(cols[0]), 0]]);
  glyphs.forEach((r, j) => {
    const values = rows.map((row) => row[j]);
    const k = key(values);
    if (!colIndex.has(k)) { colIndex.set(k, cols.length); cols.push(values); }
    colClass.set(r, colIndex.get(k));
  });
  const rowWidth = cols.length * 2;
  const first = glyphs[0], last = glyphs[glyphs.length - 1], n = last - first + 1;
  const header = 6 + 8;
  const leftAt = header, rightAt = leftAt + 4 + 2 * n, arrayAt = rightAt + 4 + 2 * n;
  const length = arrayAt + rows.length * rowWidth;
  if (length > 0xffff) throw new Error(`kern subtable too large (${length} bytes): kern fewer characters`);
  const classTable = (offsetOf) => Buffer.concat([u16(first), u16(n), ...Array.from({ length: n }, (_, k) => u16(offsetOf(first + k)))]);
  const left = classTable((g) => arrayAt + (rowClass.get(g) ?? 0) * rowWidth);
  const right = classTable((g) => (colClass.get(g) ?? 0) * 2);
  const array = Buffer.concat(rows.flatMap((_, i) => cols.map((col) => i16(col[i]))));
  const sub = Buffer.concat([u16(0), u16(length), Buffer.from([2, 0x01]), u16(rowWidth), u16(leftAt), u16(rightAt), u16(arrayAt), left, right, array]);
  console.log(`  kern: ${rows.length} left classes × ${cols.length} right classes`);
  return Buffer.concat([u16(0), u16(1), sub]);
}

function checksum(buf) {
  const padded = Buffer.concat([buf, Buffer.alloc((4 - (buf.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(tables) {
  const tags = Object.keys(tables).sort();
  const n = tags.length;
  let pow = 1, log = 0;
  while (pow * 2 <= n) { pow *= 2; log++; }
  const header = Buffer.concat([u32(0x00010000), u16(n), u16(pow * 16), u16(log), u16(n * 16 - pow * 16)]);
  let offset = 12 + 16 * n;
  const records = [];
  const bodies = [];
  for (const tag of tags) {
    const body = tables[tag];
    records.push(Buffer.concat([Buffer.from(tag.padEnd(4, " "), "latin1"), u32(checksum(body)), u32(offset), u32(body.length)]));
    const padded = Buffer.concat([body, Buffer.alloc((4 - (body.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  }
  const font = Buffer.concat([header, ...records, ...bodies]);
  // head.checkSumAdjustment makes the whole font sum to 0xB1B0AFBA
  const headOffset = records[tags.indexOf("head")].readUInt32BE(8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

const FACES = [
  ["400Regular", "Inter-Regular"],
  ["700Bold", "Inter-Bold"],
  ["400Regular_Italic", "Inter-Italic"],
  ["700Bold_Italic", "Inter-BoldItalic"],
];
for (const [weight, name] of FACES) {
  const source = require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`);
  const bytes = readFileSync(source);
  const font = fontkit.create(bytes);

  const mapping = new Map();
  for (const cp of font.characterSet) mapping.set(cp, font.glyphForCodePoint(cp).id);
  for (const [cp, gid] of tabularDigits(font)) mapping.set(cp, gid);

  const lookups = pairSubtables(font);
  const kerned = [];
  for (const [a, b] of KERNED) for (let cp = a; cp <= b; cp++) if (mapping.has(cp) && !isDigit(cp)) kerned.push(mapping.get(cp));
  const glyphs = [...new Set(kerned)].sort((x, y) => x - y);
  let pairs = 0;
  const kerning = (l, r) => {
    const v = pairKerning(lookups, l, r);
    if (v) pairs++;
    return v;
  };

  const tables = {};
  for (const tag of Object.keys(font.directory.tables)) {
    if (["GSUB", "GPOS", "GDEF", "STAT", "cmap", "kern"].includes(tag)) continue;
    const t = font.directory.tables[tag];
    tables[tag] = Buffer.from(bytes.subarray(t.offset, t.offset + t.length));
  }
  tables.head.writeUInt32BE(0, 8);
  tables.cmap = cmapTable(mapping);
  tables.kern = kernTable(glyphs, kerning);
  const result = writeFont(tables);
  writeFileSync(new URL(`${name}.ttf`, out), result);
  console.log(`${name}.ttf: ${result.length} bytes, ${mapping.size} code points, ${pairs} kerning pairs, tabular digits`);
}
copyFileSync(join(dirname(require.resolve("@expo-google-fonts/inter/package.json")), "LICENSE_FONT"), new URL("OFL.txt", out));
