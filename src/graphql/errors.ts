import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../db/unavailable.js";
import { DomainError } from "../errors.js";
import { limitExceeded } from "./limit-errors.js";

/** Codes that describe the request, not the server: safe to pass through as they are. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "THROTTLED",
  "TIMEOUT",
  "LIMIT_EXCEEDED",
  "RESYNC_REQUIRED",
  "SERVICE_UNAVAILABLE",
]);

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** graphql's "did you mean" hints (fields, types, arguments, enum values) name parts of the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * One formatter for HTTP and WebSocket: domain errors become `extensions.code/field`; anything
 * unexpected is masked to INTERNAL_SERVER_ERROR with a request id, and the full error is logged.
 * `hideSuggestions` (production: introspection off) removes schema hints from every message.
 */
export function createErrorFormatter(log: Logger, options: { hideSuggestions?: boolean } = {}): ErrorFormatter {
  const hide = (message: string) => (options.hideSuggestions ? message.replace(SUGGESTION, "") : message);
  return (formatted, error) => {
    let original = unwrapResolverError(error);
    // graphql-ws wraps what a subscription's stream throws in a GraphQLError without a path.
    if (original instanceof GraphQLError && original.originalError instanceof DomainError) original = original.originalError;
    const place = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...place,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.details },
      };
    }
    const limit = limitExceeded(original);
    if (limit) return { message: limit.message, ...place, extensions: { ...limit.extensions } };
    if (isDatabaseUnavailable(original instanceof GraphQLError ? (original.originalError ?? original) : original)) {
      // Not a bug: the same request may succeed once the database is back (HTTP adds 503 + Retry-After).
      return {
        message: "The database is unavailable; try again shortly",
        ...place,
        extensions: { code: "SERVICE_UNAVAILABLE", retryAfter: RETRY_AFTER_SECONDS },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: hide(formatted.message), extensions };
    }
    const requestId = randomUUID();
    log.error({ err: loggableError(original), requestId, path: formatted.path }, "unexpected error");
    return {
      message: "Internal server error",
      ...place,
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    };
  };
}

/** A DomainError as a GraphQLError, for places outside resolvers (context building, sockets). */
export function toGraphQLError(error: DomainError, httpStatus?: number): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(error.field ? { field: error.field } : {}),
      ...error.details,
      ...(httpStatus ? { http: { status: httpStatus } } : {}),
    },
  });
}

/**
 * An error as it may be logged: its kind, message, SQL and stack, but not the values bound to the
 * statement nor the database's `detail` (both may hold personal data, e.g. a searched email).
 */
export function loggableError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 3) return error instanceof Error ? { type: error.name } : { type: typeof error };
  const { params: _params, detail: _detail, where: _where, parameters: _parameters, cause, ...rest } = error as Error & Record<string, unknown>;
  return {
    ...rest,
    type: error.name,
    message: error.message.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]"),
    stack: error.stack?.replace(/\nparams: [\s\S]*?(\n\s+at )/, "\nparams: [redacted]$1"),
    ...(cause ? { cause: loggableError(cause, depth + 1) } : {}),
  };
}
