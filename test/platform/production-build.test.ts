import { execFileSync, spawn, type ChildProcessByStdio } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenService } from "../../src/auth/tokens.js";
import { loadConfig } from "../../src/config.js";
import { TEST_SECRET } from "../support/server.js";

const root = join(import.meta.dirname, "..", "..");

/** Every file under a folder, relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * The deployment path: `npm run build` writes plain JavaScript to dist/, and `npm run start:prod`
 * serves it with Node alone — migrations, the live map's static files and signals included.
 */
describe("npm run build, then npm run start:prod", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cdp-prod-"));
  let child: ChildProcessByStdio<null, Readable, Readable>;
  let stdout = "";
  let url: string;

  beforeAll(async () => {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "ignore" });
    child = spawn("npm", ["run", "--silent", "start:prod"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "info", JWT_SECRET: TEST_SECRET, METRICS_TOKEN: "metrics-token-for-the-build-test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready within 60 s:\n${stdout}`)), 60_000);
      child.stdout.on("data", () => {
        const ready = /"msg":"platform ready"/.test(stdout) && /"url":"([^"]+)"/.exec(stdout);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]!);
        }
      });
      child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${stdout}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("builds JavaScript only, with the migrations and the dashboard's files beside it", () => {
    const built = filesUnder(join(root, "dist"));
    expect(built.filter((file) => file.endsWith(".ts"))).toEqual([]);
    expect(built).toContain("main.js");
    expect(built).toContain("dashboard/index.html");
    expect(existsSync(join(root, "dist", "drizzle", "meta", "_journal.json"))).toBe(true);
    const migrations = readdirSync(join(root, "drizzle")).filter((file) => file.endsWith(".sql"));
    expect(built.filter((file) => file.startsWith("drizzle/") && file.endsWith(".sql"))).toEqual(migrations.map((file) => `drizzle/${file}`));
  });

  it("migrates an empty database and answers GraphQL and the live map with plain Node", async () => {
    const tokens = createTokenService(loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_SECRET }).jwt);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokens.sign({ role: "ADMIN", sub: "ops" })}` },
      body: JSON.stringify({ query: "{ customers(first: 1) { totalCount } products(first: 1) { totalCount } }" }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ customers: { totalCount: 0 }, products: { totalCount: 0 } });
    const map = await fetch(url.replace(/\/graphql$/, "/dashboard/"));
    expect(map.status).toBe(200);
    expect(await map.text()).toContain("<html");
    // Node itself, not a TypeScript loader, runs the server.
    expect(stdout).not.toContain("tsx");
  });

  it("passes SIGTERM sent to npm on to the server, which shuts down and leaves nothing listening", { timeout: 30_000 }, async () => {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    await exited;
    // npm ends by the signal it forwarded; the server, left running were it not forwarded, drains and stops.
    let listening = true;
    for (let i = 0; i < 150 && listening; i++) {
      listening = await fetch(url.replace(/\/graphql$/, "/healthz")).then(() => true, () => false);
      if (listening) await new Promise((r) => setTimeout(r, 100));
    }
    expect(listening).toBe(false);
  });
});
