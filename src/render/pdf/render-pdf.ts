import { interpolate } from "../../i18n/t.js";
import type { ReportLight } from "../../model/report.js";
import type { Layout } from "./layout.js";
import { drawChart, drawChartLegend } from "./chart.js";
import { LIGHT_STYLE } from "./lights.js";
import { CONTENT_WIDTH, eachPage, MUTED, PAGE, paginate, shift, type FontName, type Item, type Measure, type Page, type Pagination, type Piece, type Tag } from "./paginate.js";

export interface PdfAssets {
  fonts: { regular: Uint8Array; bold: Uint8Array; italic?: Uint8Array; boldItalic?: Uint8Array };
  logo?: Uint8Array;
  accent?: string;
  /** fixed, so identical input gives identical bytes */
  creationDate: Date;
}

/* The parts of pdfkit 0.20 this renderer uses; @types/pdfkit lags behind (subset, struct options). */
interface Struct {
  add(child: Struct | (() => void)): Struct;
  end(): void;
}
interface Doc {
  page: { width: number; height: number };
  outline: { addItem(title: string): unknown };
  registerFont(name: string, src: Buffer): Doc;
  font(name: string): Doc;
  fontSize(n: number): Doc;
  fillColor(c: string): Doc;
  strokeColor(c: string): Doc;
  lineWidth(n: number): Doc;
  dash(n: number, o?: Record<string, unknown>): Doc;
  undash(): Doc;
  text(t: string, x?: number, y?: number, o?: Record<string, unknown>): Doc;
  widthOfString(t: string, o?: Record<string, unknown>): number;
  currentLineHeight(includeGap?: boolean): number;
  circle(x: number, y: number, r: number): Doc;
  moveTo(x: number, y: number): Doc;
  lineTo(x: number, y: number): Doc;
  rect(x: number, y: number, w: number, h: number): Doc;
  fill(c?: string): Doc;
  stroke(c?: string): Doc;
  fillAndStroke(f: string, s: string): Doc;
  lineCap(c: string): Doc;
  lineJoin(c: string): Doc;
  image(src: Buffer, x: number, y: number, o?: Record<string, unknown>): Doc;
  addPage(): Doc;
  struct(type: string, options?: Record<string, unknown>, children?: unknown[]): Struct;
  addStructure(s: Struct): Doc;
  markContent(tag: string, options?: Record<string, unknown>): Doc;
  endMarkedContent(): Doc;
  link(x: number, y: number, w: number, h: number, url: string, o?: Record<string, unknown>): Doc;
  goTo(x: number, y: number, w: number, h: number, name: string, o?: Record<string, unknown>): Doc;
  addNamedDestination(name: string, ...args: unknown[]): void;
  on(ev: string, fn: (chunk?: Buffer) => void): Doc;
  end(): void;
}
type PdfKit = new (o: Record<string, unknown>) => Doc;

/** tabular figures, no kerning: "2.1" never reads as "21", and figures line up in columns */
const FIGURES = { tnum: true, kern: false };

/*
 * The text of a piece, written as pdfkit 0.20's `doc.text(text, x, y, { lineBreak: false })`
 * writes it (_initOptions, _text, _line, _fragment for left-aligned text without spacing,
 * links or decorations), operator for operator, without the option objects, the second and
 * third measuring and the regular expressions pdfkit spends on every call: a report draws
 * tens of thousands of pieces. The show-text operators of a string are made once per font
 * and size. The committed example PDFs (test/cli/report-golden.test.ts) hold it to the bytes.
 */
interface FontInternals {
  id: string;
  ascender: number;
  encode(text: string, features?: object): [string[], Array<{ xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }>];
  ref(): unknown;
}
interface DocInternals {
  _font: FontInternals;
  _fontSize: number;
  x: number;
  y: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(s: string): unknown;
  save(): unknown;
  restore(): unknown;
  _ctm: number[];
  _fillColor: unknown;
}

/** pdfkit's PDFObject.number: six decimals */
function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/** per font object (so per document: a font's glyphs are added to its subset when first encoded), size and features */
const shown = new WeakMap<FontInternals, Map<string, string[]>>();

/** The TJ (and, for glyphs with offsets, Tm) operators of a string at x, y — pdfkit's loop. */
function showText(font: FontInternals, size: number, text: string, features: object | undefined, x: number, y: number): string[] {
  let byFont = shown.get(font);
  if (!byFont) shown.set(font, (byFont = new Map()));
  const key = `${size}|${features ? 1 : 0}|${text}`;
  const known = byFont.get(key);
  if (known) return known;
  const [encoded, positions] = font.encode(text, features);
  const scale = size / 1000;
  const out: string[] = [];
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let offsets = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const hex = encoded.slice(last, cur).join("");
      const advance = positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth;
      commands.push(`<${hex}> ${num(-advance)}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      out.push(`[${commands.join(" ")}] TJ`);
      commands.length = 0;
    }
  };
  let i: number;
  for (i = 0; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out.push(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
      offsets = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
  // with glyph offsets the operators depend on where the text is: not kept
  if (!offsets) {
    if (byFont.size >= 20_000) byFont.clear();
    byFont.set(key, out);
  }
  return out;
}

/** `doc.text(text, x, y, { lineBreak: false, features })` as pdfkit writes it, for text without line breaks. */
function textAt(doc: Doc, text: string, x: number, y: number, features: object | undefined): void {
  const options = features ? { features } : {};
  if (text.includes("\n")) {
    doc.text(text, x, y, { lineBreak: false, ...options });
    return;
  }
  const d = doc as unknown as DocInternals;
  d.x = x;
  d.y = y;
  if (text.length > 0) {
    const font = d._font;
    const size = d._fontSize;
    const dy = (font.ascender / 1e3) * size;
    d.save();
    flipY(d);
    const top = d.page.height - y - dy;
    if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
    d.addContent("BT");
    d.addContent(`1 0 0 1 ${num(x)} ${num(top)} Tm`);
    d.addContent(`/${font.id} ${num(size)} Tf`);
    for (const op of showText(font, size, text, features, x, top)) d.addContent(op);
    d.addContent("ET");
    d.restore();
  }
  // pdfkit moves x past the text; every call here and every doc.text() call gives its own x, so
  // nothing reads it: not measured again
}

const flipped = new Map<number, string>();
/** `doc.transform(1, 0, 0, -1, 0, page height)`, with its operator made once per page height */
function flipY(d: DocInternals): void {
  const h = d.page.height;
  const m = d._ctm;
  const [m0, m1, m2, m3, m4, m5] = m as [number, number, number, number, number, number];
  m[0] = m0;
  m[1] = m1;
  m[2] = -m2;
  m[3] = -m3;
  m[4] = m2 * h + m4;
  m[5] = m3 * h + m5;
  let op = flipped.get(h);
  if (op === undefined) flipped.set(h, (op = `1 0 0 -1 0 ${num(h)} cm`));
  d.addContent(op);
}

const fills = new Map<string, [string, string]>();
/**
 * `doc.fillColor(color)` for a colour "#rrggbb", as pdfkit writes it (colour space, then the
 * components divided by 255 as JavaScript prints them), with the operators made once per colour;
 * any other colour goes through pdfkit.
 */
function fillColor(doc: Doc, color: string): void {
  let ops = fills.get(color);
  if (ops === undefined) {
    if (!/^#[0-9a-fA-F]{6}$/.test(color)) {
      doc.fillColor(color);
      return;
    }
    const hex = parseInt(color.slice(1), 16);
    ops = ["/DeviceRGB cs", `${[hex >> 16, (hex >> 8) & 255, hex & 255].map((part) => part / 255).join(" ")} scn`];
    fills.set(color, ops);
  }
  const d = doc as unknown as DocInternals;
  d.addContent(ops[0]);
  d.addContent(ops[1]);
  d._fillColor = [color, undefined];
}

async function pdfkit(): Promise<PdfKit> {
  return ((await import("pdfkit")) as unknown as { default: PdfKit }).default;
}

function setupFonts(doc: Doc, fonts: PdfAssets["fonts"]): (f: FontName) => string {
  doc.registerFont("regular", Buffer.from(fonts.regular));
  doc.registerFont("bold", Buffer.from(fonts.bold));
  if (fonts.italic) doc.registerFont("italic", Buffer.from(fonts.italic));
  if (fonts.boldItalic) doc.registerFont("boldItalic", Buffer.from(fonts.boldItalic));
  return (f) => (f === "italic" ? (fonts.italic ? "italic" : "regular") : f === "boldItalic" ? (fonts.boldItalic ? "boldItalic" : "bold") : f);
}

function measureWith(doc: Doc, name: (f: FontName) => string): Measure {
  return {
    width: (t, f, s, numeric) => doc.font(name(f)).fontSize(s).widthOfString(t, numeric ? { features: FIGURES } : {}),
    lineHeight: (f, s) => doc.font(name(f)).fontSize(s).currentLineHeight(false),
  };
}

/** The pages of a layout, as the PDF will have them (for tests: keep-with-next, repeated headers, …). */
export async function paginatePdf(layout: Layout, assets: Pick<PdfAssets, "fonts" | "accent">): Promise<Pagination> {
  const PDFDocument = await pdfkit();
  const doc = new PDFDocument({ size: "A4", font: null, autoFirstPage: true });
  const name = setupFonts(doc, assets.fonts);
  return paginate(layout, measureWith(doc, name), assets.accent ?? DEFAULT_ACCENT);
}

const DEFAULT_ACCENT = "#1f3a5f";

/** The document with its metadata, and a promise of its bytes once it ends. */
function openDocument(PDFDocument: Awaited<ReturnType<typeof pdfkit>>, layout: Layout, assets: PdfAssets) {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    tagged: true,
    subset: "PDF/UA",
    pdfVersion: "1.7",
    lang: layout.meta.language,
    displayTitle: true,
    font: null,
    info: {
      Title: layout.meta.title,
      ...(layout.meta.author ? { Author: layout.meta.author } : {}),
      Subject: layout.meta.subject,
      Creator: "plan",
      Producer: "plan",
      CreationDate: assets.creationDate,
      ModDate: assets.creationDate,
    },
  });
  return { doc, bytes: takeOutput(doc as unknown as OutputStream) };
}

interface OutputStream {
  push(chunk: Uint8Array | null): boolean;
  read(): Buffer | null;
}

/**
 * The bytes pdfkit writes, as one Uint8Array once it ends. pdfkit writes through a stream, in small
 * pieces (hundreds of thousands in a long report), and a stream keeps every piece it is given until
 * the event loop turns — which a report drawn in one go never lets it do. The pieces are taken as
 * they come instead, copied into blocks of a megabyte, and joined once at the end.
 */
function takeOutput(stream: OutputStream): Promise<Uint8Array> {
  const BLOCK = 1 << 20;
  const blocks: Buffer[] = [];
  let block = Buffer.allocUnsafeSlow(BLOCK);
  let used = 0;
  let length = 0;
  let done!: (bytes: Uint8Array) => void;
  const bytes = new Promise<Uint8Array>((resolve) => (done = resolve));
  // what the document wrote while it was made (its header) is in the stream already
  const head = stream.read();
  stream.push = (chunk) => {
    if (chunk === null) {
      blocks.push(block.subarray(0, used));
      const all = Buffer.concat(blocks, length);
      blocks.length = 0;
      done(new Uint8Array(all.buffer, all.byteOffset, all.length));
      return false;
    }
    length += chunk.length;
    for (let from = 0; from < chunk.length; ) {
      if (used === BLOCK) {
        blocks.push(block);
        block = Buffer.allocUnsafeSlow(BLOCK);
        used = 0;
      }
      const n = Math.min(BLOCK - used, chunk.length - from);
      block.set(n === chunk.length ? chunk : chunk.subarray(from, from + n), used);
      used += n;
      from += n;
    }
    return true;
  };
  if (head) stream.push(head);
  return bytes;
}

/**
 * Draws a layout with pdfkit; pdfkit is imported here, only when a PDF is written.
 * The pages are counted first (paginate.ts), then laid out and drawn one at a time and
 * written out at once: no buffered pages, no page kept once drawn, and "Sida x av y"
 * is known when the page is drawn.
 */
export async function renderPdf(layout: Layout, assets: PdfAssets): Promise<Uint8Array> {
  const PDFDocument = await pdfkit();
  const accent = assets.accent ?? DEFAULT_ACCENT;
  const { doc, bytes } = openDocument(PDFDocument, layout, assets);
  const drawer = new Drawer(doc, setupFonts(doc, assets.fonts), layout, assets);
  eachPage(layout, measureWith(doc, drawer.fontName), accent, (page, n, count) => drawer.page(page, n, count));
  drawer.finish();
  doc.end();
  return bytes;
}

/** Draws placed items onto the document, keeping the open structure elements (tags) as it goes. */
class Drawer {
  /** the document's structure root, made when the first page is drawn (after the counting pass) */
  private root!: Struct;
  private readonly stack: Array<{ key: string; el: Struct }> = [];

  constructor(
    private readonly doc: Doc,
    readonly fontName: ReturnType<typeof setupFonts>,
    private readonly layout: Layout,
    private readonly assets: PdfAssets,
  ) {}

  /** the tag element for this content: elements no longer in the path are ended, new ones opened */
  private enter(tag: Tag): Struct {
    const { doc, stack } = this;
    let k = 0;
    while (k < stack.length && k < tag.length && stack[k]!.key === tag[k]!.key) k++;
    while (stack.length > k) stack.pop()!.el.end();
    for (; k < tag.length; k++) {
      const t = tag[k]!;
      const el = doc.struct(t.type, { ...(t.actual ? { actual: t.actual } : {}), ...(t.scope ? { scope: t.scope } : {}) });
      (k ? stack[k - 1]!.el : this.root).add(el);
      stack.push({ key: t.key, el });
    }
    return stack.length ? stack[stack.length - 1]!.el : this.root;
  }

  private artifact(draw: () => void, type = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  private piece(p: Piece, y: number): void {
    fillColor(this.doc.font(this.fontName(p.font)).fontSize(p.size), p.color);
    textAt(this.doc, p.text, p.x, y, p.numeric ? FIGURES : undefined);
  }

  private text(it: Extract<Item, { kind: "text" }>): void {
    const doc = this.doc;
    if (!it.tag) return this.artifact(() => it.pieces.forEach((p) => this.piece(p, it.y)));
    const el = this.enter(it.tag);
    let plain: Piece[] = [];
    const flush = () => {
      if (!plain.length) return;
      const ps = plain;
      el.add(() => ps.forEach((p) => this.piece(p, it.y)));
      plain = [];
    };
    for (const p of it.pieces) {
      if (!p.link) {
        plain.push(p);
        continue;
      }
      flush();
      const link = doc.struct("Link");
      el.add(link);
      link.add(() => this.piece(p, it.y));
      const h = doc.font(this.fontName(p.font)).fontSize(p.size).currentLineHeight(false);
      const o = { structParent: link, Contents: new String(p.text.trim()) };
      if (p.link.startsWith("#")) doc.goTo(p.x, it.y, p.width, h, p.link.slice(1), o);
      else {
        doc.link(p.x, it.y, p.width, h, p.link, o);
        this.artifact(() => doc.lineWidth(0.5).moveTo(p.x, it.y + h - 1).lineTo(p.x + p.width, it.y + h - 1).stroke(p.color));
      }
      link.end();
    }
    flush();
  }

  /** A light: its colour and its own mark, so it reads the same in grey. */
  private light(light: ReportLight, x: number, y: number, r: number): void {
    const doc = this.doc;
    const s = LIGHT_STYLE[light];
    doc.lineWidth(Math.max(0.6, r / 6));
    if (s.dashed) doc.dash(Math.max(0.8, r / 3), { space: Math.max(0.6, r / 4) });
    doc.circle(x, y, r).fillAndStroke(s.fill, s.stroke);
    if (s.dashed) doc.undash();
    const k = r * 0.5;
    doc.lineWidth(Math.max(0.7, r / 4)).lineCap("round").lineJoin("round").strokeColor(s.markColor);
    switch (s.mark) {
      case "check":
        doc.moveTo(x - k, y + 0.05 * r).lineTo(x - 0.15 * r, y + 0.4 * r).lineTo(x + k, y - 0.4 * r).stroke();
        break;
      case "bar":
        doc.moveTo(x - k, y).lineTo(x + k, y).stroke();
        break;
      case "cross":
        doc.moveTo(x - 0.4 * r, y - 0.4 * r).lineTo(x + 0.4 * r, y + 0.4 * r).moveTo(x + 0.4 * r, y - 0.4 * r).lineTo(x - 0.4 * r, y + 0.4 * r).stroke();
        break;
      case "question": {
        doc.font(this.fontName("bold")).fontSize(r * 1.5).fillColor(s.markColor);
        const w = doc.widthOfString("?");
        doc.text("?", x - w / 2, y - doc.currentLineHeight(false) / 2, { lineBreak: false });
        break;
      }
      case "none":
        break;
    }
    doc.lineCap("butt").lineJoin("miter");
  }

  /** the year at a glance: the legend is the tagged Figure whose alternative text has every area's numbers; the bars say the same in vectors, as artifacts */
  private chart(it: Extract<Item, { kind: "chart" }>): void {
    const chartDoc = this.doc as unknown as Parameters<typeof drawChart>[0];
    const at = { x: it.x, y: it.y, width: it.width };
    if (it.part === "bars") return this.artifact(() => void drawChart(chartDoc, it.chart, at));
    const figure = this.doc.struct("Figure", { alt: it.alt ?? "" });
    this.enter([]).add(figure); // closes the open tags: the figure sits at the top level
    figure.add(() => void drawChartLegend(chartDoc, it.chart, at));
    figure.end();
  }

  private item(it: Item): void {
    const doc = this.doc;
    switch (it.kind) {
      case "text":
        return this.text(it);
      case "light":
        if (it.tag) this.enter(it.tag).add(() => this.light(it.light, it.x, it.y, it.r));
        else this.artifact(() => this.light(it.light, it.x, it.y, it.r));
        return;
      case "rule":
        return this.artifact(() => doc.lineWidth(it.width).moveTo(it.x1, it.y1).lineTo(it.x2, it.y2).stroke(it.color));
      case "rect":
        return this.artifact(() => doc.rect(it.x, it.y, it.w, it.h).fill(it.color));
      case "dot":
        return this.artifact(() => doc.circle(it.x, it.y, it.r).fill(it.color));
      case "mark":
        doc.outline.addItem(it.title);
        doc.addNamedDestination(it.dest, "XYZ", PAGE.left, it.y, null);
        return;
      case "chart":
        return this.chart(it);
    }
  }

  /** a page at a time, as it is laid out: no page is kept once drawn */
  page(page: Page, n: number, count: number): void {
    const doc = this.doc;
    if (n === 0) {
      this.root = doc.struct("Document");
      doc.addStructure(this.root);
    }
    if (n > 0) doc.addPage();
    // running header (from page 2) and page number: artifacts
    this.artifact(() => {
      doc.font(this.fontName("regular")).fontSize(8.5).fillColor(MUTED);
      if (n > 0) doc.text(this.layout.meta.header, PAGE.left, 34, { lineBreak: false });
      const label = interpolate(this.layout.meta.pageOf, { page: n + 1, pages: count });
      doc.text(label, PAGE.left + (CONTENT_WIDTH - doc.widthOfString(label)) / 2, PAGE.height - 40, { lineBreak: false });
    }, "Pagination");
    const logo = this.assets.logo;
    if (n === 0 && logo) this.artifact(() => doc.image(Buffer.from(logo), PAGE.width - PAGE.right - 90, PAGE.top - 30, { fit: [90, 50], align: "right" }));
    for (const { atom, y } of page.placed) for (const it of atom.items) this.item(shift(it, y));
  }

  /** ends every open element and the root */
  finish(): void {
    while (this.stack.length) this.stack.pop()!.el.end();
    this.root.end();
  }
}
