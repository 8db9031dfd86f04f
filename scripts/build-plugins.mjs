// esbuild plugins shared by the build (scripts/build.mjs) and the benchmark (bench/run.mjs),
// so the benchmark measures the code plan ships.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * zod re-exports all of its ~50 message locales as `z.locales`, which a
 * bundler cannot drop; they are most of the bundle and of start-up time.
 * plan words its own messages (src/i18n), so only English is kept.
 */
export const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${"node_modules"}/zod/`)
        ? { path: join(dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * pdfkit is bundled (one chunk loads faster than its ~40 modules), without
 * the parts a report never uses: AES encryption (@noble/ciphers) and the
 * WOFF2 decoder (brotli) — plan embeds TrueType fonts and never encrypts.
 * Calling either is a bug and says so.
 */
export const pdfkitUnusedParts = {
  name: "pdfkit-unused-parts",
  setup(b) {
    b.onResolve({ filter: /^(@noble\/ciphers\/aes(\.js)?|brotli\/decompress\.js)$/ }, (args) => ({ path: args.path, namespace: "unused" }));
    b.onLoad({ filter: /.*/, namespace: "unused" }, (args) => {
      const fail = `() => { throw new Error(${JSON.stringify(`${args.path} is left out of plan's build`)}); }`;
      return { contents: args.path.startsWith("brotli") ? `export default ${fail};` : `export const cbc = ${fail}; export const ecb = ${fail};` };
    });
  },
};

/**
 * Two of pdfkit's hot paths, made cheaper without changing a byte it writes
 * (each replacement must match exactly once, so a new pdfkit fails the build
 * instead of going unpatched):
 * - a stream writes what it is given straight into one growing Buffer of its
 *   own, instead of one small array per operator (a page has thousands, and
 *   they lived as long as the page: promoted to the old generation, they were
 *   most of the peak memory of a long report); strings become bytes through
 *   Buffer's latin1, the low byte of each character, as pdfkit's
 *   fromBinaryString does;
 * - text measured with OpenType features (plan's figures: tabular, no
 *   kerning) is laid out once per string and features object, as pdfkit
 *   already does for text without features; at most 20 000 strings are kept;
 * - an embedded font encodes (glyph ids, positions) and measures a string
 *   once: the glyphs it adds to the subset are added the first time, and the
 *   result of a string never changes after that;
 * - object writing, the document's own writes and the name tree's order: see
 *   the comments at each patch.
 */
export const pdfkitHotPaths = {
  name: "pdfkit-hot-paths",
  setup(b) {
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      let src = readFileSync(args.path, "utf8");
      const patch = (from, to) => {
        const at = src.indexOf(from);
        if (at < 0 || src.indexOf(from, at + 1) >= 0) throw new Error(`pdfkit-hot-paths: the code to patch is not there once in ${args.path}:\n${from}`);
        src = src.slice(0, at) + to + src.slice(at + from.length);
      };
      patch(
        `  write(chunk) {
    if (!(chunk instanceof Uint8Array)) {
      chunk = fromBinaryString(chunk + '\\n');
    }
    this.uncompressedLength += chunk.length;
    if (this.data.Length == null) {
      this.data.Length = 0;
    }
    this.buffer.push(chunk);
    this.data.Length += chunk.length;`,
        `  write(chunk) {
    const text = !(chunk instanceof Uint8Array);
    const n = text ? chunk.length + 1 : chunk.length;
    const at = this.planLength ?? 0;
    let bytes = this.planBytes;
    if (!bytes || at + n > bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(at + n, bytes ? bytes.length * 2 : 4096));
      if (bytes) bytes.copy(grown, 0, 0, at);
      this.planBytes = bytes = grown;
    }
    if (text) {
      bytes.latin1Write(chunk, at);
      bytes[at + n - 1] = 10;
    } else bytes.set(chunk, at);
    this.planLength = at + n;
    this.planWrites = (this.planWrites ?? 0) + 1;
    this.uncompressedLength += n;
    if (this.data.Length == null) {
      this.data.Length = 0;
    }
    this.data.Length += n;`,
      );
      patch(
        `    if (this.buffer.length) {
      this.buffer = concat(this.buffer);`,
        `    if (this.planWrites) {
      this.buffer = this.planBytes.subarray(0, this.planLength);
      this.planBytes = null;`,
      );
      patch(
        `  layout(text, features, onlyWidth) {
    if (features) {
      return this.layoutRun(text, features);
    }`,
        `  layout(text, features, onlyWidth) {
    if (features) {
      if (typeof features !== 'object') {
        return this.layoutRun(text, features);
      }
      this.featureLayoutCache ??= new WeakMap();
      let runs = this.featureLayoutCache.get(features);
      if (!runs || runs.size >= 20000) {
        runs = new Map();
        this.featureLayoutCache.set(features, runs);
      }
      let run = runs.get(text);
      if (!run) {
        run = this.layoutRun(text, features);
        runs.set(text, run);
      }
      return run;
    }`,
      );
      // an object's lines written at once (each _write adds its "\n"): one Buffer and one push
      // for a dictionary instead of three, the same bytes and offsets
      patch(
        `    this.document._write(\`\${this.id} \${this.gen} obj\`);
    this.document._write(PDFObject.convert(this.data, encryptFn));
    if (this.buffer.length) {
      this.document._write('stream');
      this.document._write(this.buffer);
      this.buffer = [];
      this.document._write('\\nendstream');
    }
    this.document._write('endobj');`,
        `    const head = \`\${this.id} \${this.gen} obj\\n\${PDFObject.convert(this.data, encryptFn)}\`;
    if (this.buffer.length) {
      this.document._write(\`\${head}\\nstream\`);
      this.document._write(this.buffer);
      this.buffer = [];
      this.document._write('\\nendstream\\nendobj');
    } else {
      this.document._write(\`\${head}\\nendobj\`);
    }`,
      );
      // the document's own writes as Buffers, made natively (the same low byte of each character
      // as fromBinaryString), so the stream need not copy each into a Buffer of its own
      patch(
        `  _write(data) {
    if (!(data instanceof Uint8Array)) {
      data = fromBinaryString(data + '\\n');
    }`,
        `  _write(data) {
    if (!(data instanceof Uint8Array)) {
      data = Buffer.from(data + '\\n', 'latin1');
    }`,
      );
      // an embedded font's encoding and width of a string, once per string (and features object)
      patch(
        `  encode(text, features) {
    const {`,
        `  planCache(kind, features) {
    this.planCaches ??= { encode: new WeakMap(), width: new WeakMap(), plain: { encode: new Map(), width: new Map() } };
    if (!features) {
      let m = this.planCaches.plain[kind];
      if (m.size >= 20000) m = this.planCaches.plain[kind] = new Map();
      return m;
    }
    if (typeof features !== 'object') return undefined;
    let m = this.planCaches[kind].get(features);
    if (!m || m.size >= 20000) {
      m = new Map();
      this.planCaches[kind].set(features, m);
    }
    return m;
  }
  encode(text, features) {
    const cache = this.planCache('encode', features);
    let hit = cache && cache.get(text);
    if (!hit) {
      hit = this.encodeUncached(text, features);
      if (cache) cache.set(text, hit);
    }
    return hit;
  }
  encodeUncached(text, features) {
    const {`,
      );
      patch(
        `  widthOfString(string, size, features) {
    const width = this.layout(string, features, true).advanceWidth;`,
        `  widthOfString(string, size, features) {
    const cache = this.planCache('width', features);
    let width = cache && cache.get(string);
    if (width === undefined) {
      width = this.layout(string, features, true).advanceWidth;
      if (cache) cache.set(string, width);
    }`,
      );
      // the named destinations' keys sorted without ICU's collator (set up on the first compare: a few
      // ms a report) when both are lowercase letters and digits, which plan's names ("s12") always are:
      // for those, code-unit order is localeCompare's (test/util/compare.test.ts)
      patch(
        `  _compareKeys(a, b) {
    return a.localeCompare(b);
  }`,
        `  _compareKeys(a, b) {
    if (/^[a-z0-9]*$/.test(a) && /^[a-z0-9]*$/.test(b)) return a < b ? -1 : a > b ? 1 : 0;
    return a.localeCompare(b);
  }`,
      );
      return { contents: src, loader: "js" };
    });
  },
};

/**
 * fontkit, unicode-properties and linebreak build their Unicode lookup tables
 * (compressed tries) when they are loaded: tens of milliseconds per PDF, though
 * fontkit's three are for shaping Arabic, Indic and other complex scripts, which
 * plan's fonts never do, and linebreak's is for pdfkit's line wrapping, which
 * plan does itself. Each table is made on its first lookup instead (they are only
 * ever read with .get); the same tables, so the same output.
 */
export const lazyUnicodeTries = {
  name: "lazy-unicode-tries",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/](fontkit|unicode-properties|linebreak)[\\/]dist[\\/]module\.mjs$/ }, (args) => {
      const src = readFileSync(args.path, "utf8");
      let n = 0;
      const out = src.replace(/^const (\$\w+\$var\$(?:trie|classTrie)) = (new (?:\(0, )?\$\w+\$unicodetrie\)?\(.*\));$/gm, (_, name, make) => {
        n++;
        return `const ${name} = $planLazyTrie(() => ${make});`;
      });
      const expected = args.path.includes("fontkit") ? 3 : 1;
      if (n !== expected) throw new Error(`lazy-unicode-tries: ${n} tables found in ${args.path}, not ${expected}`);
      const helper = "function $planLazyTrie(make) { let trie; return { get: (c) => (trie ??= make()).get(c) }; }\n";
      return { contents: helper + out, loader: "js", resolveDir: dirname(args.path) };
    });
  },
};
