// npm run docs — writes docs/rules.md from the rules' metadata (by updating its file snapshot).
import { execFileSync } from "node:child_process";
execFileSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "test/lint/rules-doc.test.ts", "-u"], { stdio: "inherit" });
