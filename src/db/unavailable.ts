import { AsyncLocalStorage } from "node:async_hooks";
import type { Span } from "@opentelemetry/api";

/** Seconds a client is asked to wait (Retry-After) when the database is away. */
export const RETRY_AFTER_SECONDS = 2;

/** Socket and postgres.js codes of a connection that could not be made or was lost. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/**
 * SQLSTATEs that say the server is going away or not there yet (class 08 connection exception,
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300
 * too_many_connections): the same request may succeed later, nothing is wrong with it.
 */
const isUnavailableState = (code: string) => code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";

/**
 * Whether the error (or what it wraps: drizzle's query error, an AggregateError of addresses)
 * means the database cannot be reached now, as opposed to a statement or a bug.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isUnavailableState(code)))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** Codes after which the connection itself is gone (as opposed to refused or not made). */
const LOST = new Set(["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED", "ECONNRESET", "EPIPE", "57P01", "57P02", "08003", "08006"]);

/** Whether the error says the connection that ran the statement is gone. */
export function isConnectionLost(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return (typeof code === "string" && LOST.has(code)) || isConnectionLost(cause, depth + 1);
}

/**
 * Per request: whether its statements only read (a query operation). Only then is a statement
 * that failed on a dead pooled connection run again: a write may have reached the server before
 * the connection died, so a mutation's statements are never replayed.
 */
const operationScope = new AsyncLocalStorage<{ readOnly: boolean; replica: boolean; statements: number; span?: Span }>();

/**
 * Runs a request in its own scope; statements are treated as writes until `markReadOnly`. With
 * tracing, `span` is the operation's: its statements' spans hang under it (db/observe.ts). It is
 * carried here rather than in an OpenTelemetry context manager of its own: on Node 20 and 22 every
 * AsyncLocalStorage in use adds its cost to every promise the process creates.
 */
export function inOperationScope<T>(run: () => T, span?: Span): T {
  return operationScope.run({ readOnly: false, replica: false, statements: 0, span }, run);
}

/**
 * Per request as well: whether its reads may be answered by the read replica (db/replica.ts).
 * Everything outside a request's scope (LISTEN catch-up, subscriptions' executions, jobs) and
 * every request not marked here reads from the primary.
 */
export function readFromReplica(replica: boolean): void {
  const scope = operationScope.getStore();
  if (scope) scope.replica = replica;
}

export function readsMayUseReplica(): boolean {
  return operationScope.getStore()?.replica === true;
}

/** Runs work on behalf of several requests outside any one's scope: a write the primary takes, never retried. */
export function outsideOperationScope<T>(run: () => T): T {
  return operationScope.exit(run);
}

/** The traced operation running, if any (and sampled). */
export function operationSpan(): Span | undefined {
  return operationScope.getStore()?.span;
}

/** Counts a statement of the request running (db/observe.ts); outside a request, nothing. */
export function countStatement(): void {
  const scope = operationScope.getStore();
  if (scope) scope.statements++;
}

/** Statements the running request has sent so far (the statements-per-request histogram). */
export function statementsSoFar(): number | undefined {
  return operationScope.getStore()?.statements;
}

export function markReadOnly(readOnly: boolean): void {
  const scope = operationScope.getStore();
  if (scope) scope.readOnly = readOnly;
}

export function readsMayRetry(): boolean {
  return operationScope.getStore()?.readOnly === true;
}

/**
 * Runs a read again when its connection turned out dead (a restart since it was pooled). Twice
 * at most: postgres.js reports a terminated idle connection on the next query (ECONNRESET or
 * CONNECTION_CLOSED) and the server's "terminating connection" (57P01) on the one after. The
 * pause lets the pool see the other connections the same restart closed.
 */
export async function retryingRead<T>(read: () => PromiseLike<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt === READ_RETRIES || !isDatabaseUnavailable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
  }
}

const READ_RETRIES = 2;
const RETRY_PAUSE_MS = 20;
