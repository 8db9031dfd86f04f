import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pages: string[];
  text: string;
  info: Record<string, unknown>;
}

/** The text a reader can copy out of a PDF, page by page, whitespace collapsed. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const parts = content.items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : ""));
    pages.push(parts.join(" ").replace(/[ \t]+/g, " ").replace(/ ?\n ?/g, "\n"));
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, text: pages.join("\n").replace(/\s+/g, " "), info: meta.info as Record<string, unknown> };
}
