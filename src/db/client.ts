import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql, type SQL } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { StatementWatch } from "./observe.js";
import * as schema from "./schema/index.js";
import { isReadStatement, ReadReplica, replicaRefused, type ReplicaOptions } from "./replica.js";
import { isConnectionLost, isDatabaseUnavailable, readsMayRetry, readsMayUseReplica, retryingRead } from "./unavailable.js";

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
  /** Every statement sent: pool use, statements per request, and their spans when tracing is on (observe.ts). */
  statements: StatementWatch;
  /** The PGlite instance, when embedded (one connection; it also carries LISTEN/NOTIFY). */
  pglite?: PGlite;
  /** The postgres.js client, when on a server. */
  client?: postgres.Sql;
  /**
   * PostgreSQL with `DATABASE_READ_URL`: the replica that answers the reads of requests marked
   * for it (`readFromReplica`), while it is current. Statements go through `client` either way.
   */
  replica?: ReadReplica;
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
  /** PGlite only: an instance already open (from `createPglite`), used instead of a new one; the handle's close() closes it. */
  pglite?: PGlite;
  poolMax?: number;
  /** PostgreSQL only: statement_timeout of every pooled connection, in ms (absent or 0: none). */
  statementTimeoutMs?: number;
  /** PostgreSQL only: a streaming replica for query operations' reads (ignored on PGlite). */
  replica?: Omit<ReplicaOptions, "poolMax" | "statementTimeoutMs">;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  const queries = new QueryRecorder();
  const handle = options.url
    ? openPostgres(options.url, options.poolMax ?? 10, queries, options.statementTimeoutMs, options.replica)
    : await openPglite(options.pglite ?? (await createPglite(options.dataDir, options.pgliteSnapshot)), options.dataDir, queries);
  try {
    await handle.db.execute(sql`select 1`);
    if (handle.client) fetchTypesOnce(handle.client);
    // A replica that is down or behind at start only means the primary answers until it is back.
    await handle.replica?.check();
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

function openPostgres(url: string, max: number, queries: QueryRecorder, statementTimeoutMs?: number, replicaOptions?: OpenOptions["replica"]): DatabaseHandle {
  // JIT off: the API's statements run in milliseconds, and a prepared statement's generic plan
  // (parameters unknown) can estimate a cost over jit_above_cost; compiling it then took seconds
  // per execution (Customer.recommendations: 5 s instead of 20 ms, test/bench/recommend-hits.ts).
  const connection = { jit: "off", ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) };
  const raw = postgres(url, { max, onnotice: () => undefined, connect_timeout: 10, backoff: reconnectDelay, connection });
  const replica = replicaOptions ? new ReadReplica(raw, { ...replicaOptions, poolMax: max, statementTimeoutMs }) : undefined;
  const statements = new StatementWatch(max);
  const client = resilientClient(raw, statements, replica);
  return {
    statements,
    db: drizzlePostgres(client, { schema, logger: queries }) as unknown as Database,
    kind: "postgres",
    location: describeUrl(url) + (replicaOptions ? ` (reads: ${describeUrl(replicaOptions.url)})` : ""),
    queries,
    client,
    ...(replica ? { replica } : {}),
    close: async () => {
      await replica?.close();
      await raw.end({ timeout: 5 });
    },
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
 *
 * With a replica, a read of a request marked for it (`readFromReplica`) runs there while the
 * last check found it current; one it refuses (a hidden write, a recovery conflict) or cannot
 * answer runs on the primary, and a replica that could not answer is bypassed until the next
 * check finds it back. Transactions are always the primary's.
 */
function resilientClient(client: postgres.Sql, statements: StatementWatch, replica?: ReadReplica): postgres.Sql {
  const prepared = (query: string, parameters?: unknown[], options?: object) => client.unsafe(query, parameters as never[], { ...options, prepare: true });
  const onPrimary = (query: string, parameters: unknown[] | undefined, options: object | undefined, shaped: Shaped) =>
    readsMayRetry() ? retryingRead<unknown>(() => shaped(prepared(query, parameters, options))) : Promise.resolve(shaped(prepared(query, parameters, options)));
  const unsafe = ((query: string, parameters?: unknown[], options?: object) =>
    observedQuery(statements, query, true, (shaped) =>
      replica && replica.usable && readsMayUseReplica() && isReadStatement(query)
        ? onReplica(replica, shaped, () => replica.client.unsafe(query, parameters as never[], { ...options, prepare: true }), () => onPrimary(query, parameters, options, shaped))
        : onPrimary(query, parameters, options, shaped),
      () => prepared(query, parameters, options),
    )) as postgres.Sql["unsafe"];
  return new Proxy(client, {
    get: (target, property, receiver) => (property === "unsafe" ? unsafe : property === "begin" ? beginOn(client, statements) : Reflect.get(target, property, receiver)),
  });
}

/**
 * What drizzle and the compiled reads do with a pending query (await it, or `.values()` or
 * `.raw()` then await), each attempt on a fresh query: a postgres.js query runs once, when first
 * awaited, so that is when it is counted as started (observe.ts), in the awaiting request's context.
 */
type Pending = ReturnType<postgres.Sql["unsafe"]>;

/** Shapes a pending query's rows as its caller asked (`.values()`, `.raw()`, or objects). */
type Shaped = (query: Pending) => PromiseLike<unknown>;

/** A read on the replica, or on the primary when the replica refuses it or cannot answer. */
async function onReplica(replica: ReadReplica, shaped: Shaped, make: () => Pending, primary: () => Promise<unknown>): Promise<unknown> {
  try {
    return await shaped(make());
  } catch (error) {
    if (isDatabaseUnavailable(error)) replica.markDown();
    else if (!replicaRefused(error)) throw error;
    return await primary();
  }
}

/** A pending query whose rows' shape is chosen before `execute` makes each attempt. */
function observedQuery(statements: StatementWatch, text: string, pooled: boolean, execute: (shaped: Shaped) => PromiseLike<unknown>, direct: () => Pending): Pending {
  let rows: "objects" | "values" | "raw" = "objects";
  const shaped: Shaped = (query) => (rows === "values" ? query.values() : rows === "raw" ? query.raw() : query);
  let settled: Promise<unknown> | undefined;
  const run = () => {
    if (settled) return settled;
    const done = statements.start(text, pooled);
    return (settled = Promise.resolve(execute(shaped)).then(
      (value) => {
        done();
        return value;
      },
      (error: unknown) => {
        done(error);
        throw error;
      },
    ));
  };
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
      return run().then(onFulfilled, onRejected);
    },
    catch<B>(onRejected?: (reason: unknown) => B | PromiseLike<B>) {
      return run().catch(onRejected);
    },
    finally(onFinally?: () => void) {
      return run().finally(onFinally);
    },
    /** A server-side cursor (bulk exports) streams rather than settles: counted when opened, never retried nor sent to the replica. */
    cursor(...args: unknown[]) {
      statements.start(text, pooled)();
      return (direct().cursor as (...a: unknown[]) => unknown)(...args);
    },
  };
  return facade as unknown as Pending;
}

/** A transaction's client whose statements (and savepoints') are observed; the transaction holds the connection. */
function observedTransaction<T extends postgres.TransactionSql>(sql: T, statements: StatementWatch): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe")
        return (query: string, parameters?: unknown[], options?: object) => observedQuery(
          statements,
          query,
          false,
          (shaped) => shaped(target.unsafe(query, parameters as never[], options)),
          () => target.unsafe(query, parameters as never[], options),
        );
      if (property === "savepoint")
        return (...args: unknown[]) => {
          const body = args.pop() as (inner: postgres.TransactionSql) => unknown;
          return (target.savepoint as (...a: unknown[]) => Promise<unknown>)(...args, (inner: postgres.TransactionSql) => body(observedTransaction(inner, statements)));
        };
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * postgres.js rolls back on the transaction's own connection when the body fails; when that
 * connection is already gone, the ROLLBACK is written to a closed socket and postgres.js 3.4.9
 * throws from a timer, which no caller can catch and which ends the process (porsager/postgres
 * #1154, #1208). A body that failed because its connection was lost therefore rejects the
 * caller directly and is left unsettled, so that no ROLLBACK is written: the server has rolled
 * the transaction back already by ending the connection.
 */
function beginOn(client: postgres.Sql, statements: StatementWatch): postgres.Sql["begin"] {
  return ((...args: unknown[]) => {
    const body = args.pop() as (sql: postgres.TransactionSql) => unknown;
    const ended = statements.begin();
    return new Promise<unknown>((resolve, reject) => {
      const guarded = (sql: postgres.TransactionSql) =>
        new Promise((done, fail) => {
          Promise.resolve()
            .then(() => body(observedTransaction(sql, statements)))
            .then(done, (error: unknown) => (isConnectionLost(error) ? reject(error) : fail(error)));
        });
      (client.begin as (...a: unknown[]) => Promise<unknown>)(...args, guarded).then(resolve, reject);
    }).finally(ended);
  }) as postgres.Sql["begin"];
}

/**
 * PGlite observed like postgres.js: its queries, and its transactions' (one connection, so a
 * transaction holds it). Other members are PGlite's own, bound to it (it keeps private fields).
 */
function observedPglite<T extends object>(pglite: T, statements: StatementWatch, pooled: boolean): T {
  return new Proxy(pglite, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === "query" && typeof value === "function")
        return (text: string, ...rest: unknown[]) => {
          const done = statements.start(text, pooled);
          return (value as (...a: unknown[]) => Promise<unknown>).call(target, text, ...rest).then(
            (result) => {
              done();
              return result;
            },
            (error: unknown) => {
              done(error);
              throw error;
            },
          );
        };
      if (property === "transaction" && typeof value === "function")
        return (body: (tx: object) => unknown) => {
          const ended = statements.begin();
          return (value as (b: (tx: object) => unknown) => Promise<unknown>).call(target, (tx) => body(observedPglite(tx, statements, false))).finally(ended);
        };
      return typeof value === "function" && property !== "constructor" ? value.bind(target) : value;
    },
  });
}

/** An embedded PostgreSQL with the extensions the migrations need, in `dataDir` or in memory, optionally started from a dumped data directory. */
export function createPglite(dataDir?: string, snapshot?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm }, ...(snapshot ? { loadDataDir: snapshot } : {}) });
}

async function openPglite(created: PGlite, dataDir: string | undefined, queries: QueryRecorder): Promise<DatabaseHandle> {
  const statements = new StatementWatch(1);
  const pglite = observedPglite(created, statements, true);
  return {
    statements,
    db: drizzlePglite(pglite, { schema, logger: queries }) as unknown as Database,
    kind: "pglite",
    location: dataDir ? `embedded PGlite in ${dataDir}` : "embedded PGlite in memory",
    queries,
    pglite,
    close: () => pglite.close(),
  };
}

/**
 * The same database through a drizzle instance that records nothing: background work (the job
 * queue's dispatcher and workers) must not show up among the statements a test or a benchmark
 * watches a request run.
 */
export function unrecordedDb(handle: DatabaseHandle): Database {
  return (handle.pglite ? drizzlePglite(handle.pglite, { schema }) : drizzlePostgres(handle.client!, { schema })) as unknown as Database;
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
