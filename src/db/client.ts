import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql, type SQL } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
/** One type for both drivers: services never know which database they talk to. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction of that database: services that take part in a caller's transaction accept either. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export type QueryListener = (query: string, params: unknown[]) => void;

/** Lets tests and benchmarks see every statement a request runs (DESIGN.md §4: tests show the SQL). */
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
  } catch (error) {
    await handle.close().catch(() => undefined);
    // drizzle wraps the driver's error; the driver's code (ECONNREFUSED, 28P01, ...) is the useful part.
    const cause = ((error as { cause?: unknown }).cause ?? error) as { code?: string; message?: string };
    const reason = [cause.message, cause.code].filter(Boolean).join(" / ") || "unknown error";
    throw new DatabaseUnreachableError(`Cannot reach the database at ${handle.location} (${reason})`);
  }
  return handle;
}

function openPostgres(url: string, max: number, queries: QueryRecorder, statementTimeoutMs?: number): DatabaseHandle {
  const connection = statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : undefined;
  const client = postgres(url, { max, onnotice: () => undefined, connect_timeout: 10, ...(connection ? { connection } : {}) });
  return {
    db: drizzlePostgres(preparingStatements(client), { schema, logger: queries }) as unknown as Database,
    kind: "postgres",
    location: describeUrl(url),
    queries,
    client,
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * drizzle runs every statement it was not given a name for as an unnamed one (postgres.js
 * `prepare: false`), so PostgreSQL parses and plans each loader statement again on every
 * request. postgres.js keeps named statements per connection, keyed by text; the loaders' texts
 * are stable (one uuid[] parameter per id list), so after the first request they only bind.
 * Transactions get postgres.js's own client and keep drizzle's behaviour.
 */
function preparingStatements(client: postgres.Sql): postgres.Sql {
  const unsafe: postgres.Sql["unsafe"] = (query, parameters, options) => client.unsafe(query, parameters, { ...options, prepare: true });
  return new Proxy(client, { get: (target, property, receiver) => (property === "unsafe" ? unsafe : Reflect.get(target, property, receiver)) });
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
export async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
