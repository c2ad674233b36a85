/** Error codes clients can rely on; they travel as `extensions.code`. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  /** The caller's query-cost bucket is empty; `extensions.retryAfter` says when to try again. */
  | "THROTTLED"
  /** The operation ran longer than the server allows. */
  | "TIMEOUT"
  /** A per-user cap (e.g. open subscriptions) would be passed; `extensions.limit` names it. */
  | "LIMIT_EXCEEDED"
  /** A live feed was interrupted and may have missed events: reload the state, then subscribe again. */
  | "RESYNC_REQUIRED"
  /** The database is unreachable for now (HTTP 503, `Retry-After`); the same request may be retried. */
  | "SERVICE_UNAVAILABLE";

/**
 * The only error services throw. It carries no GraphQL types so that services stay usable from
 * CLIs and jobs; the error formatter turns it into a GraphQLError with `extensions.code/field`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badInput = (field: string, message: string, details?: Record<string, unknown>) =>
  new DomainError("BAD_USER_INPUT", message, field, details);

export const notFound = (what: string, field?: string) =>
  new DomainError("NOT_FOUND", `${what} not found`, field);

export const forbidden = (message = "You are not allowed to do this") =>
  new DomainError("FORBIDDEN", message);

/** A single-object read: missing and out-of-scope look the same (NOT_FOUND), so existence is not revealed. */
export async function foundOr<T>(value: Promise<T | null | undefined> | T | null | undefined, what: string, field?: string): Promise<T> {
  const resolved = await value;
  if (resolved == null) throw notFound(what, field);
  return resolved;
}
