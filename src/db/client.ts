import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql, type SQL } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index.js";
import { isConnectionLost, readsMayRetry, retryingRead } from "./unavailable.js";

export type Schema = typeof schema;
/** One type for both drivers: services never know which database they talk to. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction of that database: services that take part in a caller's transaction accept either. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export type QueryListener = (query: string, params: unknown[]) => void;

/** Lets tests and benchmarks see every statement a request runs (tests show the SQL). */
export class QueryRecorder implements Logger {
  private readonly listeners = new Set<QueryListener>();
  logQuery(query: string, params: unknown[]): void {
    for (const listener of this.listeners) listener(query, params);
  }
  listen(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Where it is, without credentials: safe to print. */
  location: string;
  queries: QueryRecorder;
  /** The PGlite instance, when embedded (one connection; it also carries LISTEN/NOTIFY). */
  pglite?: PGlite;
  /** The postgres.js client, when on a server. */
  client?: postgres.Sql;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

export interface OpenOptions {
  /** postgres:// URL; absent means embedded PGlite. */
  url?: string;
  /** PGlite data directory; absent means in memory. */
  dataDir?: string;
  /**
   * PGlite only: start from a data directory dumped by `dumpDataDir()` instead of running initdb.
   * Tests use it to migrate once per run rather than once per database.
   */
  pgliteSnapshot?: Blob;
  poolMax?: number;
  /** PostgreSQL only: statement_timeout of every pooled connection, in ms (absent or 0: none). */
  statementTimeoutMs?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  const queries = new QueryRecorder();
  const handle = options.url
    ? openPostgres(options.url, options.poolMax ?? 10, queries, options.statementTimeoutMs)
    : await openPglite(options.dataDir, queries, options.pgliteSnapshot);
  try {
    await handle.db.execute(sql`select 1`);
    if (handle.client) fetchTypesOnce(handle.client);
  } catch (error) {
    await handle.close().catch(() => undefined);
    // drizzle wraps the driver's error; the driver's code (ECONNREFUSED, 28P01, ...) is the useful part.
    const cause = ((error as { cause?: unknown }).cause ?? error) as { code?: string; message?: string };
    const reason = [cause.message, cause.code].filter(Boolean).join(" / ") || "unknown error";
    throw new DatabaseUnreachableError(`Cannot reach the database at ${handle.location} (${reason})`);
  }
  return handle;
}

/**
 * Seconds before a pooled connection that closed with an error connects again. postgres.js's
 * default grows with every failed attempt of the pool up to 20 s, so after an outage of a few
 * seconds requests waited that long for a database that was long back (and timed out during the
 * outage instead of answering SERVICE_UNAVAILABLE). Capped at half a second, jittered.
 */
const reconnectDelay = (retries: number) => (0.5 + Math.random() / 2) * Math.min(0.02 * 2 ** retries, 0.5);

/**
 * postgres.js reads the server's array types on every new connection, from a promise nothing
 * awaits: a connection that dies during that read (a database restart) rejects it unhandled, and
 * Node ends the process. The first connection has read them into the pool's shared parsers and
 * serializers (type oids survive restarts), so later connections, reconnects included, skip it.
 */
function fetchTypesOnce(client: postgres.Sql): void {
  (client.options as { fetch_types: boolean }).fetch_types = false;
}

function openPostgres(url: string, max: number, queries: QueryRecorder, statementTimeoutMs?: number): DatabaseHandle {
  // JIT off: the API's statements run in milliseconds, and a prepared statement's generic plan
  // (parameters unknown) can estimate a cost over jit_above_cost; compiling it then took seconds
  // per execution (Customer.recommendations: 5 s instead of 20 ms, test/bench/recommend-hits.ts).
  const connection = { jit: "off", ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) };
  const raw = postgres(url, { max, onnotice: () => undefined, connect_timeout: 10, backoff: reconnectDelay, connection });
  const client = resilientClient(raw);
  return {
    db: drizzlePostgres(client, { schema, logger: queries }) as unknown as Database,
    kind: "postgres",
    location: describeUrl(url),
    queries,
    client,
    close: () => raw.end({ timeout: 5 }),
  };
}

/**
 * drizzle runs every statement it was not given a name for as an unnamed one (postgres.js
 * `prepare: false`), so PostgreSQL parses and plans each loader statement again on every
 * request. postgres.js keeps named statements per connection, keyed by text; the loaders' texts
 * are stable (one uuid[] parameter per id list), so after the first request they only bind.
 * Transactions get postgres.js's own client and keep drizzle's behaviour.
 *
 * Two guards for a database that restarts: a read-only request's statement that met a dead
 * pooled connection runs once more (db/unavailable.ts), and a transaction whose connection is
 * gone is not rolled back on it (see `begin`).
 */
function resilientClient(client: postgres.Sql): postgres.Sql {
  const prepared = (query: string, parameters?: unknown[], options?: object) => client.unsafe(query, parameters as never[], { ...options, prepare: true });
  const unsafe = ((query: string, parameters?: unknown[], options?: object) =>
    readsMayRetry() ? retryableQuery(() => prepared(query, parameters, options)) : prepared(query, parameters, options)) as postgres.Sql["unsafe"];
  return new Proxy(client, {
    get: (target, property, receiver) => (property === "unsafe" ? unsafe : property === "begin" ? beginOn(client) : Reflect.get(target, property, receiver)),
  });
}

/**
 * What drizzle and the compiled reads do with a pending query (await it, or `.values()` or
 * `.raw()` then await), each attempt on a fresh query: a postgres.js query runs once.
 */
type Pending = ReturnType<postgres.Sql["unsafe"]>;

function retryableQuery(make: () => Pending): Pending {
  let rows: "objects" | "values" | "raw" = "objects";
  const facade = {
    values() {
      rows = "values";
      return facade;
    },
    raw() {
      rows = "raw";
      return facade;
    },
    then<A, B>(onFulfilled?: (value: unknown) => A | PromiseLike<A>, onRejected?: (reason: unknown) => B | PromiseLike<B>) {
      return retryingRead<unknown>(() => (rows === "values" ? make().values() : rows === "raw" ? make().raw() : make())).then(onFulfilled, onRejected);
    },
  };
  return facade as unknown as Pending;
}

/**
 * postgres.js rolls back on the transaction's own connection when the body fails; when that
 * connection is already gone, the ROLLBACK is written to a closed socket and postgres.js 3.4.9
 * throws from a timer, which no caller can catch and which ends the process (porsager/postgres
 * #1154, #1208). A body that failed because its connection was lost therefore rejects the
 * caller directly and is left unsettled, so that no ROLLBACK is written: the server has rolled
 * the transaction back already by ending the connection.
 */
function beginOn(client: postgres.Sql): postgres.Sql["begin"] {
  return ((...args: unknown[]) => {
    const body = args.pop() as (sql: postgres.TransactionSql) => unknown;
    return new Promise<unknown>((resolve, reject) => {
      const guarded = (sql: postgres.TransactionSql) =>
        new Promise((done, fail) => {
          Promise.resolve()
            .then(() => body(sql))
            .then(done, (error: unknown) => (isConnectionLost(error) ? reject(error) : fail(error)));
        });
      (client.begin as (...a: unknown[]) => Promise<unknown>)(...args, guarded).then(resolve, reject);
    });
  }) as postgres.Sql["begin"];
}

async function openPglite(dataDir: string | undefined, queries: QueryRecorder, snapshot?: Blob): Promise<DatabaseHandle> {
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, ...(snapshot ? { loadDataDir: snapshot } : {}) });
  return {
    db: drizzlePglite(pglite, { schema, logger: queries }) as unknown as Database,
    kind: "pglite",
    location: dataDir ? `embedded PGlite in ${dataDir}` : "embedded PGlite in memory",
    queries,
    pglite,
    close: () => pglite.close(),
  };
}

/** host:port/database of a URL; the password never leaves this function. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "an unparsable DATABASE_URL";
  }
}

/** Rows of a raw statement: the two drivers shape `execute` results differently. */
export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
