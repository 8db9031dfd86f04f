import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    exclude: ["test/.tmp/**", "node_modules/**"],
    // CLI tests run the built bin/plan: build it once from the current source.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    projects: [
      // everything but the browser: runs anywhere Node runs (`npx vitest run --project unit`)
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/.tmp/**", "node_modules/**", "test/browser/**"] } },
      // the HTML report in a real Chromium (/usr/bin/chromium); skipped with a message where it is missing, required in CI
      { extends: true, test: { name: "browser", include: ["test/browser/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
