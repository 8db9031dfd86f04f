/**
 * A reader for the plain shape outcomes files are written in — maps indented
 * by spaces, one entry per line, numbers, plain or quoted words, one-line
 * `{…}` and `[…]` lists, `|` blocks and comments — that gives exactly what the
 * yaml library gives for it (value, where each entry starts, numbers as
 * written), in a fraction of the time: a federation's 10 000 outcomes took
 * most of a second through the library.
 *
 * Anything outside that shape — anchors, tags, sequences in sequences, folded
 * or multi-line scalars, escapes, tabs, CR, no-break and other Unicode spaces
 * (JavaScript trims them, YAML does not), words YAML reads as null or yes/no,
 * numbers in other forms, a key written twice — is not guessed at: the reader
 * answers `undefined` and the caller reads the text with the library, which
 * also gives the messages for text that is wrong. test/yaml/flat-yaml.test.ts
 * holds the two to the same result on generated documents. Pure.
 */

export interface FlatRead {
  value: unknown;
  /** where the node at each path starts, keyed by the path joined with U+0000 (a map entry: its key) */
  offsets: Map<string, number>;
  /** numbers' text as written, by path key */
  sources: Map<string, string>;
}

/** not read here: undefined is "ask the library" */
class NotFlat extends Error {}
const notFlat = (): never => {
  throw new NotFlat();
};

const SEP = "\u0000";
// a plain key: an id, a word ("actual", "område"), a number ("1.10")
const PLAIN_KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-/]*$/u;
// the core schema's scalars that are not strings (yaml's own tests, widened: anything like them)
const NOT_A_WORD = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|)$/;
const NUMBERISH = /^[-+.]?[0-9][0-9a-zA-Z._+-]*$|^[-+]?\.[0-9]/;
// numbers in the one form whose value the library and Number() agree on (no -0, at most 15 digits)
const INT = /^(?:0|-?[1-9][0-9]{0,14})$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
// a plain word may not start with an indicator, and no ": " or " #" inside (checked apart)
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

interface Line {
  indent: number;
  /** offset of the first character after the indentation */
  at: number;
  text: string;
  /** offset of the line's first character */
  start: number;
}

export function readFlatYaml(text: string): FlatRead | undefined {
  // CR, tabs and controls; the spaces JavaScript trims and YAML does not (no-break, em, ideographic …);
  // line and paragraph separators, BOM, and astral characters: all left to the library
  if (/[\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\ud800-\udfff]/.test(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (e) {
    if (e instanceof NotFlat) return undefined;
    throw e;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  private i = 0;
  readonly offsets = new Map<string, number>();
  readonly sources = new Map<string, string>();

  constructor(text: string) {
    let start = 0;
    for (const raw of text.split("\n")) {
      const indent = raw.length - raw.trimStart().length;
      this.lines.push({ indent, at: start + indent, text: raw, start });
      start += raw.length + 1;
    }
  }

  read(): FlatRead {
    this.skipBlank();
    const first = this.lines[this.i];
    if (!first || first.indent !== 0) return notFlat();
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(first.text) || first.text.startsWith("%")) return notFlat();
    this.offsets.set("", first.at);
    const value = this.map(0, "");
    this.skipBlank();
    if (this.i < this.lines.length) return notFlat();
    return { value, offsets: this.offsets, sources: this.sources };
  }

  /** past blank lines and whole-line comments */
  private skipBlank(): void {
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      const rest = l.text.slice(l.indent);
      if (rest !== "" && !rest.startsWith("#")) return;
      this.i++;
    }
  }

  /** the entries of a block map whose keys stand at `indent` */
  private map(indent: number, pathKey: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.skipBlank();
      const l = this.lines[this.i];
      if (!l || l.indent < indent) return out;
      if (l.indent > indent) return notFlat();
      this.i++;
      const body = l.text.slice(l.indent);
      const [key, afterKey] = this.key(body);
      if (afterKey >= body.length || body[afterKey] !== ":") return notFlat();
      const rest = body.slice(afterKey + 1);
      if (rest !== "" && rest[0] !== " ") return notFlat();
      if (Object.hasOwn(out, key)) return notFlat();
      const pk = join(pathKey, key);
      const value = this.value(rest, l.at + afterKey + 1, indent, pk);
      setOwn(out, key, value);
      this.offsets.set(pk, l.at);
    }
  }

  /** the items of a block sequence whose "-" stand at `indent`: scalars, one-line lists, or maps */
  private seq(indent: number, pk: string): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      this.skipBlank();
      const l = this.lines[this.i];
      if (!l || l.indent < indent || !isItem(l)) return out;
      if (l.indent > indent) return notFlat();
      const body = l.text.slice(l.indent + 1);
      const lead = body.length - body.trimStart().length;
      if (body.trim() === "" || body.trimStart().startsWith("-")) return notFlat();
      const col = l.indent + 1 + lead;
      const k = join(pk, String(out.length));
      this.offsets.set(k, l.start + col);
      if (STARTS_WITH_KEY.test(body.slice(lead))) {
        // "- key: value": a map whose keys stand where this one does; the "-" counts as indentation
        this.lines[this.i] = { indent: col, at: l.start + col, text: " ".repeat(col) + body.slice(lead), start: l.start };
        out.push(this.map(col, k));
      } else {
        this.i++;
        out.push(this.afterScalar(this.inline(stripComment(body.slice(lead)), l.start + col, k, false), indent));
      }
    }
  }

  /** a key at the start of `s`: the key and where the text after it begins */
  private key(s: string): [string, number] {
    const q = s[0];
    if (q === '"' || q === "'") {
      const end = s.indexOf(q, 1);
      if (end < 0) return notFlat();
      const inner = s.slice(1, end);
      // the library takes no implicit key over 1024 characters, quotes and all
      if (inner.includes("\\") || inner === "" || inner.length > 1000) return notFlat();
      return [inner, end + 1];
    }
    const colon = s.indexOf(":");
    const key = colon < 0 ? s : s.slice(0, colon);
    // the key is kept as written, so "1.10" or "true" is a key like any other
    if (key.length > 1000 || !PLAIN_KEY.test(key)) return notFlat();
    return [key, key.length];
  }

  /** the value after "key:" (`rest` starts at `at`) */
  private value(rest: string, at: number, indent: number, pk: string): unknown {
    const lead = rest.length - rest.trimStart().length;
    const body = stripComment(rest.slice(lead));
    const start = at + lead;
    if (body === "") {
      // nothing on the line: a map below, more indented, or nothing at all (null)
      this.skipBlank();
      const next = this.lines[this.i];
      if (next && isItem(next) && next.indent >= indent) return this.seq(next.indent, pk);
      if (next && next.indent > indent) return this.map(next.indent, pk);
      return null;
    }
    if (body === "|") return this.literal(indent);
    return this.afterScalar(this.inline(body, start, pk, false), indent);
  }

  /** a scalar on its line may not go on over the next (a multi-line plain scalar) */
  private afterScalar(value: unknown, indent: number): unknown {
    const save = this.i;
    this.skipBlank();
    const next = this.lines[this.i];
    if (next && next.indent > indent) return notFlat();
    this.i = save;
    return value;
  }

  /** a scalar, `{…}` or `[…]` written on one line */
  private inline(s: string, at: number, pk: string, inFlow: boolean): unknown {
    if (s.startsWith("{")) return inFlow ? notFlat() : this.flowMap(s, at, pk);
    if (s.startsWith("[")) return inFlow ? notFlat() : this.flowSeq(s, at, pk);
    return this.scalar(s, pk, inFlow);
  }

  private scalar(s: string, pk: string, inFlow: boolean): unknown {
    const q = s[0];
    if (q === '"' || q === "'") {
      if (s.length < 2 || s[s.length - 1] !== q) return notFlat();
      const inner = s.slice(1, -1);
      if (inner.includes(q) || inner.includes("\\")) return notFlat();
      return inner;
    }
    // "-" begins a plain word only before a figure ("-5"); otherwise it is an indicator
    if ((INDICATOR.test(s) && !/^-[0-9]/.test(s)) || s.includes(": ") || s.endsWith(":") || s.includes(" #") || s !== s.trim()) return notFlat();
    if (inFlow && /[,[\]{}]/.test(s)) return notFlat();
    if (NOT_A_WORD.test(s)) return notFlat();
    if (NUMBERISH.test(s)) {
      if (!INT.test(s) && !DECIMAL.test(s)) return notFlat();
      this.sources.set(pk, s);
      return Number(s);
    }
    return s;
  }

  /** `{key: value, …}` on one line */
  private flowMap(s: string, at: number, pk: string): Record<string, unknown> {
    if (!s.endsWith("}")) return notFlat();
    const out: Record<string, unknown> = {};
    for (const [part, off] of this.parts(s, at)) {
      const [key, afterKey] = this.key(part);
      if (part[afterKey] !== ":" || (afterKey + 1 < part.length && part[afterKey + 1] !== " ")) return notFlat();
      if (Object.hasOwn(out, key)) return notFlat();
      const raw = part.slice(afterKey + 1);
      const lead = raw.length - raw.trimStart().length;
      const k = join(pk, key);
      const value = raw.trim() === "" ? notFlat() : this.inline(raw.trim(), off + afterKey + 1 + lead, k, true);
      setOwn(out, key, value);
      this.offsets.set(k, off);
    }
    return out;
  }

  /** `[value, …]` on one line */
  private flowSeq(s: string, at: number, pk: string): unknown[] {
    if (!s.endsWith("]")) return notFlat();
    return this.parts(s, at).map(([part, off], n) => {
      const k = join(pk, String(n));
      const value = this.inline(part, off, k, true);
      this.offsets.set(k, off);
      return value;
    });
  }

  /** the comma-separated parts inside brackets, trimmed, with their offsets (a comma in quotes is text) */
  private parts(s: string, at: number): Array<[string, number]> {
    const inner = s.slice(1, -1);
    if (inner.trim() === "") return [];
    const out: Array<[string, number]> = [];
    const push = (from: number, to: number) => {
      const piece = inner.slice(from, to);
      const part = piece.trim();
      if (part === "") return notFlat();
      out.push([part, at + 1 + from + (piece.length - piece.trimStart().length)]);
    };
    let from = 0;
    let quote = "";
    for (let k = 0; k < inner.length; k++) {
      const c = inner[k]!;
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ",") {
        push(from, k);
        from = k + 1;
      }
    }
    if (quote) return notFlat();
    push(from, inner.length);
    return out;
  }

  /** a `|` block: its lines, less their indentation, with one line break at the end (YAML's "clip") */
  private literal(indent: number): string {
    const content: string[] = [];
    let own = -1;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      const blank = l.text.trim() === "";
      if (blank) {
        if (own < 0 && l.text.length > 0) return notFlat();
        if (own >= 0 && l.text.length > own) return notFlat();
        content.push("");
        this.i++;
        continue;
      }
      if (own < 0) {
        if (l.indent <= indent) break;
        own = l.indent;
      }
      if (l.indent < own) break;
      content.push(l.text.slice(own));
      this.i++;
    }
    // trailing blank lines belong to what follows
    while (content.length && content[content.length - 1] === "") {
      content.pop();
      this.i--;
    }
    // a block with no text (the outcomes template's "summary: |"): the empty string
    if (own < 0) return "";
    // the yaml library ends the text with a line break even where the file has none
    return `${content.join("\n")}\n`;
  }
}

// "- key: value": the item's text begins with a key (quoted, or a plain one as above)
const STARTS_WITH_KEY = new RegExp(`^(?:"[^"\\\\]*"|'[^']*'|${PLAIN_KEY.source.slice(1, -1)}):(?: |$)`, "u");
const isItem = (l: Line) => l.text[l.indent] === "-" && (l.text.length === l.indent + 1 || l.text[l.indent + 1] === " ");
/** a key of the map's own, "__proto__" too (as the library's reader sets them) */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

const join = (pathKey: string, key: string) => (pathKey === "" ? key : `${pathKey}${SEP}${key}`);

/** a value without its trailing comment (" #…") and spaces; quotes are checked by the scalar */
function stripComment(s: string): string {
  if (s.startsWith("#")) return "";
  const quoted = s[0] === '"' || s[0] === "'" ? s.indexOf(s[0], 1) : 0;
  const hash = s.indexOf(" #", Math.max(0, quoted));
  return (hash < 0 ? s : s.slice(0, hash)).trimEnd();
}
