import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { InputError } from "../errors.js";
import { readFlatYaml, setOwn, type FlatRead } from "./flat-yaml.js";

export type Path = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
}

export interface YamlValue {
  value: unknown;
  /** The position of the node at `path`, or of its nearest ancestor that has one. */
  locate(path: Path): Position;
  /** a number's text as written ("1.000" — the value alone says 1), when the reader knows it */
  sourceText?(path: Path): string | undefined;
  /** the text of a line (1-based), for messages that look at how something was written */
  lineText?(line: number): string | undefined;
}

const keyOf = (path: Path) => path.join("\u0000");

/** yaml's first complaint about the text, as the person's error: the line, and what to do. */
function syntaxError(error: { code: unknown; message: string }, file: string, pos: Position): InputError {
  const duplicate = (error.code as string) === "DUPLICATE_KEY";
  return new InputError(
    duplicate ? "yaml.duplicateKey" : "yaml.syntax",
    { detail: error.message.split("\n")[0] ?? "" },
    { file, ...pos },
    { messageId: duplicate ? "hint.duplicateKey" : "hint.yamlSyntax" },
  );
}

/**
 * Parses YAML text into plain data and remembers where every node came from.
 *
 * Map keys keep their source text ("1.10" stays "1.10", not the float 1.1),
 * because activity ids such as 1.10 are written unquoted. Aliases are refused:
 * nobody writes them in a plan by hand, and refusing them closes the door on
 * alias bombs. Text in the plain shape outcomes files have is read by
 * flat-yaml.ts, to the same result; the rest by the yaml library.
 */
export function parseYamlValue(text: string, file: string): YamlValue {
  const read = readFlatYaml(text);
  return read ? located(read, lineStarts(text), text) : parseYamlValueWithLibrary(text, file);
}

/** parseYamlValue through the yaml library alone (what the plain-shape reader is held to) */
export function parseYamlValueWithLibrary(text: string, file: string): YamlValue {
  const lineCounter = new LineCounter();
  return located(readWithLibrary(text, file, lineCounter), lineCounter, text);
}

/** the read value, with positions made a line and column only when asked */
function located(read: FlatRead, lines: LineCounter, text: string): YamlValue {
  const { value, offsets, sources } = read;
  return {
    value,
    sourceText: (path) => sources.get(keyOf(path)),
    lineText: (line) => (line >= 1 && line <= lines.lineStarts.length ? text.slice(lines.lineStarts[line - 1], (lines.lineStarts[line] ?? text.length + 1) - 1) : undefined),
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const found = offsets.get(keyOf(path.slice(0, n)));
        if (found !== undefined) {
          const p = lines.linePos(found);
          return { line: p.line, column: p.col };
        }
      }
      return { line: 1, column: 1 };
    },
  };
}

/** the library's LineCounter, filled from the text: the same lines and columns as when the library reads it */
function lineStarts(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function readWithLibrary(text: string, file: string, lineCounter: LineCounter): FlatRead {
  // Duplicate keys are found below, by the keys as written ("1.1" and "1.10"
  // are two keys) and in linear time; yaml's own check compares all pairs.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const toPosition = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const firstError = doc.errors[0];
  if (firstError) throw syntaxError(firstError, file, toPosition(firstError.pos[0]));

  // where each node starts, as an offset, by its path's key
  const offsets = new Map<string, number>();
  const sources = new Map<string, string>();
  const convert = (node: unknown, path: Path, pathKey: string): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const at = node.range ? toPosition(node.range[0]) : { line: 1, column: 1 };
      throw new InputError("yaml.alias", {}, { file, ...at }, { messageId: "hint.yamlAlias" });
    }
    const n = node as Node;
    if (n.range) offsets.set(pathKey, n.range[0]);
    if (isScalar(n)) {
      if (typeof n.value === "number" && typeof n.source === "string") sources.set(pathKey, n.source);
      return n.value;
    }
    if (isSeq(n)) {
      return n.items.map((item, i) => {
        const p = [...path, i];
        return convert(item, p, keyOf(p));
      });
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const key = isScalar(k) ? String(k.source ?? k.value ?? "") : String(k);
        if (Object.hasOwn(out, key)) {
          const at = isScalar(k) && k.range ? toPosition(k.range[0]) : { line: 1, column: 1 };
          throw new InputError("yaml.duplicateKey", { detail: key }, { file, ...at }, { messageId: "hint.duplicateKey" });
        }
        const p = [...path, key];
        const pk = keyOf(p);
        setOwn(out, key, convert(pair.value, p, pk));
        // A key position wins over its value's: errors point at the key line.
        if (isScalar(k) && k.range) offsets.set(pk, k.range[0]);
      }
      return out;
    }
    return null;
  };
  const value = convert(doc.contents, [], keyOf([]));
  return { value, offsets, sources };
}
