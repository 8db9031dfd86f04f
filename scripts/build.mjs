// Bundles the CLI with esbuild. Code splitting keeps `plan --version` light:
// each command (and remark, yaml, zod behind it) is its own chunk, loaded by
// `await import()` only when that command runs.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { lazyUnicodeTries, pdfkitHotPaths, pdfkitUnusedParts, zodEnglishOnly } from "./build-plugins.mjs";

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
  plugins: [zodEnglishOnly, pdfkitUnusedParts, pdfkitHotPaths, lazyUnicodeTries],
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
  plugins: [zodEnglishOnly, pdfkitUnusedParts, pdfkitHotPaths, lazyUnicodeTries],
});
