import { spawn } from "node:child_process";
import { join } from "node:path";
import { inject } from "vitest";

export interface ServerProcess {
  /** http://host:port, without /graphql. */
  url: string;
  /** What the process logged so far (JSON lines). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A server in a process of its own, as a deployment runs several: the suite's build of
 * `src/main.ts` (test/support/global-setup.ts) with plain Node. Only `env` is passed, so the
 * developer's own DATABASE_URL or REDIS_URL cannot leak into it.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(inject("build"), "main.js")], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", SEED_ON_EMPTY: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 30 s:\n${output}`)), 30_000);
    const ready = () => {
      const match = /"msg":"platform ready"/.test(output) && /"url":"([^"]+)\/graphql"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on("data", ready);
    void exited.then(() => reject(new Error(`exited with ${child.exitCode}:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
