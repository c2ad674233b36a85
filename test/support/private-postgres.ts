import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const hasTools = (dir: string) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"));

/**
 * Where initdb and pg_ctl live: PG_BIN, or Debian's /usr/lib/postgresql/<version>/bin. Absent on
 * machines without a PostgreSQL installation, where the tests that need it are skipped; CI sets
 * PG_BIN (.ci/run), and a PG_BIN without the tools fails those tests instead of skipping them.
 */
export const postgresBinaries: string | undefined = (() => {
  const given = process.env.PG_BIN;
  if (given) {
    if (!hasTools(given)) throw new Error(`PG_BIN=${given} holds no initdb and pg_ctl`);
    return given;
  }
  return ["17", "16", "15", "14"].map((v) => `/usr/lib/postgresql/${v}/bin`).find(hasTools);
})();

/** For a describe title: why the tests of a private cluster did not run here. */
export const privatePostgresNote = postgresBinaries ? "private cluster" : "SKIPPED: no initdb/pg_ctl here; set PG_BIN";

/** A PostgreSQL cluster of the test's own, so that the test may stop and restart it. */
export interface PrivatePostgres {
  /** Superuser URL of its `postgres` database (trust auth over 127.0.0.1). */
  url: string;
  port: number;
  /** The `-c` settings it runs with, beyond the test defaults (a standby made from it gets them too). */
  settings: string[];
  stop(): Promise<void>;
  start(): Promise<void>;
  /** `pg_ctl restart -m fast`: every connection is terminated, as in a real restart. */
  restart(): Promise<void>;
  /** Stops it (immediate) and removes its directory. */
  teardown(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * initdb refuses to run as root (CI runs tests as root): there the cluster belongs to the
 * `postgres` OS user, in a directory it owns.
 */
async function asClusterOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** Whether a standby can be made here (`startStandby`): pg_basebackup beside initdb. */
export const canMakeStandby = Boolean(postgresBinaries && existsSync(join(postgresBinaries, "pg_basebackup")));

/**
 * `settings`: extra `-c name=value` settings (e.g. shared_preload_libraries=pg_stat_statements).
 * Every cluster can be a streaming primary: PostgreSQL's defaults (wal_level=replica,
 * max_wal_senders=10) and initdb's trust rules for replication over 127.0.0.1 suffice.
 */
export async function startPrivatePostgres(settings: string[] = []): Promise<PrivatePostgres> {
  return launch(settings, async (exec, data) => void (await exec("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"])));
}

/**
 * A hot standby of `primary`, streaming from it: `pg_basebackup -R` (which writes
 * standby.signal and primary_conninfo) into a directory of its own, started on a port of its own.
 */
export async function startStandby(primary: PrivatePostgres): Promise<PrivatePostgres> {
  return launch(primary.settings, async (exec, data) =>
    void (await exec("pg_basebackup", ["-D", data, "-R", "-X", "stream", "--no-sync", "-c", "fast", "-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres"])),
  );
}

type Exec = (tool: string, args: string[]) => Promise<unknown>;

async function launch(settings: string[], create: (exec: Exec, data: string) => Promise<void>): Promise<PrivatePostgres> {
  if (!postgresBinaries) throw new Error("no PostgreSQL binaries (set PG_BIN or install PostgreSQL)");
  const bin = postgresBinaries;
  const owner = await asClusterOwner();
  const dir = await mkdtemp(join(tmpdir(), "cdp-pg-"));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const data = join(dir, "data");
  const port = await freePort();
  const exec = (tool: string, args: string[]) =>
    owner ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  const options = [`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off`, ...settings.map((setting) => `-c ${setting}`)].join(" ");
  const pgCtl = (...args: string[]) => exec("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-t", "30", ...args]);

  await create(exec, data);
  await pgCtl("-o", options, "start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    settings,
    stop: async () => void (await pgCtl("-m", "fast", "stop")),
    start: async () => void (await pgCtl("-o", options, "start")),
    restart: async () => void (await pgCtl("-m", "fast", "-o", options, "restart")),
    async teardown() {
      await pgCtl("-m", "immediate", "stop").catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
