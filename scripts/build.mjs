// Bundles the CLI with esbuild. Code splitting keeps `plan --version` light:
// each command (and remark, yaml, zod behind it) is its own chunk, loaded by
// `await import()` only when that command runs.
import { build } from "esbuild";
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ["src/cli/main.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: false,
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
});
