import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: {
    // graphql@16 ships ESM and CJS builds without an exports map: Vite would pick the ESM one for
    // our sources while type-graphql requires the CJS one, and graphql refuses types from two
    // "realms". Node itself picks CJS for both, so the tests do the same.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/bench/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Decorator metadata must exist before any type-graphql class loads, whatever a test imports first.
    setupFiles: ["reflect-metadata"],
    // The JSON report lets CI print a plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test/.results/vitest.json" }]],
  },
});
