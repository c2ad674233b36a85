import PgBoss from "pg-boss";
import { sql, type SQL } from "drizzle-orm";
import type { Logger } from "pino";
import { rows, type DatabaseHandle, type Executor } from "../db/client.js";

/** What pg-boss calls to run a statement: its `db` option, and `options.db` of `insert`/`send`. */
export interface QueueSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * pg-boss's SQL as a drizzle statement, so that it can run inside a caller's transaction (a job
 * enqueued with the change that causes it, on PGlite's one connection as on PostgreSQL).
 * Placeholders `$n` become bound parameters in order; pg-boss writes no `$` otherwise in the
 * statements sent with values (its multi-statement DDL is sent without values, see `driverSql`).
 */
export function sqlOf(text: string, values: readonly unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`)));
}

/** Runs pg-boss statements in the caller's transaction (or on its executor); a job's data object goes as JSON text (`send`). */
export const inTransaction = (tx: Executor): QueueSql => ({
  executeSql: async (text, values) => ({ rows: await rows<Record<string, unknown>>(tx, sqlOf(text, values?.map(asNodePostgres))) }),
});

/**
 * pg-boss on the platform's own connection(s), whichever database it is: PGlite is one
 * connection inside this process (pg-boss cannot open a pool to it), and on PostgreSQL this
 * shares the postgres.js pool instead of opening a second one with node-postgres. The raw
 * drivers are used rather than drizzle so that the queue's polling never shows up among a
 * request's recorded statements. Statements without values may hold several commands (pg-boss's
 * schema and its `BEGIN; ... COMMIT;` blocks): PGlite's `exec` and postgres.js's simple protocol run those.
 */
export function driverSql(database: DatabaseHandle): QueueSql {
  if (database.pglite) {
    const pglite = database.pglite;
    return {
      executeSql: async (text, values) => {
        if (!values || values.length === 0) {
          const results = await pglite.exec(text);
          return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
        }
        const result = await pglite.query<Record<string, unknown>>(text, values as unknown[]);
        return { rows: result.rows };
      },
    };
  }
  const client = database.client!;
  return {
    executeSql: async (text, values) => {
      if (!values || values.length === 0) {
        // postgres.js refuses BEGIN on a pooled connection: a reserved one runs the block.
        const reserved = await client.reserve();
        let result: Record<string, unknown>[] | Record<string, unknown>[][];
        try {
          result = (await reserved.unsafe(text).simple()) as unknown as Record<string, unknown>[] | Record<string, unknown>[][];
        } finally {
          reserved.release();
        }
        const last = Array.isArray(result[0]) ? (result.at(-1) as Record<string, unknown>[]) : (result as Record<string, unknown>[]);
        return { rows: [...(last ?? [])] };
      }
      return { rows: [...(await client.unsafe(text, values.map(asNodePostgres) as never[]))] as Record<string, unknown>[] };
    },
  };
}

/**
 * pg-boss is written for node-postgres, which sends a plain object as its JSON text and undefined
 * as null (`send` leaves its unset options undefined); drizzle has made postgres.js pass JSON
 * parameters through untouched, and postgres.js refuses undefined, so both are converted here.
 */
const asNodePostgres = (value: unknown): unknown =>
  value === undefined ? null : value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? JSON.stringify(value) : value;

export interface QueueOptions {
  log: Logger;
  /** How often the queue's supervisor expires stuck jobs and archives finished ones (seconds). */
  maintenanceSeconds?: number;
}

/**
 * The platform's job queue: pg-boss 10 in the `pgboss` schema of the platform's database (it
 * creates and migrates its schema on start, under an advisory lock, so several processes may
 * start at once). Jobs are rows: they survive restarts, each is fetched by one process
 * (`FOR UPDATE SKIP LOCKED`), and a job whose process died is retried after its expiry.
 */
export async function startJobQueue(database: DatabaseHandle, options: QueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    db: driverSql(database),
    schema: "pgboss",
    // The platform's own jobs clean up after themselves; pg-boss archives the finished ones.
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
  } as PgBoss.ConstructorOptions);
  boss.on("error", (error) => options.log.warn({ err: { message: (error as Error).message } }, "job queue error"));
  await boss.start();
  return boss;
}

/** Creates a queue if it does not exist yet (idempotent across processes and restarts). */
export async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name"> = {}): Promise<void> {
  for (let attempt = 1; !(await boss.getQueue(name)); attempt++) {
    try {
      await boss.createQueue(name, { name, ...options });
      return;
    } catch (error) {
      // Another process creating it at the same moment: its insert may have won, or the two
      // deadlocked on pg-boss's queue table and one was rolled back (seen with two processes
      // starting together on a new database). createQueue is idempotent: look again, then retry.
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100 * attempt));
    }
  }
}

/**
 * A queue's jobs by state (created, retry, active, failed...) for /metrics' `job_queue_depth`:
 * finished jobs (completed, cancelled) are left out, as pg-boss archives them anyway.
 */
export async function queueDepth(database: DatabaseHandle, name: string): Promise<Record<string, number>> {
  const { rows: found } = await driverSql(database).executeSql(
    "select state::text as state, count(*)::int as n from pgboss.job where name = $1 and state < 'completed' group by state",
    [name],
  );
  const depth: Record<string, number> = { created: 0, retry: 0, active: 0 };
  for (const row of found) depth[String(row.state)] = Number(row.n);
  return depth;
}
