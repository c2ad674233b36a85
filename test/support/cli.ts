import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/**
 * Runs one of the project's TypeScript entry points with tsx, as the npm scripts do, in a single
 * Node process: `npx tsx` starts npm and then tsx's own child process first, seconds per run on a
 * busy machine.
 */
export function runScript(script: string, args: string[] = [], options: { env?: NodeJS.ProcessEnv } = {}) {
  return execFileAsync(process.execPath, ["--import", "tsx", script, ...args], { ...options, encoding: "utf8" });
}
