import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { InputError } from "../errors.js";
import { checkZipLimits } from "./zip-limits.js";

/** A .docx is a zip file whose first entry is named like "[Content_Types].xml" or "word/…". */
export function isDocx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A Word document → Markdown text: mammoth turns Word styles into HTML
 * (Heading 1 → h1, lists → ul/ol, bold → strong), rehype-remark turns that
 * into the same mdast the Markdown reader uses, and remark-stringify writes it.
 * Loaded only when a .docx is read.
 */
export async function docxToMarkdown(bytes: Uint8Array, path: string): Promise<string> {
  checkZipLimits(bytes, path);
  const [{ default: mammoth }, { unified }, { default: rehypeParse }, { default: rehypeRemark }, { default: remarkGfm }, { default: remarkStringify }] =
    await Promise.all([
      import("mammoth"),
      import("unified"),
      import("rehype-parse"),
      import("rehype-remark"),
      import("remark-gfm"),
      import("remark-stringify"),
    ]);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch {
    throw new InputError("file.badDocx", {}, { file: path }, { messageId: "hint.saveAsDocx" });
  }
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", rule: "-" });
  const mdast = (await processor.run(processor.parse(html) as HastRoot)) as MdastRoot;
  return processor.stringify(mdast);
}
