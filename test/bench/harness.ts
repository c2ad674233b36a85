/** Shared parts of the benchmarks: the seeded database, server processes, the results file. */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, platform as osPlatform } from "node:os";
import { pathToFileURL } from "node:url";
import { Presets, SingleBar } from "cli-progress";
import { sql as sqlTag } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { seedDatabase } from "../../src/seed/index.js";

export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret!!";
const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.kill()));

export interface SeedShape {
  databaseUrl: string;
  customers: number;
  orders: number;
  lines: number;
  reuse?: boolean;
  /** The bench database's name (default cdp_bench): two people benchmarking on one server each take their own. */
  database?: string;
}

const DEFAULT_DATABASE = "cdp_bench";

export function benchUrl(adminUrl: string, database = DEFAULT_DATABASE): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Bench database name ${database} must be a plain lower-case identifier`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A bench database beside `databaseUrl`, seeded with the given shape (or kept with `reuse`). */
export async function prepareDatabase(options: SeedShape): Promise<string> {
  const name = options.database ?? DEFAULT_DATABASE;
  const url = benchUrl(options.databaseUrl, name);
  const admin = postgres(options.databaseUrl, { max: 1, onnotice: () => undefined });
  const exists = (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
  if (exists && options.reuse) {
    await admin.end();
    return url;
  }
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const handle = await openDatabase({ url });
  await runMigrations(handle);
  const bar = new SingleBar({ format: "seeding [{bar}] {percentage}% | {value}/{total} rows" }, Presets.shades_classic);
  let started = false;
  await seedDatabase(handle.db, {
    customers: options.customers,
    seed: 42,
    batchSize: 1000,
    shape: { ordersPerCustomer: options.orders, linesPerOrder: options.lines },
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  bar.stop();
  await handle.db.execute(sqlTag.raw("analyze"));
  await handle.close();
  return url;
}

/** Seconds of CPU (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // a backend that has gone away since it was listed
  }
}

/** Resident memory of a process in KiB (VmRSS in /proc/<pid>/status), 0 once it has gone. */
export function rssKiB(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Node flags that make a server count the statements it sends to PostgreSQL (count-statements.mjs,
 * reading the port from BENCH_PG_PORT); start it with `ipc` and read the count with statementsSent.
 */
export const COUNT_STATEMENTS = ["--import", pathToFileURL("test/bench/count-statements.mjs").href];

/** Statements a server started with COUNT_STATEMENTS and `ipc` has sent so far. */
export function statementsSent(pid: number): Promise<number> {
  const child = children.find((c) => c.pid === pid);
  if (!child?.connected) return Promise.reject(new Error(`process ${pid} was not started with an IPC channel`));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`process ${pid} did not report its statements`)), 5000);
    child.once("message", (message: { statements: number }) => {
      clearTimeout(timer);
      resolve(message.statements);
    });
    child.send("bench:statements");
  });
}

/** Spawns a server (resolving with its pid) once `probe` answers 200 (or rejects if the process dies); `ipc` opens a channel to it. */
export function start(command: string, args: string[], env: Record<string, string>, probe: string, probeBody?: string, ipc = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ipc ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"] });
    children.push(child);
    let output = "";
    // BENCH_SERVER_LOG keeps every server's output (e.g. with BENCH_NODE_ARGS="--trace-gc") in one file.
    const log = process.env.BENCH_SERVER_LOG ? createWriteStream(process.env.BENCH_SERVER_LOG, { flags: "a" }) : undefined;
    const keep = (chunk: Buffer) => {
      if (log) log.write(chunk);
      else output += chunk.toString();
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    child.on("exit", (code) => reject(new Error(`${command} exited with ${code}:\n${log ? `(its output is in ${process.env.BENCH_SERVER_LOG})` : output}`)));
    const poll = async () => {
      try {
        const response = await fetch(probe, probeBody ? { method: "POST", headers: { "content-type": "application/json" }, body: probeBody } : {});
        if (response.ok) return resolve(child.pid!);
      } catch {
        // not listening yet
      }
      setTimeout(poll, 250);
    };
    void poll();
  });
}


/**
 * PostGraphile v5 lives in its own package (test/bench/postgraphile) with its own lock file: it declares
 * Node >= 22, and in the main lock file it made every `npm ci` warn on the Node 20 the platform supports.
 * Installed from that lock file on first use, and again whenever the lock file changes.
 */
export function installPostGraphile(): string {
  const dir = "test/bench/postgraphile";
  const lock = createHash("sha256").update(readFileSync(`${dir}/package-lock.json`)).digest("hex");
  const stamp = `${dir}/node_modules/.installed-lock-sha256`;
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lock) {
    console.log(`installing PostGraphile from ${dir}/package-lock.json (it declares Node >= 22; on Node 20 its server polyfills what it needs)`);
    execFileSync("npm", ["ci", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
    writeFileSync(stamp, lock);
  }
  return `${dir}/server.mjs`;
}

/** Where the benchmarks build the server (`npm run build` into a folder of their own). */
const BUILT = "test/bench/.work/dist";
let built = false;

/**
 * Our server as its own process on the bench database, like in production: the production build
 * run by plain Node (tsx alone would add ~85 MB of RSS and its transform to every figure).
 * BENCH_NODE_ARGS adds node flags to it (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", which
 * NODE_OPTIONS refuses). `env` adds or overrides settings (the tracing bench's OTLP endpoint).
 */
export function startPlatform(databaseUrl: string, port: number, countStatements = false, env: Record<string, string> = {}): Promise<number> {
  if (!built) {
    execFileSync(process.execPath, ["scripts/build.mjs", "--out-dir", BUILT], { stdio: "ignore" });
    built = true;
  }
  return start(
    process.execPath,
    [...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []), ...(countStatements ? COUNT_STATEMENTS : []), `${BUILT}/main.js`],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      JWT_SECRET: BENCH_SECRET,
      LOG_LEVEL: "warn",
      SEED_ON_EMPTY: "false",
      // One bench token stands for thousands of dashboards and customers: the per-user socket and
      // subscription caps would measure themselves, not the delivery path.
      MAX_WS_CONNECTIONS_PER_USER: "10000",
      MAX_SUBSCRIPTIONS_PER_CONNECTION: "10000",
      MAX_SUBSCRIPTIONS_PER_USER: "100000",
      ...env,
    },
    `http://127.0.0.1:${port}/readyz`,
    undefined,
    countStatements,
  );
}

export async function machineDescription(databaseUrl: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1 });
  const [{ version }] = (await sql`select current_setting('server_version') as version`) as unknown as [{ version: string }];
  await sql.end();
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osPlatform()} ${release()}, Node ${process.version}, PostgreSQL ${version}, load average ${loadavg()[0]!.toFixed(1)} at the end of the run (the machine is shared)`;
}

/** A new, migrated database of this name on the server of `adminUrl` (an old one is dropped), opened, with its URL. */
export async function freshDatabase(adminUrl: string, name: string) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await runMigrations(handle);
  return { handle, url: url.toString() };
}

const RESULTS = "test/bench/RESULTS.md";

/** Replaces one benchmark's section of RESULTS.md, keeping the others' latest figures. */
export function writeResultsSection(name: string, markdown: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmark results\n";
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, next.endsWith("\n") ? next : `${next}\n`);
}

/**
 * The environment of the server the activation benches start: the queue on, the outbox polled
 * often, webhook retries short and many, nothing seeded. `extra` adds or overrides.
 */
export function activationServerEnv(url: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: url,
    JWT_SECRET: BENCH_SECRET,
    SEED_ON_EMPTY: "false",
    LOG_LEVEL: "warn",
    JOB_QUEUE: "true",
    OUTBOX_POLL_MS: "200",
    WEBHOOK_TIMEOUT_MS: "2000",
    ...extra,
  };
}

