/** Text made safe for HTML element content and attribute values (both quoted with "). */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Link targets a reader can follow without loading anything: web pages, mail, phone, a place in this file. */
export function safeHref(url: string): string | undefined {
  const u = url.trim();
  if (/^(https?:\/\/|mailto:|tel:)/i.test(u) || u.startsWith("#")) return u;
  return undefined;
}

const BARE_URL = /\bhttps?:\/\/[^\s<>"]+/g;

/** Plain text from a plan, escaped, with bare web addresses kept as links. */
export function textWithLinks(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(BARE_URL)) {
    let url = m[0];
    const trail = /[.,;:!?)\]]+$/.exec(url);
    if (trail) url = url.slice(0, -trail[0].length);
    out += esc(text.slice(last, m.index)) + `<a href="${esc(url)}">${esc(url)}</a>`;
    last = m.index + url.length;
  }
  return out + esc(text.slice(last));
}

/** An id from the plan ("1.3", "skola-besök") as an HTML id: letters, digits and dashes kept, anything else spelled as _hex_, so two ids never meet. */
export function htmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}
