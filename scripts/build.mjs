// Bundles the CLI with esbuild. Code splitting keeps `plan --version` light:
// each command (and remark, yaml, zod behind it) is its own chunk, loaded by
// `await import()` only when that command runs.
import { build } from "esbuild";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * zod re-exports all of its ~50 message locales as `z.locales`, which a
 * bundler cannot drop; they are most of the bundle and of start-up time.
 * plan words its own messages (src/i18n), so only English is kept.
 */
const zodEnglishOnly = {
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
const pdfkitUnusedParts = {
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
 * - a content stream keeps the operators it is given as strings and turns
 *   them into bytes once, when it is finalised, instead of one small array per
 *   operator (a page has thousands);
 * - text measured with OpenType features (plan's figures: tabular, no
 *   kerning) is laid out once per string and features object, as pdfkit
 *   already does for text without features; at most 20 000 strings are kept.
 */
const pdfkitHotPaths = {
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
    this.uncompressedLength += chunk.length;`,
        `  write(chunk) {
    if (!(chunk instanceof Uint8Array)) {
      chunk = chunk + '\\n';
    }
    this.uncompressedLength += chunk.length;`,
      );
      patch(
        `      this.buffer = concat(this.buffer);`,
        `      const parts = [];
      let strings = [];
      for (const part of this.buffer) {
        if (typeof part === 'string') {
          strings.push(part);
          continue;
        }
        if (strings.length) parts.push(fromBinaryString(strings.join('')));
        strings = [];
        parts.push(part);
      }
      if (strings.length) parts.push(fromBinaryString(strings.join('')));
      this.buffer = concat(parts);`,
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
      return { contents: src, loader: "js" };
    });
  },
};

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
const result = await build({
  entryPoints: ["src/cli/main.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Dependencies are bundled too: loading one file per chunk instead of
  // hundreds of small modules is what keeps start-up near bare Node.
  // pdfkit is its own chunk, imported only when a PDF is written.
  banner: { js: 'import { createRequire as __planCreateRequire } from "node:module"; const require = __planCreateRequire(import.meta.url);' },
  sourcemap: false,
  minify: process.env.PLAN_NO_MINIFY ? false : true,
  legalComments: "none",
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
  plugins: [zodEnglishOnly, pdfkitUnusedParts, pdfkitHotPaths],
  metafile: true,
});
// What each output file holds, so a test can prove what `plan --version` loads.
writeFileSync(new URL("../dist/meta.json", import.meta.url), JSON.stringify(result.metafile));

/**
 * The same program as one CommonJS script, dist/plan.cjs, which bin/plan runs
 * through `vm.Script` with V8's cached data (bin/code-cache.mjs): Node 20 has
 * no compile cache for ES modules, and compiling remark, yaml and zod is most
 * of a short command's time. A dynamic `import()` becomes a lazy module
 * initialiser, so a command still runs only the code it needs. The chunks
 * above stay the fallback (no plan.cjs, or `PLAN_CODE_CACHE=0`).
 */
await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/plan.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // import.meta does not exist in a script: the file's own URL, from the __filename it is given
  define: { "import.meta.url": "__planFileUrl" },
  banner: { js: 'var __planFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: false,
  minify: process.env.PLAN_NO_MINIFY ? false : true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [zodEnglishOnly, pdfkitUnusedParts, pdfkitHotPaths],
});
