import { interpolate } from "../../i18n/t.js";
import type { Chart } from "../presentation/chart.js";
import { chartHeight, chartLegendHeight, PDF_CHART_METRICS } from "./chart.js";
import type { ReportLight } from "../../model/report.js";
import type { Block, Layout } from "./layout.js";
import { richText, type Run } from "./rich.js";

/**
 * The second half of the PDF's layout: blocks → lines → pages, before any drawing.
 * Every page is known with what is on it (so "Sida x av y", the table of contents and
 * the outline need no second look at drawn pages), and the rules of a good page are
 * applied here: keep-with-next, widows and orphans, repeated table headers and
 * "(forts.)" lines. Pure: text is measured through `Measure`.
 */

export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 70, bottom: 64 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FOOT = PAGE.height - PAGE.bottom;
export const TEXT = "#1a1a1a";
export const MUTED = "#555555";
/** more pages than this, and a table of contents follows the title block */
export const TOC_AFTER_PAGES = 6;

export type FontName = "regular" | "bold" | "italic" | "boldItalic";

export interface Measure {
  /** width in points; `numeric` text is set with tabular figures and no kerning */
  width(text: string, font: FontName, size: number, numeric: boolean): number;
  /** ascender to descender, in points */
  lineHeight(font: FontName, size: number): number;
}

interface Style {
  font: FontName;
  size: number;
  color: string;
  link?: string;
}

export interface Piece extends Style {
  text: string;
  x: number;
  width: number;
  numeric: boolean;
  /** a table-of-contents page number: the page of this destination, filled in once known */
  pageOf?: string;
}

/** Where drawn content sits in the tag tree, outermost first; no tag = an artifact. */
export type Tag = Array<{ key: string; type: string; actual?: string; scope?: "Column" | "Row" }>;

export type Item =
  | { kind: "text"; y: number; pieces: Piece[]; tag?: Tag; underline?: boolean }
  | { kind: "light"; light: ReportLight; x: number; y: number; r: number; tag?: Tag }
  | { kind: "rule"; x1: number; y1: number; x2: number; y2: number; color: string; width: number }
  | { kind: "rect"; x: number; y: number; w: number; h: number; color: string }
  | { kind: "dot"; x: number; y: number; r: number; color: string }
  /** an outline entry and a named destination at this point */
  | { kind: "mark"; y: number; title: string; dest: string }
  /**
   * the year at a glance, drawn by chart.ts: the legend as the tagged Figure (its `alt` holds every
   * area's numbers), then one bar per item, as artifacts, so a long chart can go over pages
   */
  | { kind: "chart"; part: "legend" | "bars"; x: number; y: number; width: number; chart: Chart; alt?: string };

/** What a page holds, for tests and for the table of contents. */
export type Role = "title" | "heading" | "lightHeading" | "label" | "text" | "row" | "header" | "repeatedHeader" | "continued" | "toc" | "item";

export interface PlacedAtom {
  block: number;
  role: Role;
  text: string;
  /** for a line of a paragraph: which line of how many */
  line?: { k: number; n: number; of: string };
}

/** What a page holds: its atoms, each at its y. `items` and `atoms` are made when asked for (tests); drawing reads `placed`. */
export interface Page {
  placed: ReadonlyArray<{ atom: { items: Item[] }; y: number }>;
  readonly items: Item[];
  readonly atoms: PlacedAtom[];
}

export interface Pagination {
  pages: Page[];
  /** true when a table of contents was added */
  toc: boolean;
}

/** The smallest unit of a page: a line, a table row, a signature. Never split. */
interface Atom {
  block: number;
  role: Role;
  /** space above, dropped at the top of a page */
  before: number;
  h: number;
  /** no page break between this atom and the next */
  keep: boolean;
  items: Item[];
  text: string;
  line?: { k: number; n: number; of: string };
  /** the level-1 section this atom belongs to */
  section?: string;
  sectionStart?: boolean;
  /** the table header row to repeat when this row opens a page */
  header?: Atom;
  /** the named destination (level-1 heading) on this atom, kept when a counting pass drops the items */
  dest?: string;
}

const HEADS = new Set<Role>(["heading", "lightHeading", "label"]);
const NUMERIC = /\d+(?:[.,:\u00a0\u202f]\d+)*/g;

/** A measured stretch of one word (or a space); its style object is shared by every segment of its run. */
interface Seg {
  style: Style;
  text: string;
  numeric: boolean;
  w: number;
}
interface Line {
  segs: Seg[];
  w: number;
}

function fontOf(base: FontName, run: Run): FontName {
  const bold = base === "bold" || base === "boldItalic" || Boolean(run.bold);
  const italic = base === "italic" || base === "boldItalic" || Boolean(run.italic);
  return bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";
}

const HAS_DIGIT = /\d/;
/** widths kept per font and kind; a table this full is emptied (a hostile plan has endless distinct words) */
const MAX_WIDTHS = 50_000;

class Typesetter {
  /** width per 1 pt of size, by font and numeric, then by text */
  private widths = new Map<string, Map<string, number>>();
  constructor(
    readonly m: Measure,
    readonly accent: string,
  ) {}

  private table(font: FontName, numeric: boolean): Map<string, number> {
    const key = numeric ? `${font}#` : font;
    let table = this.widths.get(key);
    if (!table || table.size >= MAX_WIDTHS) {
      table = new Map();
      this.widths.set(key, table);
    }
    return table;
  }

  width(text: string, font: FontName, size: number, numeric: boolean): number {
    const table = this.table(font, numeric);
    let w = table.get(text);
    if (w === undefined) {
      // measured as pdfkit will draw it, word by word with the space after it: each word is shaped once
      const raw = numeric || text.endsWith(" ") ? this.m.width(text, font, 1000, numeric) : this.m.width(`${text} `, font, 1000, false) - this.width(" ", font, 1000, false);
      w = raw / 1000;
      table.set(text, w);
    }
    return w * size;
  }

  lineHeight(font: FontName, size: number): number {
    return this.m.lineHeight(font, size) + 2;
  }

  /** Runs → lines no wider than `width`. A word wider than the line is cut between characters. */
  lines(runs: Run[], base: Style, width: number): Line[] {
    const lines: Line[] = [];
    let cur: Line = { segs: [], w: 0 };
    let space: Seg | undefined;
    let word: Seg[] = [];
    const styleOf = (r: Run): Style => ({
      font: fontOf(base.font, r),
      size: base.size,
      color: r.link ? this.accent : base.color,
      ...(r.link ? { link: r.link } : {}),
    });
    const flushWord = () => {
      if (!word.length) return;
      let ww = 0;
      for (const x of word) ww += x.w;
      const parts = ww > width ? this.cut(word, width) : [word];
      for (const part of parts) {
        let pw = 0;
        if (part === word) pw = ww;
        else for (const x of part) pw += x.w;
        const sw = space && cur.segs.length ? space.w : 0;
        if (cur.segs.length && cur.w + sw + pw > width) {
          lines.push(cur);
          cur = { segs: [], w: 0 };
        } else if (sw) {
          cur.segs.push(space!);
          cur.w += sw;
        }
        for (const x of part) cur.segs.push(x);
        cur.w += pw;
        space = undefined;
      }
      word = [];
    };
    for (const run of runs) {
      if (run.text === "\n") {
        flushWord();
        lines.push(cur);
        cur = { segs: [], w: 0 };
        space = undefined;
        continue;
      }
      const style = styleOf(run);
      let spaceSeg: Seg | undefined;
      for (const token of run.text.split(/( +)/)) {
        if (!token) continue;
        if (token.charCodeAt(0) === 32) {
          flushWord();
          space = spaceSeg ??= { style, text: " ", numeric: false, w: this.width(" ", style.font, style.size, false) };
          continue;
        }
        if (!HAS_DIGIT.test(token)) {
          word.push(this.seg(token, style, false));
          continue;
        }
        let last = 0;
        for (const m of token.matchAll(NUMERIC)) {
          if (m.index > last) word.push(this.seg(token.slice(last, m.index), style, false));
          word.push(this.seg(m[0], style, true));
          last = m.index + m[0].length;
        }
        if (last < token.length) word.push(this.seg(token.slice(last), style, false));
      }
    }
    flushWord();
    if (cur.segs.length || !lines.length) lines.push(cur);
    return lines;
  }

  private seg(text: string, style: Style, numeric: boolean): Seg {
    return { style, text, numeric, w: this.width(text, style.font, style.size, numeric) };
  }

  /** A word too long for its line, cut into pieces that fit. */
  private cut(word: Seg[], width: number): Seg[][] {
    // linear in the word's length: characters are added one at a time with their own widths
    // (a word this long has no kerning worth keeping), so a hostile 16 000-letter word costs 16 000 steps
    const parts: Seg[][] = [];
    let part: Seg[] = [];
    let pw = 0;
    for (const s of word) {
      let piece = "";
      let piw = 0;
      const close = () => {
        if (piece) part.push(this.seg(piece, s.style, s.numeric));
        piece = "";
        piw = 0;
      };
      for (const ch of s.text) {
        const cw = this.width(ch, s.style.font, s.style.size, s.numeric);
        if (pw + piw + cw > width && (pw > 0 || piece)) {
          close();
          parts.push(part);
          part = [];
          pw = 0;
        }
        piece += ch;
        piw += cw;
      }
      pw += piw;
      close();
    }
    if (part.length) parts.push(part);
    return parts;
  }

  /** A line's segments as drawable pieces: same-style stretches joined, figures kept apart. */
  pieces(line: Line, x: number): Piece[] {
    const out: Piece[] = [];
    let at = x;
    let prevStyle: Style | undefined;
    for (const s of line.segs) {
      const prev = out[out.length - 1];
      const st = s.style;
      if (prev && !prev.numeric && !s.numeric && (st === prevStyle || (prev.font === st.font && prev.color === st.color && prev.link === st.link && prev.size === st.size))) {
        prev.text += s.text;
        prev.width += s.w;
      } else {
        out.push(st.link === undefined ? { font: st.font, size: st.size, color: st.color, text: s.text, numeric: s.numeric, x: at, width: s.w } : { font: st.font, size: st.size, color: st.color, link: st.link, text: s.text, numeric: s.numeric, x: at, width: s.w });
      }
      prevStyle = st;
      at += s.w;
    }
    // a space at the end of the line: the same words pdfkit has already shaped, and copied text keeps its word breaks
    const last = out[out.length - 1];
    if (last && !last.numeric && !last.text.endsWith(" ")) last.text += " ";
    return out;
  }
}

interface TextOptions {
  block: number;
  role: Role;
  x: number;
  width: number;
  style: Style;
  tag?: Tag;
  before?: number;
  after?: number;
  align?: "left" | "right";
  /** keep the last line with what follows */
  keepLast?: boolean;
}

function plainRuns(text: string): Run[] {
  return text.split("\n").flatMap((l, i) => (i ? [{ text: "\n" }, { text: l }] : [{ text: l }]));
}

class Paginator {
  readonly t: Typesetter;
  atoms: Atom[] = [];
  private section: string | undefined;
  private lastList: { key: string; block: number } | undefined;
  /** level-1 headings in order, for the table of contents */
  headings: Array<{ dest: string; title: string; block: number }> = [];

  constructor(
    readonly layout: Layout,
    t: Typesetter,
    readonly accent: string,
    /** for the counting pass: lines are measured and placed, but no pieces to draw are made */
    private readonly lean = false,
  ) {
    this.t = t;
  }

  /** a line's pieces to draw (none in the counting pass) */
  private pieces(line: Line, x: number): Piece[] {
    return this.lean ? [] : this.t.pieces(line, x);
  }

  private push(a: Omit<Atom, "section"> & { section?: string }): Atom {
    const atom: Atom = { ...a, ...(this.section !== undefined && a.section === undefined ? { section: this.section } : {}) };
    this.atoms.push(atom);
    return atom;
  }

  /** Text as lines, one atom each, with widow and orphan control: 2 lines stay together at either end. */
  text(runs: Run[], o: TextOptions): Atom[] {
    const lines = this.t.lines(runs, o.style, o.width);
    const lh = this.t.lineHeight(o.style.font, o.style.size);
    const n = lines.length;
    const out: Atom[] = [];
    lines.forEach((line, k) => {
      const pieces = this.pieces(line, o.x);
      if (o.align === "right") for (const p of pieces) p.x += o.width - line.w;
      const keep = k < n - 1 ? n <= 3 || k === 0 || k === n - 2 : Boolean(o.keepLast);
      const item: Item = { kind: "text", y: 0, pieces, ...(o.tag ? { tag: o.tag } : {}) };
      out.push(
        this.push({
          block: o.block,
          role: o.role,
          before: k === 0 ? (o.before ?? 0) : 0,
          h: lh + (k === n - 1 ? (o.after ?? 0) : 0),
          keep,
          items: [item],
          text: this.lean ? "" : line.segs.map((s) => s.text).join(""),
          ...(this.lean ? {} : { line: { k, n, of: `${o.block}:${o.tag?.map((x) => x.key).join("/") ?? o.role}` } }),
        }),
      );
    });
    return out;
  }

  /** Text a person wrote, read as Markdown: paragraphs and lists. */
  rich(markdown: string, o: TextOptions & { listKey: string }): Atom[] {
    const out: Atom[] = [];
    const blocks = richText(markdown);
    let list: string | undefined;
    blocks.forEach((b, k) => {
      const before = k === 0 ? (o.before ?? 0) : 0;
      const last = k === blocks.length - 1;
      const after = last ? (o.after ?? 0) : b.kind === "li" && blocks[k + 1]?.kind === "li" ? 2 : 4;
      if (b.kind === "p") {
        list = undefined;
        // a paragraph that leads into a list stays with its first item
        const leadsIn = blocks[k + 1]?.kind === "li";
        out.push(...this.text(b.runs, { ...o, before, after, tag: [...(o.tag ?? []), { key: `${o.listKey}p${k}`, type: "P" }], keepLast: leadsIn || (last && o.keepLast) }));
        return;
      }
      list ??= `${o.listKey}l${k}`;
      const indent = 14 * (b.depth + 1);
      const li: Tag = [...(o.tag ?? []), { key: list, type: "L" }, { key: `${list}i${k}`, type: "LI" }];
      const atoms = this.text(b.runs, { ...o, x: o.x + indent, width: o.width - indent, before, after, tag: [...li, { key: `${list}i${k}b`, type: "LBody" }], keepLast: last && o.keepLast });
      const first = atoms[0]!;
      const lh = this.t.lineHeight(o.style.font, o.style.size);
      if (b.label === "•") first.items.unshift({ kind: "dot", x: o.x + indent - 9, y: lh / 2 - 0.6, r: 1.5, color: o.style.color });
      else {
        const w = this.t.width(b.label, o.style.font, o.style.size, true);
        first.items.unshift({
          kind: "text",
          y: 0,
          pieces: [{ ...o.style, text: b.label, x: o.x + indent - 4 - w, width: w, numeric: true }],
          tag: [...li, { key: `${list}i${k}l`, type: "Lbl" }],
        });
      }
      out.push(...atoms);
    });
    return out;
  }

  /** Glue a run of atoms into one chain (kept on one page if it can be). */
  private keepTogether(atoms: Atom[], keepLast: boolean): void {
    atoms.forEach((a, k) => (a.keep = k < atoms.length - 1 ? true : keepLast));
  }

  private table(
    i: number,
    b: { header: string[]; rows: string[][]; total?: string[]; align: Array<"left" | "right">; widths: number[]; lights?: Array<ReportLight | undefined> },
    x0: number,
    w: number,
    size: number,
    outer: Tag = [],
  ): void {
    const cols = b.widths.map((f) => f * w);
    const pad = 4;
    const tableKey = `t${i}`;
    let rowNo = 0;
    const row = (cells: string[], font: FontName, kind: "TH" | "TD", shade: string | undefined, role: Role, before: number): Atom => {
      const key = `${tableKey}r${rowNo++}`;
      const items: Item[] = [];
      let x = x0;
      let h = 0;
      const cellItems: Item[][] = [];
      cells.forEach((c, k) => {
        const light = kind === "TH" ? b.lights?.[k] : undefined;
        const mark = light ? size + 3 : 0;
        const cw = cols[k]! - 2 * pad - mark;
        const lines = this.t.lines(plainRuns(c), { font, size, color: TEXT }, cw);
        const lh = this.t.lineHeight(font, size);
        const its: Item[] = [];
        lines.forEach((line, n) => {
          const pieces = this.pieces(line, x + pad + mark);
          if (b.align[k] === "right") for (const p of pieces) p.x += cw - line.w;
          its.push({ kind: "text", y: pad + n * lh, pieces, tag: [...outer, { key: tableKey, type: "Table" }, { key, type: "TR" }, { key: `${key}c${k}`, type: kind, ...(kind === "TH" ? { scope: "Column" as const } : {}) }] });
        });
        if (light) {
          const lineW = lines[0]?.w ?? 0;
          const cx = b.align[k] === "right" ? x + pad + mark + cw - lineW - mark / 2 - 1 : x + pad + mark / 2 - 1;
          its.unshift({ kind: "light", light, x: cx, y: pad + lh / 2 - 1, r: size / 2 - 0.2 });
        }
        cellItems.push(its);
        h = Math.max(h, lines.length * lh);
        x += cols[k]!;
      });
      h += 2 * pad;
      if (shade) items.push({ kind: "rect", x: x0, y: 0, w, h, color: shade });
      for (const its of cellItems) items.push(...its);
      items.push({ kind: "rule", x1: x0, y1: h, x2: x0 + w, y2: h, color: "#bdbdbd", width: 0.5 });
      return this.push({ block: i, role, before, h, keep: false, items, text: cells.join(" | ") });
    };
    const header = row(b.header, "bold", "TH", "#eef1f5", "header", 0);
    header.keep = true;
    const bodyRows = b.rows.map((r) => row(r, "regular", "TD", undefined, "row", 0));
    const total = b.total ? row(b.total, "bold", "TD", "#f6f7f9", "row", 0) : undefined;
    const all = [...bodyRows, ...(total ? [total] : [])];
    for (const r of all) r.header = header;
    if (bodyRows.length && total) bodyRows[bodyRows.length - 1]!.keep = true; // "Totalt" never opens a page alone
    all[all.length - 1]!.h += 8;
  }

  private glyphLine(i: number, light: ReportLight, label: string, o: { r: number; cx: number; cy: number; x: number; font: FontName; size: number; type: string; role: Role; before: number; after: number; keep: boolean }) {
    const atoms = this.text(plainRuns(label), {
      block: i,
      role: o.role,
      x: PAGE.left + o.x,
      width: CONTENT_WIDTH - o.x,
      style: { font: o.font, size: o.size, color: TEXT },
      tag: [{ key: `b${i}`, type: o.type }],
      before: o.before,
      after: o.after,
      keepLast: o.keep,
    });
    atoms[0]!.items.unshift({ kind: "light", light, x: PAGE.left + o.cx, y: o.cy, r: o.r });
    return atoms;
  }

  block(b: Block, i: number): void {
    const W = CONTENT_WIDTH;
    const L = PAGE.left;
    switch (b.type) {
      case "title": {
        const atoms = this.text(plainRuns(b.text), { block: i, role: "title", x: L, width: W, style: { font: "bold", size: 24, color: this.accent }, tag: [{ key: `b${i}`, type: "H1" }], after: 6, keepLast: true });
        for (const it of atoms[0]!.items) if (it.kind === "text") it.y += 10;
        atoms[0]!.h += 10;
        break;
      }
      case "subtitle":
        this.text(plainRuns(b.text), { block: i, role: "text", x: L, width: W, style: { font: "bold", size: 14, color: TEXT }, tag: [{ key: `b${i}`, type: "P" }], after: 8, keepLast: true });
        break;
      case "meta":
        this.text(plainRuns(b.text), { block: i, role: "text", x: L, width: W, style: { font: "regular", size: 10, color: MUTED }, tag: [{ key: `b${i}`, type: "P" }], after: 2 });
        break;
      case "heading":
        return this.headingBlock(b, i);
      case "paragraph": {
        const style: Style = { font: "regular", size: b.muted ? 9.5 : 10.5, color: b.muted ? MUTED : TEXT };
        const o = { block: i, role: "text" as const, x: L, width: W, style, after: 6 };
        if (b.markdown) this.rich(b.text, { ...o, listKey: `b${i}` });
        else this.text(plainRuns(b.text), { ...o, tag: [{ key: `b${i}`, type: "P" }], keepLast: b.keepWithNext === true });
        break;
      }
      case "bullet": {
        const prev = this.lastList;
        const list = prev && prev.block === i - 1 ? prev.key : `b${i}l`;
        this.lastList = { key: list, block: i };
        const atoms = this.text(plainRuns(b.text), {
          block: i,
          role: "item",
          x: L + 14,
          width: W - 14,
          style: { font: "regular", size: 10.5, color: TEXT },
          tag: [{ key: list, type: "L" }, { key: `b${i}`, type: "LI" }, { key: `b${i}b`, type: "LBody" }],
          after: 3,
        });
        atoms[0]!.items.unshift({ kind: "dot", x: L + 5, y: 6.5, r: 1.6, color: TEXT });
        break;
      }
      case "legend":
        b.items.forEach((item, k) => {
          const atoms = this.glyphLine(i, item.light, item.label, { r: 5.5, cx: 7, cy: 7, x: 20, font: "regular", size: 10.5, type: "P", role: "text", before: 0, after: 5 + (k === b.items.length - 1 ? 4 : 0), keep: k < b.items.length - 1 });
          for (const a of atoms) for (const it of a.items) if (it.kind === "text") it.tag = [{ key: `b${i}`, type: "L" }, { key: `b${i}i${k}`, type: "LI" }, { key: `b${i}i${k}b`, type: "LBody" }];
        });
        break;
      case "table":
        this.table(i, b, L, W, 9);
        break;
      case "lightHeading": {
        const atoms = this.glyphLine(i, b.light, b.label, { r: 6, cx: 7, cy: 7.5, x: 20, font: "bold", size: 11.5, type: "H4", role: "lightHeading", before: 4, after: 4, keep: true });
        this.keepTogether(atoms, true);
        break;
      }
      case "activity":
        return this.activityBlock(b, i);
      case "comment": {
        const label = this.text(plainRuns(b.label), { block: i, role: "label", x: L, width: W, style: { font: "bold", size: 10.5, color: TEXT }, tag: [{ key: `b${i}`, type: "P" }], before: 4, after: 1, keepLast: true });
        this.keepTogether(label, true);
        this.rich(b.text, { block: i, role: "text", x: L, width: W, style: { font: "regular", size: 10.5, color: TEXT }, listKey: `b${i}c`, after: 6 });
        break;
      }
      case "chart":
        return this.chartBlock(b, i);
      case "signatures":
        return this.signaturesBlock(b, i);
    }
  }

  private headingBlock(b: Extract<Block, { type: "heading" }>, i: number): void {
    const W = CONTENT_WIDTH;
    const L = PAGE.left;
    const one = b.level === 1;
    if (one) this.section = b.text;
    const atoms = this.text(plainRuns(b.text), {
      block: i,
      role: "heading",
      x: L,
      width: W,
      style: { font: "bold", size: one ? 16 : 12.5, color: one ? this.accent : TEXT },
      tag: [{ key: `b${i}`, type: one ? "H2" : "H3" }],
      before: one ? 12 : 6,
      after: one ? 10 : 4,
      keepLast: true,
    });
    this.keepTogether(atoms, true);
    if (one) {
      const dest = `s${i}`;
      atoms[0]!.items.unshift({ kind: "mark", y: 0, title: b.text, dest });
      atoms[0]!.sectionStart = true;
      const last = atoms[atoms.length - 1]!;
      last.items.push({ kind: "rule", x1: L, y1: last.h - 6, x2: L + W, y2: last.h - 6, color: this.accent, width: 1 });
      this.headings.push({ dest, title: b.text, block: i });
    }
  }

  private activityBlock(b: Extract<Block, { type: "activity" }>, i: number): void {
    const W = CONTENT_WIDTH;
    const L = PAGE.left;
    const prev = this.lastList;
    const list = prev && prev.block === i - 1 ? prev.key : `b${i}l`;
    this.lastList = { key: list, block: i };
    const li: Tag = [{ key: list, type: "L" }, { key: `b${i}`, type: "LI" }];
    const body: Tag = [...li, { key: `b${i}b`, type: "LBody" }];
    const x = L + 36;
    const w = W - 36;
    const start = this.atoms.length;
    const title = this.text(plainRuns(b.title), { block: i, role: "item", x, width: w, style: { font: "regular", size: 10.5, color: TEXT }, tag: [...body, { key: `b${i}t`, type: "P" }], after: 1 });
    title[0]!.items.unshift({ kind: "light", light: b.light, x: L + 26, y: 6.5, r: 3.8, tag: [...li, { key: `b${i}l`, type: "Lbl", actual: b.lightLabel ?? b.light }] });
    if (b.result) this.text(plainRuns(b.result), { block: i, role: "item", x, width: w, style: { font: "regular", size: 9.5, color: MUTED }, tag: [...body, { key: `b${i}r`, type: "P" }], after: 2 });
    if (b.figures) {
      const n = b.figures.header.length;
      const first = 0.4;
      const before = this.atoms.length;
      this.table(i, { ...b.figures, align: ["left", ...Array<"right">(n - 1).fill("right")], widths: [first, ...Array<number>(n - 1).fill((1 - first) / (n - 1))] }, x, Math.min(w, 330), 8.5, body);
      const rows = this.atoms.slice(before);
      rows[0]!.before = 2;
      rows[rows.length - 1]!.h -= 6;
      for (const r of rows) r.role = r.role === "header" ? "header" : "item";
    }
    if (b.comment) this.rich(b.comment, { block: i, role: "item", x, width: w, style: { font: "regular", size: 9.5, color: "#333333" }, tag: body, listKey: `b${i}c`, after: 2 });
    const atoms = this.atoms.slice(start);
    atoms[atoms.length - 1]!.h += 5;
    // a short activity is never split; a long one keeps two lines together at each end
    if (atoms.length <= 6) this.keepTogether(atoms, false);
    else {
      atoms[0]!.keep = true;
      atoms[atoms.length - 2]!.keep = true;
    }
  }

  private chartBlock(b: Extract<Block, { type: "chart" }>, i: number): void {
    const W = CONTENT_WIDTH;
    const L = PAGE.left;
    const c = b.chart;
    const heading = this.text(plainRuns(c.heading), { block: i, role: "heading", x: L, width: W, style: { font: "bold", size: 12.5, color: TEXT }, tag: [{ key: `b${i}`, type: "H3" }], before: 6, after: 4, keepLast: true });
    this.keepTogether(heading, true);
    // the legend stays with the first bar; a chart longer than a page goes on bar by bar
    const legend = chartLegendHeight(c, W, (label) => this.t.width(label, "regular", 8.5, false));
    this.push({ block: i, role: "item", before: 2, h: legend, keep: true, items: [{ kind: "chart", part: "legend", x: L, y: 0, width: W, chart: c, alt: `${c.heading}. ${c.description}` }], text: c.heading });
    c.bars.forEach((bar, k) => {
      const one = { ...c, bars: [bar] };
      const h = chartHeight(one, W) + (k < c.bars.length - 1 ? PDF_CHART_METRICS.gap : 4);
      this.push({ block: i, role: "item", before: 0, h, keep: false, items: [{ kind: "chart", part: "bars", x: L, y: 0, width: W, chart: one }], text: bar.label });
    });
    this.text(plainRuns(c.caption), { block: i, role: "text", x: L, width: W, style: { font: "regular", size: 8.5, color: MUTED }, tag: [{ key: `b${i}cap`, type: "P" }], after: 6 });
  }

  private signaturesBlock(b: Extract<Block, { type: "signatures" }>, i: number): void {
    const W = CONTENT_WIDTH;
    const L = PAGE.left;
    this.text(plainRuns(b.place), { block: i, role: "text", x: L, width: W, style: { font: "regular", size: 10.5, color: TEXT }, tag: [{ key: `b${i}`, type: "P" }], after: 18, keepLast: true });
    const colW = (W - 30) / 2;
    for (let k = 0; k < b.names.length; k += 2) {
      const items: Item[] = [];
      for (let c = 0; c < 2 && k + c < b.names.length; c++) {
        const x = L + c * (colW + 30);
        items.push({ kind: "rule", x1: x, y1: 0, x2: x + colW, y2: 0, color: "#333333", width: 0.7 });
        const line = this.t.lines(plainRuns(b.names[k + c]!), { font: "regular", size: 9.5, color: TEXT }, colW)[0]!;
        items.push({ kind: "text", y: 4, pieces: this.pieces(line, x), tag: [{ key: `b${i}n${k + c}`, type: "P" }] });
      }
      this.push({ block: i, role: "text", before: 26, h: 20, keep: false, items, text: b.names.slice(k, k + 2).join(" | ") });
    }
  }


  /** The table of contents: a heading and one entry per level-1 heading, page numbers filled in later. */
  toc(entries: Array<{ dest: string; title: string }>, pageOf?: Map<string, number>): void {
    const L = PAGE.left;
    const W = CONTENT_WIDTH;
    this.section = this.layout.meta.contents;
    const heading = this.text(plainRuns(this.layout.meta.contents), { block: -1, role: "heading", x: L, width: W, style: { font: "bold", size: 16, color: this.accent }, tag: [{ key: "toc-h", type: "H2" }], before: 12, after: 10, keepLast: true });
    heading[0]!.sectionStart = true;
    const last = heading[heading.length - 1]!;
    last.items.push({ kind: "rule", x1: L, y1: last.h - 6, x2: L + W, y2: last.h - 6, color: this.accent, width: 1 });
    entries.forEach((e, k) => {
      const tag: Tag = [{ key: "toc", type: "TOC" }, { key: `toc${k}`, type: "TOCI" }];
      const atoms = this.text([{ text: e.title, link: `#${e.dest}` }], { block: -1, role: "toc", x: L, width: W - 40, style: { font: "regular", size: 10.5, color: TEXT }, tag, after: k === entries.length - 1 ? 8 : 2 });
      const lastLine = atoms[atoms.length - 1]!;
      const it = lastLine.items[0] as Extract<Item, { kind: "text" }>;
      const number: Piece = { font: "regular", size: 10.5, color: TEXT, text: "", x: L + W, width: 0, numeric: true, pageOf: e.dest };
      if (pageOf) {
        number.text = String(pageOf.get(e.dest) ?? "");
        number.width = this.t.width(number.text, number.font, number.size, true);
        number.x = PAGE.left + CONTENT_WIDTH - number.width;
      }
      it.pieces.push(number);
      for (const a of atoms) for (const x of a.items) if (x.kind === "text") for (const p of x.pieces) if (p.link) p.color = TEXT;
      this.keepTogether(atoms, false);
    });
  }
}

/** Where fill() takes its atoms from: an array, or blocks laid out as they are needed. */
interface Atoms {
  get(i: number): Atom | undefined;
  /** atoms before `i` are on finished pages */
  release(i: number): void;
}

const arrayAtoms = (atoms: Atom[]): Atoms => ({ get: (i) => atoms[i], release: () => {} });

const NO_ITEMS: Item[] = [];

/**
 * The layout's blocks as atoms, one block at a time, in order: a block's atoms are handed out once
 * the block is done (it may still set their keep), with the heading rule applied as they come.
 * `lean` (a counting pass) keeps of each atom only what page breaks need. Released atoms are let go.
 */
class BlockAtoms implements Atoms {
  private atoms: Array<Atom | undefined> = [];
  private next = 0;
  /** the last atom of the body (not of the table of contents), for the heading rule */
  private prev: Atom | undefined;
  /** how many atoms came before the block that the table of contents precedes */
  tocAtom = -1;

  constructor(
    private readonly p: Paginator,
    private readonly blocks: Block[],
    private readonly tocAt: number,
    private readonly lean: boolean,
    private readonly toc?: () => Atom[],
  ) {}

  get(i: number): Atom | undefined {
    while (this.atoms.length <= i && this.more());
    return this.atoms[i];
  }

  release(i: number): void {
    for (let k = Math.min(i, this.atoms.length) - 1; k >= 0 && this.atoms[k] !== undefined; k--) this.atoms[k] = undefined;
  }

  /** every atom, for a counting pass that fills the pages more than once */
  all(): Atom[] {
    while (this.more());
    return this.atoms as Atom[];
  }

  private more(): boolean {
    if (this.next === this.tocAt && this.tocAtom < 0) {
      this.tocAtom = this.atoms.length;
      if (this.toc) {
        this.atoms.push(...this.toc());
        return true;
      }
    }
    if (this.next >= this.blocks.length) return false;
    const p = this.p;
    p.block(this.blocks[this.next]!, this.next);
    this.next++;
    for (const a of p.atoms) {
      // a heading moves with at least two lines of what follows it
      const prev = this.prev;
      if (prev && prev.keep && HEADS.has(prev.role) && !HEADS.has(a.role)) a.keep = true;
      this.prev = a;
      if (this.lean) {
        for (const it of a.items) if (it.kind === "mark") a.dest = it.dest;
        a.items = NO_ITEMS;
        a.text = "";
      }
      this.atoms.push(a);
    }
    p.atoms = [];
    return true;
  }
}

/** Atoms → pages: greedy, moving a keep-with-next chain to the next page when it does not fit. Each page is handed to `onPage` when done; returns the number of pages. */
function fill(atoms: Atoms, p: Paginator, continued: string, onPage: (placed: Array<{ atom: Atom; y: number }>, n: number) => void): number {
  let pages = 0;
  let placed: Array<{ atom: Atom; y: number }> = [];
  let y = PAGE.top;
  let firstOfPage = 0;
  const lh = p.t.lineHeight("regular", 8.5);
  const open = (i: number) => {
    if (pages > 0) {
      onPage(placed, pages - 1);
      atoms.release(i);
    }
    placed = [];
    pages++;
    y = PAGE.top;
    firstOfPage = i;
    const a = atoms.get(i);
    if (!a) return;
    if (pages > 1 && a.section !== undefined && !a.sectionStart) {
      const label = interpolate(continued, { section: a.section });
      const line = p.t.lines(plainRuns(label), { font: "regular", size: 8.5, color: MUTED }, CONTENT_WIDTH)[0]!;
      const atom: Atom = { block: a.block, role: "continued", before: 0, h: lh + 6, keep: false, items: [{ kind: "text", y: 0, pieces: p.t.pieces(line, PAGE.left) }], text: label };
      placed.push({ atom, y });
      y += atom.h;
    }
    if (a.header && a.role !== "header" && pages > 1) {
      const copy: Atom = { ...a.header, role: "repeatedHeader", items: a.header.items.map((it) => (it.kind === "text" || it.kind === "light" ? { ...it, tag: undefined } : it)) as Item[] };
      placed.push({ atom: copy, y });
      y += copy.h;
    }
  };
  open(0);
  let i = 0;
  for (let a = atoms.get(0); a; a = atoms.get(i)) {
    const fresh = i === firstOfPage;
    const before = fresh ? 0 : a.before;
    if (!fresh && y + before + a.h > FOOT) {
      let j = i;
      while (j > firstOfPage && atoms.get(j - 1)!.keep) j--;
      if (j > firstOfPage) {
        const back = atoms.get(j - 1);
        while (placed.length && placed[placed.length - 1]!.atom !== back) placed.pop();
        i = j;
      }
      open(i);
      continue;
    }
    placed.push({ atom: a, y: y + before });
    y += before + a.h;
    i++;
  }
  onPage(placed, pages - 1);
  return pages;
}

function page(placed: Array<{ atom: Atom; y: number }>): Page {
  return {
    placed,
    get items() {
      return placed.flatMap(({ atom, y }) => atom.items.map((it) => shift(it, y)));
    },
    get atoms() {
      return placed.map(({ atom }) => ({ block: atom.block, role: atom.role, text: atom.text, ...(atom.line ? { line: atom.line } : {}) }));
    },
  };
}

/** An item moved down by `dy`: the page's coordinates of an atom's item. */
export function shift(it: Item, dy: number): Item {
  switch (it.kind) {
    case "rule":
      return { ...it, y1: it.y1 + dy, y2: it.y2 + dy };
    default:
      return { ...it, y: it.y + dy };
  }
}

/** Layout → pages, all kept (for tests; renderPdf draws them one at a time with eachPage). */
export function paginate(layout: Layout, m: Measure, accent: string): Pagination {
  const pages: Page[] = [];
  const { toc } = eachPage(layout, m, accent, (pg) => pages.push(pg));
  return { pages, toc };
}

/**
 * Layout → pages, handed to `onPage` one at a time, in order, with the number of pages; a page is
 * not kept once handed on. A counting pass first places every line without keeping what it draws:
 * it gives the number of pages, whether a table of contents is needed (more than TOC_AFTER_PAGES)
 * and, placed again with that table, the page of every level-1 heading. Then the blocks are laid out
 * again, a page at a time: the same atoms, so the same pages, now with their items.
 */
export function eachPage(layout: Layout, m: Measure, accent: string, onPage: (page: Page, n: number, pages: number) => void): { pages: number; toc: boolean } {
  const t = new Typesetter(m, accent);
  const blocks = layout.blocks;
  let tocAt = blocks.findIndex((b) => b.type !== "title" && b.type !== "subtitle" && b.type !== "meta");
  if (tocAt < 0) tocAt = blocks.length;
  const continued = layout.meta.continued;

  const counting = new Paginator(layout, t, accent, true);
  const leanSource = new BlockAtoms(counting, blocks, tocAt, true);
  const lean = leanSource.all();
  let total = fill(arrayAtoms(lean), counting, continued, () => {});
  const headings = counting.headings;
  let pageOf: Map<string, number> | undefined;
  if (total > TOC_AFTER_PAGES && headings.length) {
    // the table of contents takes the same room whatever its page numbers: place it, then read them off
    const toc = new Paginator(layout, t, accent);
    toc.toc(headings);
    const withToc = [...lean.slice(0, leanSource.tocAtom), ...toc.atoms, ...lean.slice(leanSource.tocAtom)];
    const found = new Map<string, number>();
    total = fill(arrayAtoms(withToc), counting, continued, (placed, n) => {
      for (const { atom } of placed) if (atom.dest !== undefined) found.set(atom.dest, n + 1);
    });
    pageOf = found;
  }
  lean.length = 0;

  const drawing = new Paginator(layout, t, accent);
  const makeToc = pageOf
    ? () => {
        const toc = new Paginator(layout, t, accent);
        toc.toc(headings, pageOf);
        return toc.atoms;
      }
    : undefined;
  const source = new BlockAtoms(drawing, blocks, tocAt, false, makeToc);
  const pages = fill(source, drawing, continued, (placed, n) => onPage(page(placed), n, total));
  if (pages !== total) throw new Error(`the PDF's pages were counted as ${total} but laid out as ${pages}`);
  return { pages, toc: pageOf !== undefined };
}
