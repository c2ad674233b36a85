import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";

const execFileAsync = promisify(execFile);

/**
 * Runs one of the project's entry points (`src/cli/import.ts`, `src/main.ts`) as production does:
 * the suite's build of it (test/support/global-setup.ts) with plain Node, in a single process.
 * Under tsx each run first transformed the sources, a second or more of CPU per run.
 */
export function runScript(script: string, args: string[] = [], options: { env?: NodeJS.ProcessEnv } = {}) {
  const built = join(inject("build"), script.replace(/^src\//, "").replace(/\.ts$/, ".js"));
  return execFileAsync(process.execPath, [built, ...args], { ...options, encoding: "utf8" });
}
