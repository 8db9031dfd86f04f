/** Pandoc/kramdown-style attributes at the end of an item: `{#skola-sfi owner="Skolgruppen" due=2024-06-30 .ung}`. */
export interface Attributes {
  id?: string;
  owner?: string;
  due?: string;
  /** when, as written: `when="Hele året"` */
  when?: string;
  /** the target phrase, when it is not in the title: `target="minst 20 nya"` (a table's target column) */
  target?: string;
  tags: string[];
  other: Record<string, string>;
}

const TRAILING = /\s*\{([#.][^{}]*|[^{}]*=[^{}]*)\}\s*$/;
const TOKEN = /#([\p{L}\p{N}_.:-]+)|\.([\p{L}\p{N}_-]+)|([\p{L}_][\p{L}\p{N}_-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/gu;

/** Splits trailing attributes off a line of text. */
export function splitAttributes(text: string): { text: string; attributes?: Attributes } {
  const m = TRAILING.exec(text);
  if (!m) return { text };
  const attributes: Attributes = { tags: [], other: {} };
  for (const t of m[1]!.matchAll(TOKEN)) {
    if (t[1]) attributes.id = t[1];
    else if (t[2]) attributes.tags.push(t[2]);
    else if (t[3]) {
      const value = t[4] ?? t[5] ?? t[6] ?? "";
      if (t[3] === "owner") attributes.owner = value;
      else if (t[3] === "due") attributes.due = value;
      else if (t[3] === "when") attributes.when = value;
      else if (t[3] === "target") attributes.target = value;
      else if (t[3] === "tags") attributes.tags.push(...value.split(/[,\s]+/).filter(Boolean));
      else attributes.other[t[3]] = value;
    }
  }
  return { text: text.slice(0, m.index).trimEnd(), attributes };
}
