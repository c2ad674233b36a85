import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createTestDatabase, databaseKinds, migratedDataDir, type TestDatabase } from "../support/database.js";

/** Every process below `pid`, from /proc (ppid is the 4th field of /proc/<pid>/stat). */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parentOf) if (ppid === parent) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves with the first match of `pattern` in the process's output so far and from now on. */
function waitForOutput(child: ChildProcess, output: { text: string }, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} after ${ms} ms in:\n${output.text}`)), ms);
    const check = () => {
      const match = pattern.exec(output.text);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off("data", check);
        resolve(match);
      }
    };
    child.stdout!.on("data", check);
    check();
  });
}

describe.each(databaseKinds())("npm start and SIGTERM [%s]", (kind) => {
  let npm: ChildProcess | undefined;
  let started: number[] = [];
  let database: TestDatabase | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "cdp-shutdown-"));

  afterEach(async () => {
    // Whatever the outcome, nothing this test started keeps running.
    const pids = npm?.pid ? [npm.pid, ...descendants(npm.pid), ...started] : started;
    for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stops the server itself (no orphan keeps the port), closes sockets with 1001, and its demo tokens work until then", { timeout: 120_000 }, async () => {
    database = kind === "postgres" ? await createTestDatabase("postgres") : undefined;
    // Migrated already: migrating from nothing is the banner test's (start-banner.test.ts), this one is about stopping.
    if (kind === "pglite") await migratedDataDir(dataDir);
    const output = { text: "" };
    npm = spawn("npm", ["start", "--silent"], {
      cwd: join(import.meta.dirname, "../.."),
      env: { ...process.env, NODE_ENV: "development", HOST: "127.0.0.1", PORT: "0", DATA_DIR: dataDir, SEED_CUSTOMERS: "5", LOG_LEVEL: "info", JWT_SECRET: "", ...(database?.url ? { DATABASE_URL: database.url } : { DATABASE_URL: "" }) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    npm.stdout!.on("data", (chunk) => (output.text += String(chunk)));
    npm.stderr!.on("data", (chunk) => (output.text += String(chunk)));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => npm!.once("exit", (code, signal) => resolve({ code, signal })));

    const [, url] = await waitForOutput(npm, output, /Customer-data platform at (http:\/\/[^/\s]+)\/graphql/, 90_000);
    const [, admin] = await waitForOutput(npm, output, /ADMIN .*\n\s+(eyJ[\w-]+\.[\w-]+\.[\w-]+)/, 5_000);

    // The printed demo token is accepted.
    const answer = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: "{ customers { totalCount } }" }) });
    const body = (await answer.json()) as { data?: { customers: { totalCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.customers.totalCount).toBeGreaterThan(0);

    // A live dashboard connection at shutdown.
    const socket = new WebSocket(`${url!.replace("http", "ws")}/graphql`, "graphql-transport-ws");
    const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on("close", (code, reason) => resolve({ code, reason: String(reason) })));
    await new Promise<void>((resolve, reject) => {
      socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${admin}` } })));
      socket.on("message", (data) => {
        if (JSON.parse(String(data)).type !== "connection_ack") return;
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { deliveryFeed { cursor } }" } }));
        resolve();
      });
      socket.on("error", reject);
    });
    const processes = (started = descendants(npm.pid!));
    expect(processes.length).toBeGreaterThan(0);

    npm.kill("SIGTERM");
    const within = <T>(promise: Promise<T>, what: string) =>
      Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within 15 s`)), 15_000))]);
    expect(await within(closed, "the socket's close")).toEqual({ code: 1001, reason: "Server shutting down" });
    // npm waits for the script, then ends itself with the signal it forwarded.
    expect([{ code: 0, signal: null }, { code: null, signal: "SIGTERM" }]).toContainEqual(await within(exited, "npm's exit"));
    // The server went with npm: nothing of it runs, nothing answers on its port.
    await expect.poll(() => processes.filter(alive), { timeout: 10_000 }).toEqual([]);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
