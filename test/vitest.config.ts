import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import LongestFirst from "./support/sequencer.js";

const require = createRequire(import.meta.url);

/** Parallel test workers: three on two cores, as the tests wait on databases and child processes a third of the time; TEST_FORKS overrides. */
const FORKS = Number(process.env.TEST_FORKS || 3);
if (!Number.isInteger(FORKS) || FORKS < 1) throw new Error(`Invalid TEST_FORKS=${JSON.stringify(process.env.TEST_FORKS)}: a whole number of workers, 1 or more`);

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
    // The longest files start first, so that none of them is the run's tail (test/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    pool: "forks",
    poolOptions: {
      forks: {
        // A worker keeps its imports between files: the server's modules, the built GraphQL schema
        // and PGlite's compiled WebAssembly load once per worker instead of once per file. Each
        // file still starts its own server on its own database (test/support/suite.ts).
        isolate: false,
        // One per core of the 2-core CI machine (vitest's default would be one in all). Without the
        // per-file start-up the files are mostly CPU (PGlite runs inside the worker); a third
        // worker on a busy machine starved the tests that wait for messages against a clock.
        maxForks: FORKS,
        // With fewer always kept, a file handed to a worker that tinypool is just ending for being
        // idle failed with "Terminating worker thread" (seen with the default minimum of one).
        minForks: FORKS,
      },
    },
    // Decorator metadata must exist before any type-graphql class loads, whatever a test imports first.
    setupFiles: ["reflect-metadata"],
    // Migrates once per run: every test database is a copy of the result.
    globalSetup: ["test/support/global-setup.ts"],
    // The JSON report lets CI print a plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test/.results/vitest.json" }]],
  },
});
