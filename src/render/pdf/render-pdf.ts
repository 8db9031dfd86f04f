import { interpolate } from "../../i18n/t.js";
import { withLongWordBreaks } from "./break-long-words.js";
import type { ReportLight } from "../../model/report.js";
import type { Block, Layout } from "./layout.js";

export interface PdfAssets {
  fonts: { regular: Uint8Array; bold: Uint8Array };
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
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  x: number;
  y: number;
  registerFont(name: string, src: Buffer): Doc;
  font(name: string): Doc;
  fontSize(n: number): Doc;
  fillColor(c: string): Doc;
  strokeColor(c: string): Doc;
  lineWidth(n: number): Doc;
  text(t: string, x?: number, y?: number, o?: Record<string, unknown>): Doc;
  heightOfString(t: string, o?: Record<string, unknown>): number;
  widthOfString(t: string): number;
  circle(x: number, y: number, r: number): Doc;
  moveTo(x: number, y: number): Doc;
  lineTo(x: number, y: number): Doc;
  rect(x: number, y: number, w: number, h: number): Doc;
  fill(c?: string): Doc;
  stroke(c?: string): Doc;
  fillAndStroke(f: string, s: string): Doc;
  image(src: Buffer, x: number, y: number, o?: Record<string, unknown>): Doc;
  addPage(): Doc;
  switchToPage(n: number): Doc;
  bufferedPageRange(): { start: number; count: number };
  struct(type: string, options?: Record<string, unknown>, children?: unknown[]): Struct;
  addStructure(s: Struct): Doc;
  markContent(tag: string, options?: Record<string, unknown>): Doc;
  endMarkedContent(): Doc;
  on(ev: string, fn: (chunk?: Buffer) => void): Doc;
  end(): void;
}

const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 70, bottom: 64 };
const TEXT = "#1a1a1a";
const MUTED = "#555555";
const LIGHT_COLOR: Record<ReportLight, string> = {
  green: "#2e7d32",
  yellow: "#f2a900",
  red: "#c62828",
  "not-scored": "#9e9e9e",
  "not-reported": "#ffffff",
};

/** Draws a layout with pdfkit; pdfkit is imported here, only when a PDF is written. */
export async function renderPdf(layout: Layout, assets: PdfAssets): Promise<Uint8Array> {
  const { default: PDFDocument } = (await import("pdfkit")) as unknown as { default: new (o: Record<string, unknown>) => Doc };
  const accent = assets.accent ?? "#1f3a5f";
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
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
  withLongWordBreaks(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (c) => chunks.push(c!));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));

  doc.registerFont("regular", Buffer.from(assets.fonts.regular));
  doc.registerFont("bold", Buffer.from(assets.fonts.bold));
  const root = doc.struct("Document");
  doc.addStructure(root);

  const width = PAGE.width - PAGE.left - PAGE.right;
  const bottom = () => PAGE.height - PAGE.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const text = (t: string, o: { font?: string; size?: number; color?: string; x?: number; width?: number; type?: string; gap?: number; align?: string; parent?: Struct }) => {
    doc.font(o.font ?? "regular").fontSize(o.size ?? 10.5).fillColor(o.color ?? TEXT);
    doc.text(t, o.x ?? PAGE.left, doc.y, {
      width: o.width ?? width,
      align: o.align ?? "left",
      lineGap: 2,
      structParent: o.parent ?? root,
      structType: o.type ?? "P",
    });
    doc.y += o.gap ?? 4;
  };
  const height = (t: string, font: string, size: number, w = width) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(t, { width: w, lineGap: 2 });
  };
  /** A traffic light: a filled circle, an artifact (the label next to it carries the meaning). */
  const circle = (light: ReportLight, x: number, y: number, r: number) => {
    doc.markContent("Artifact", { type: "Layout" });
    doc.lineWidth(0.8);
    if (light === "not-reported") doc.circle(x, y, r).fillAndStroke("#ffffff", "#757575");
    else doc.circle(x, y, r).fillAndStroke(LIGHT_COLOR[light], "#333333");
    doc.endMarkedContent();
  };

  const drawTable = (header: string[], rows: string[][], total: string[] | undefined, align: Array<"left" | "right">, widths: number[], x0: number, w: number, size: number) => {
    const table = doc.struct("Table");
    root.add(table);
    const cols = widths.map((f) => f * w);
    const pad = 4;
    const rowHeight = (cells: string[], font: string) => Math.max(...cells.map((c, k) => height(c, font, size, cols[k]! - 2 * pad))) + 2 * pad;
    const drawRow = (cells: string[], font: string, kind: "TH" | "TD", shade?: string) => {
      const h = rowHeight(cells, font);
      if (doc.y + h > bottom()) doc.addPage();
      const y = doc.y;
      if (shade) {
        doc.markContent("Artifact", { type: "Layout" });
        doc.rect(x0, y, w, h).fill(shade);
        doc.endMarkedContent();
      }
      const tr = doc.struct("TR");
      table.add(tr);
      let x = x0;
      cells.forEach((c, k) => {
        doc.font(font).fontSize(size).fillColor(TEXT);
        doc.text(c, x + pad, y + pad, { width: cols[k]! - 2 * pad, align: align[k], lineGap: 2, structParent: tr, structType: kind });
        x += cols[k]!;
      });
      tr.end();
      doc.markContent("Artifact", { type: "Layout" });
      doc.lineWidth(0.5).moveTo(x0, y + h).lineTo(x0 + w, y + h).stroke("#bdbdbd");
      doc.endMarkedContent();
      doc.y = y + h;
    };
    ensure(rowHeight(header, "bold") + (rows[0] ? rowHeight(rows[0], "regular") : 0));
    drawRow(header, "bold", "TH", "#eef1f5");
    for (const r of rows) drawRow(r, "regular", "TD");
    if (total) drawRow(total, "bold", "TD", "#f6f7f9");
    table.end();
    doc.y += 8;
  };

  /**
   * A cheap upper bound of a block's height (no text layout): measuring text
   * is what costs, so blocks are measured exactly only near the foot of a page.
   */
  const roughLines = (t: string, size: number, w: number) => Math.ceil((t.length * size * 0.62) / w) + 1;
  const roughHeight = (b: Block): number => {
    if (b.type !== "activity") return Infinity;
    let h = roughLines(b.title, 10.5, width - 36) * 15 + 4;
    if (b.result) h += roughLines(b.result, 9.5, width - 36) * 14;
    if (b.figures) h += (b.figures.rows.length + 1) * 20 + 8;
    return h + 6;
  };
  const blockHeight = (b: Block): number => {
    switch (b.type) {
      case "heading":
        return height(b.text, "bold", b.level === 1 ? 16 : 12.5) + 14;
      case "lightHeading":
        return height(b.label, "bold", 11.5, width - 20) + 8;
      case "activity": {
        let h = height(b.title, "regular", 10.5, width - 22) + 4;
        if (b.result) h += height(b.result, "regular", 9.5, width - 22) + 2;
        if (b.figures) h += (b.figures.rows.length + 1) * 17 + 8;
        return h + 6;
      }
      default:
        return 30;
    }
  };

  // Logo, top right of the first page
  if (assets.logo) {
    doc.markContent("Artifact", { type: "Layout" });
    doc.image(Buffer.from(assets.logo), PAGE.width - PAGE.right - 90, PAGE.top - 30, { fit: [90, 50], align: "right" });
    doc.endMarkedContent();
  }

  const blocks = layout.blocks;
  let list: Struct | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    switch (b.type) {
      case "title":
        doc.y = PAGE.top + 10;
        text(b.text, { font: "bold", size: 24, color: accent, type: "H1", gap: 6 });
        break;
      case "subtitle":
        text(b.text, { font: "bold", size: 14, type: "P", gap: 8 });
        break;
      case "meta":
        text(b.text, { size: 10, color: MUTED, gap: 2 });
        break;
      case "heading": {
        // keep a heading with what follows it: never alone at the foot of a page
        const next = blocks[i + 1];
        ensure(blockHeight(b) + (next ? Math.min(blockHeight(next), 80) : 0));
        doc.y += b.level === 1 ? 12 : 6;
        text(b.text, { font: "bold", size: b.level === 1 ? 16 : 12.5, color: b.level === 1 ? accent : TEXT, type: b.level === 1 ? "H2" : "H3", gap: b.level === 1 ? 6 : 4 });
        if (b.level === 1) {
          doc.markContent("Artifact", { type: "Layout" });
          doc.lineWidth(1).moveTo(PAGE.left, doc.y - 2).lineTo(PAGE.left + width, doc.y - 2).stroke(accent);
          doc.endMarkedContent();
          doc.y += 4;
        }
        break;
      }
      case "paragraph":
        text(b.text, { color: b.muted ? MUTED : TEXT, size: b.muted ? 9.5 : 10.5, gap: 6 });
        break;
      case "comment":
        // the area's comment: a bold label kept with the first lines of its text
        ensure(height(b.label, "bold", 10.5) + Math.min(height(b.text, "regular", 10.5), 45) + 8);
        doc.y += 4;
        text(b.label, { font: "bold", gap: 1 });
        text(b.text, { gap: 6 });
        break;
      case "bullet": {
        // consecutive bullets are one list: L > LI > LBody, the bullet itself an artifact
        if (blocks[i - 1]?.type !== "bullet") {
          list = doc.struct("L");
          root.add(list);
        }
        ensure(14);
        const y = doc.y;
        doc.markContent("Artifact", { type: "Layout" });
        doc.circle(PAGE.left + 5, y + 6.5, 1.6).fill(TEXT);
        doc.endMarkedContent();
        const item = doc.struct("LI");
        list!.add(item);
        text(b.text, { x: PAGE.left + 14, width: width - 14, gap: 3, type: "LBody", parent: item });
        item.end();
        if (blocks[i + 1]?.type !== "bullet") list!.end();
        break;
      }
      case "legend":
        for (const item of b.items) {
          ensure(18);
          const y = doc.y;
          circle(item.light, PAGE.left + 7, y + 7, 5.5);
          doc.y = y;
          text(item.label, { x: PAGE.left + 20, width: width - 20, gap: 5 });
        }
        doc.y += 4;
        break;
      case "table":
        drawTable(b.header, b.rows, b.total, b.align, b.widths, PAGE.left, width, 9);
        break;
      case "lightHeading": {
        const next = blocks[i + 1];
        const following = next?.type === "activity" ? Math.min(roughHeight(next), 120) : 0;
        if (doc.y + 40 + following > bottom()) ensure(blockHeight(b) + (next?.type === "activity" ? Math.min(blockHeight(next), 120) : 0));
        doc.y += 4;
        const y = doc.y;
        circle(b.light, PAGE.left + 7, y + 7.5, 6);
        doc.y = y;
        text(b.label, { font: "bold", size: 11.5, x: PAGE.left + 20, width: width - 20, type: "H4", gap: 4 });
        break;
      }
      case "activity": {
        if (doc.y + roughHeight(b) > bottom()) {
          const need = blockHeight(b);
          if (need < PAGE.height - PAGE.top - PAGE.bottom) ensure(need);
        }
        const y = doc.y;
        circle(b.light, PAGE.left + 26, y + 6.5, 3.8);
        doc.y = y;
        const x = PAGE.left + 36;
        const w = width - 36;
        text(b.title, { x, width: w, gap: 1 });
        if (b.result) text(b.result, { x, width: w, size: 9.5, color: MUTED, gap: 2 });
        if (b.figures) {
          doc.y += 2;
          const n = b.figures.header.length;
          const first = 0.4;
          drawTable(b.figures.header, b.figures.rows, undefined, ["left", ...Array(n - 1).fill("right")], [first, ...Array(n - 1).fill((1 - first) / (n - 1))], x, Math.min(w, 330), 8.5);
          doc.y -= 6;
        }
        if (b.comment) text(b.comment, { x, width: w, size: 9.5, color: "#333333", gap: 2 });
        doc.y += 5;
        break;
      }
      case "signatures": {
        text(b.place, { gap: 18 });
        const colW = (width - 30) / 2;
        for (let k = 0; k < b.names.length; k += 2) {
          ensure(56);
          doc.y += 26;
          const y = doc.y;
          for (let c = 0; c < 2 && k + c < b.names.length; c++) {
            const x = PAGE.left + c * (colW + 30);
            doc.markContent("Artifact", { type: "Layout" });
            doc.lineWidth(0.7).moveTo(x, y).lineTo(x + colW, y).stroke("#333333");
            doc.endMarkedContent();
            doc.y = y + 4;
            text(b.names[k + c]!, { x, width: colW, size: 9.5, gap: 0 });
          }
          doc.y = y + 20;
        }
        break;
      }
    }
  }

  // Running header (from page 2) and page numbers: artifacts, drawn once the page count is known.
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    const margins = { ...doc.page.margins };
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc.font("regular").fontSize(8.5).fillColor(MUTED);
    if (p > range.start) doc.text(layout.meta.header, PAGE.left, 34, { width, align: "left", lineBreak: false });
    const label = interpolate(layout.meta.pageOf, { page: p - range.start + 1, pages: range.count });
    doc.text(label, PAGE.left, PAGE.height - 40, { width, align: "center", lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.top = margins.top;
    doc.page.margins.bottom = margins.bottom;
  }
  root.end();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
