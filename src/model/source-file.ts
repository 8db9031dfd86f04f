/** A plan file as text, before any parsing: what read/ hands to parse/. */
export interface SourceFile {
  path: string;
  text: string;
  /** set when the bytes were not UTF-8 and were read as Windows-1252 */
  decodedAs?: "windows-1252";
  /** set when the file was UTF-16 (Excel's "Unicode text") */
  utf16?: "utf-16le" | "utf-16be";
  /** set when the reader already knows the format (a .docx is converted to Markdown) */
  format?: "markdown" | "loose" | "yaml";
}
