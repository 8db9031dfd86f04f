import type { Heading, List, ListItem, Paragraph, RootContent, Text } from "mdast";

/**
 * The mdast of a section written in the plainest Markdown — "#" headings,
 * paragraphs and tight "-" or "1." lists of plain words — built line by line,
 * exactly as micromark builds it (nodes, values, positions), at a fraction of
 * its cost: most sections of a long plan are this shape, and micromark was
 * most of the time spent reading one.
 *
 * Anything else — emphasis, links, code, HTML, tables, quotes, loose lists,
 * nested lists, indentation, tabs, entities, escapes, hard breaks, setext
 * headings — is not guessed at: the answer is `undefined` and micromark reads
 * the section. test/parse/plain-blocks.test.ts holds the two to the same tree
 * on generated sections. Pure.
 */
export function plainBlocks(text: string): RootContent[] | undefined {
  // characters that can begin inline markup or need micromark's handling of whitespace and controls
  if (/[\\`*_[\]<&~|\t\r\u0000-\u0009\u000b-\u001f\u007f]/.test(text)) return undefined;
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    lines.push({ text: raw, offset, line: lines.length + 1 });
    offset += raw.length + 1;
  }
  return new Reader(lines).blocks();
}

interface SourceLine {
  text: string;
  /** offset of the line's first character, in the section */
  offset: number;
  line: number;
}

type Point = { line: number; column: number; offset: number };
const at = (l: SourceLine, column: number): Point => ({ line: l.line, column, offset: l.offset + column - 1 });
const endOf = (l: SourceLine): Point => at(l, l.text.length + 1);

const HEADING = /^(#{1,6}) ([^#\s](?:[^#]*[^#\s])?)$/;
const BULLET = /^- (\S.*)$/;
const ORDERED = /^([0-9]{1,9})([.)]) (\S.*)$/;
// a line that is text wherever it stands: no block marker at its start, nothing to trim at its end
// (":" too: ":--" under a line is a GFM table's divider, pipes or not)
const MARKER_START = /^(?:[#>=+\-:]|[0-9]{1,9}[.)](?:\s|$))/;

const plainStart = (s: string) => s !== "" && s === s.trim() && !MARKER_START.test(s);

interface Item {
  kind: "-" | "." | ")";
  number?: number;
  /** the number as written ("01") */
  digits?: string;
  content: string;
  column: number;
}

function itemOf(s: string): Item | undefined {
  const b = BULLET.exec(s);
  if (b) return { kind: "-", content: b[1]!, column: 3 };
  const o = ORDERED.exec(s);
  if (o) return { kind: o[2] as "." | ")", number: Number(o[1]), digits: o[1]!, content: o[3]!, column: o[1]!.length + 3 };
  return undefined;
}

class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

class Reader {
  private i = 0;

  constructor(private readonly lines: SourceLine[]) {}

  blocks(): RootContent[] | undefined {
    const out: RootContent[] = [];
    try {
      while (this.i < this.lines.length) {
        const l = this.lines[this.i]!;
        if (l.text === "") {
          this.i++;
          continue;
        }
        const h = HEADING.exec(l.text);
        if (h) {
          out.push(this.heading(l, h[1]!.length, h[2]!));
          continue;
        }
        const item = itemOf(l.text);
        if (item) out.push(this.list(item));
        else if (plainStart(l.text)) out.push(this.paragraph(l, 1));
        else return undefined;
      }
    } catch (e) {
      if (e instanceof NotPlain) return undefined;
      throw e;
    }
    return out;
  }

  private heading(l: SourceLine, depth: number, content: string): Heading {
    this.i++;
    const text: Text = { type: "text", value: content, position: { start: at(l, depth + 2), end: endOf(l) } };
    return { type: "heading", depth: depth as Heading["depth"], children: [text], position: { start: at(l, 1), end: endOf(l) } };
  }

  /**
   * A paragraph from `first` (its text at `column`) over the lines that go on
   * with it: not blank, no heading and no list item that could break in.
   */
  private paragraph(first: SourceLine, column: number, inList = false): Paragraph {
    const values = [first.text.slice(column - 1)];
    if (!plainStart(values[0]!)) return notPlain();
    let last = first;
    this.i++;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.text === "" || HEADING.test(l.text)) break;
      const item = itemOf(l.text);
      // in a list, an item is the next one; outside, a "-" item or one numbered 1 begins a list,
      // and another number would be text going on
      if (item) {
        // (only "1" itself: "01." does not break in, micromark's rule)
        if (inList || item.kind === "-" || item.digits === "1") break;
        return notPlain();
      }
      // the indentation of a line going on is not text (spaces only: micromark's)
      const rest = l.text.replace(/^ +/, "");
      if (!plainStart(rest)) return notPlain();
      values.push(rest);
      last = l;
      this.i++;
    }
    const start = at(first, column);
    const text: Text = { type: "text", value: values.join("\n"), position: { start, end: endOf(last) } };
    return { type: "paragraph", children: [text], position: { start: { ...start }, end: endOf(last) } };
  }

  /** a tight list of one-paragraph items of one kind */
  private list(first: Item): List {
    const items: ListItem[] = [];
    const firstLine = this.lines[this.i]!;
    for (;;) {
      const l = this.lines[this.i]!;
      const item = itemOf(l.text)!;
      const paragraph = this.paragraph(l, item.column, true);
      items.push({ type: "listItem", spread: false, checked: null, children: [paragraph], position: { start: at(l, 1), end: { ...paragraph.position!.end } } });
      const next = this.lines[this.i];
      if (!next) break;
      if (next.text === "") {
        // a blank line ends the list, unless the list goes on after it (a loose list: micromark's)
        let k = this.i;
        while (k < this.lines.length && this.lines[k]!.text === "") k++;
        const after = this.lines[k];
        if (after && (after.text.startsWith(" ") || itemOf(after.text)?.kind === first.kind)) return notPlain();
        break;
      }
      if (HEADING.test(next.text)) break;
      const again = itemOf(next.text);
      if (!again || again.kind !== first.kind) return notPlain();
    }
    const end = items[items.length - 1]!.position!.end;
    return {
      type: "list",
      ordered: first.kind !== "-",
      start: first.kind === "-" ? null : first.number!,
      spread: false,
      children: items,
      position: { start: at(firstLine, 1), end: { ...end } },
    };
  }
}
