// Runs the bundled stages script (bench/.out/stages.cjs, built by bench/run.mjs)
// the way bin/plan runs dist/plan.cjs: through V8's code cache.
import { fileURLToPath } from "node:url";
import { loadCached } from "../bin/code-cache.mjs";

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true }; // as bin/plan
const file = fileURLToPath(new URL(".out/stages.cjs", import.meta.url));
const { exports, done } = loadCached(file, `bench-${(process.argv[4] ?? "md,pdf").replace(/,/g, "-")}`, "bench");
process.exitCode = await exports.run(process.argv.slice(2));
done();
