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

export interface StructNode {
  role: string;
  alt?: string;
  children: Array<StructNode | { type: string; id: string }>;
}

export interface PdfStructure {
  /** the tag tree of each page, as pdfjs reads it */
  trees: StructNode[];
  /** every role in the tag trees, with how often it occurs */
  roles: Map<string, number>;
  outline: string[];
  links: Array<{ page: number; url?: string; dest?: string }>;
  /** text items with the font they are set in */
  fonts: Array<{ str: string; font: string }>;
}

/** What a screen reader and a PDF viewer see: tags, bookmarks, link annotations. */
export async function readStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const trees: StructNode[] = [];
  const roles = new Map<string, number>();
  const links: PdfStructure["links"] = [];
  const fonts: PdfStructure["fonts"] = [];
  const walk = (n: StructNode | { type: string }) => {
    if (!("role" in n)) return;
    roles.set(n.role, (roles.get(n.role) ?? 0) + 1);
    for (const c of n.children ?? []) walk(c);
  };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const tree = (await page.getStructTree()) as unknown as StructNode;
    trees.push(tree);
    walk(tree);
    for (const a of await page.getAnnotations()) {
      if (a.subtype === "Link") links.push({ page: i, ...(a.url ? { url: a.url as string } : {}), ...(a.dest ? { dest: String(a.dest) } : {}) });
    }
    await page.getOperatorList(); // loads the page's fonts, so their names can be read
    const content = await page.getTextContent();
    for (const it of content.items) {
      if (!("str" in it)) continue;
      const font = page.commonObjs.has(it.fontName) ? (page.commonObjs.get(it.fontName) as { name?: string }).name : undefined;
      fonts.push({ str: it.str, font: font ?? it.fontName });
    }
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  await doc.destroy();
  return { trees, roles, outline, links, fonts };
}
