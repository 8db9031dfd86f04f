import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/.tmp/**", "node_modules/**"],
    // CLI tests run the built bin/plan: build it once from the current source.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
  },
});
