import { randomUUID } from "node:crypto";
import { ROOT_CONTEXT, type Span, type Tracer } from "@opentelemetry/api";
import { execute, getOperationAST, getVariableValues, GraphQLError, parse, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type ParseOptions, type ValidationRule } from "graphql";
import type { Context as SocketContext } from "graphql-ws";
import { makeHandler, type Extra } from "graphql-ws/use/@fastify/websocket";
import type { SessionGuard } from "./auth/sessions.js";
import { principalFromAuthorization, type TokenService } from "./auth/tokens.js";
import type { Principal } from "./auth/principal.js";
import { createContext, type Shared } from "./context.js";
import type { DatabaseHandle } from "./db/client.js";
import { DomainError } from "./errors.js";
import { toGraphQLError, type ErrorFormatter } from "./graphql/errors.js";
import { endOperationSpan, nameOperationSpan, startOperationSpan } from "./graphql/tracing.js";
import { admitOperation, bucketKey, type OperationLimits } from "./graphql/limits.plugin.js";
import { TOO_MANY_CONNECTIONS, type SocketLimits, type SocketState } from "./graphql/socket-limits.js";
import { createFeedBroadcast } from "./tracking/feed-broadcast.js";
import { inOperationScope, markReadOnly, readFromReplica } from "./db/unavailable.js";
import { lsnOf, type ReadRouting } from "./graphql/read-routing.plugin.js";

/*
 * GraphQL over WebSocket (graphql-ws): the same parsing, validation, limits, session checks,
 * variable coercion and error formatting as Apollo applies over HTTP, so that one operation gets
 * one answer whichever transport carries it.
 */

/** graphql-ws close code for a socket whose session ended (the customer was erased). */
const SESSION_ENDED = 4401;

type SocketExtra = { principal: Principal; limits: SocketState; stopWatching?: () => void };

/** What every WebSocket operation must pass besides validation: the operation limits and the per-user socket caps. */
export interface SocketGuards {
  limits: OperationLimits;
  sockets: SocketLimits;
  /** With tracing on: a span per operation (see below). */
  tracer?: Tracer;
  /** With a read replica: where query operations read from, as over HTTP (graphql/read-routing.plugin.ts). */
  reads?: ReadRouting;
}

/** A check's DomainError as the errors graphql-ws answers an operation with; anything else is a bug and throws. */
async function refusal(check: () => unknown): Promise<GraphQLError[] | undefined> {
  try {
    await check();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return [toGraphQLError(error)];
    throw error;
  }
}

/** The principal of a request or socket: a valid token, of a session that has not ended. */
export async function principalOf(tokens: TokenService, sessions: SessionGuard, authorization: unknown): Promise<Principal> {
  const principal = await principalFromAuthorization(tokens, authorization);
  await sessions.check(principal);
  return principal;
}

export function websocketHandler(
  schema: GraphQLSchema,
  database: DatabaseHandle,
  tokens: TokenService,
  sessions: SessionGuard,
  shared: Shared,
  formatError: ErrorFormatter,
  rules: readonly ValidationRule[],
  parseOptions: ParseOptions,
  { limits, sockets, tracer, reads }: SocketGuards,
) {
  /*
   * Tracing: one span per operation, from its subscribe message until it has run (a query or
   * mutation) or is set up (a subscription: the events it then delivers are not traced; a feed's
   * execution is shared by its subscribers). The span rides in the operation's scope
   * (db/unavailable.ts) while it is admitted and runs, so its statements hang under it. Keyed by the operation's context object.
   */
  const spans = new WeakMap<object, Span>();
  const traced = <R>(run: (args: ExecutionArgs) => R) => (args: ExecutionArgs): R => {
    const span = args.contextValue ? spans.get(args.contextValue as object) : undefined;
    return span ? inOperationScope(() => run(args), span) : run(args);
  };
  /**
   * Queries and mutations run in an operation scope of their own, as over HTTP: a query's reads
   * go to the replica when `admit` found it may answer (and are retried on a dead pooled
   * connection, db/unavailable.ts); a mutation starts its caller's read-your-writes window and
   * answers with the primary's write position (`extensions.lsn`). Keyed by the context object.
   */
  const routes = new WeakMap<object, { kind: "query" | "mutation"; caller: string; replica: boolean }>();
  const executeOperation = (args: ExecutionArgs) => {
    const route = args.contextValue ? routes.get(args.contextValue as object) : undefined;
    const span = args.contextValue ? spans.get(args.contextValue as object) : undefined;
    if (!route) return span ? inOperationScope(() => execute(args), span) : execute(args);
    return inOperationScope(async () => {
      markReadOnly(route.kind === "query");
      if (route.replica) readFromReplica(true);
      const result = await execute(args);
      if (route.kind !== "mutation" || !reads) return result;
      const lsn = await reads.wrote(route.caller);
      return lsn ? { ...result, extensions: { ...result.extensions, lsn } } : result;
    }, span);
  };
  const endSpan = (contextValue: unknown, errors?: readonly GraphQLError[]) => {
    const span = contextValue ? spans.get(contextValue as object) : undefined;
    if (!span) return;
    spans.delete(contextValue as object);
    endOperationSpan(span, errors);
  };
  type Admitted = GraphQLError[] | ExecutionArgs;
  /** The same validation as over HTTP, limits included, before anything runs. */
  const admit = async (
    ctx: SocketContext<Record<string, unknown>, Extra & Partial<SocketExtra>>,
    id: string,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null; extensions?: Record<string, unknown> | null },
  ): Promise<Admitted> => {
    // Codes as Apollo gives them over HTTP, so clients handle both transports alike. The original
    // stays reachable: the formatter finds a limit refusal (LIMIT_EXCEEDED) through it.
    const coded = (error: GraphQLError, code: string) =>
      new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, originalError: error, extensions: { code } });
    let document: DocumentNode;
    try {
      document = parse(payload.query, parseOptions);
    } catch (error) {
      return [coded(error as GraphQLError, "GRAPHQL_PARSE_FAILED")];
    }
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return errors.map((error) => coded(error, "GRAPHQL_VALIDATION_FAILED"));
    // A socket outlives a session: erasure ends the customer's sessions, open sockets included.
    const ended = await refusal(() => sessions.check(ctx.extra.principal!));
    if (ended) return ended;
    const operation = getOperationAST(document, payload.operationName) ?? undefined;
    if (!operation) {
      const message = payload.operationName ? `Unknown operation named "${payload.operationName}".` : "Must provide operation name if query contains multiple operations.";
      return [new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })];
    }
    const refused = await refusal(() => admitOperation(limits, { document, operation, variables: payload.variables ?? undefined, key: bucketKey(ctx.extra.principal!) }));
    if (refused) return refused;
    // Variables are coerced here, after the limits as Apollo does (it coerces when executing): a
    // bad value is the client's error (BAD_USER_INPUT), where graphql's execute leaves it uncoded.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return coerced.errors.map((error) => coded(error, "BAD_USER_INPUT"));
    if (operation.operation === "subscription") {
      const capped = await refusal(() => sockets.subscribe(ctx.extra.limits!, id));
      if (capped) return capped;
    }
    // A subscription is long-lived: its loaders must not serve stale rows from a cache.
    const contextValue = createContext(database.db, ctx.extra.principal!, shared, { cache: false });
    if (operation.operation !== "subscription") {
      const caller = bucketKey(ctx.extra.principal!);
      let replica = false;
      if (reads) {
        // The write position a client must see, sent back as the operation's extensions.lsn (the HTTP header's counterpart).
        let lsn: bigint | undefined;
        const bad = await refusal(() => (lsn = lsnOf(payload.extensions?.lsn, "extensions.lsn")));
        if (bad) return bad;
        replica = operation.operation === "query" && (await reads.replicaMayAnswer(caller, lsn));
      }
      routes.set(contextValue, { kind: operation.operation, caller, replica });
    }
    return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
  };
  const feedSubscribe = createFeedBroadcast();
  return makeHandler<Record<string, unknown>, SocketExtra>({
    schema,
    execute: executeOperation,
    // Dashboards' feeds: one execution per event for all subscribers that get the same result.
    subscribe: tracer ? traced(feedSubscribe) : feedSubscribe,
    onSubscribe: async (ctx, id, payload) => {
      if (!tracer) return admit(ctx, id, payload);
      const span = startOperationSpan(tracer, ROOT_CONTEXT, "websocket", randomUUID());
      if (!span.isRecording()) return admit(ctx, id, payload);
      const result = await inOperationScope(() => admit(ctx, id, payload), span);
      if (Array.isArray(result)) {
        nameOperationSpan(span, null);
        endOperationSpan(span, result);
      } else {
        nameOperationSpan(span, getOperationAST(result.document, result.operationName), payload.query);
        spans.set(result.contextValue as object, span);
      }
      return result;
    },
    onOperation: (_ctx, _id, _payload, args, result) => {
      if (tracer) endSpan(args.contextValue, Symbol.asyncIterator in (result as object) ? undefined : (result as ExecutionResult).errors);
    },
    // graphql-ws does not run Apollo's formatter: the same codes and masking are applied here.
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    onComplete: (ctx, id) => sockets.unsubscribe(ctx.extra.limits, id),
    onClose: (ctx) => {
      ctx.extra.stopWatching?.();
      sockets.disconnect(ctx.extra.limits);
    },
    onConnect: async (ctx) => {
      const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      if (!authorization) return false;
      try {
        ctx.extra.principal = await principalOf(tokens, sessions, authorization);
      } catch {
        return false;
      }
      const state = await sockets.connect(bucketKey(ctx.extra.principal), (id) => id in ctx.subscriptions);
      // Closed while the shared count was asked: onClose has run without this state, so give it back here.
      if (state && ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) {
        sockets.disconnect(state);
        return false;
      }
      if (!state) {
        // A close code of its own, so that clients can tell "too many" from "not allowed" (4403).
        ctx.extra.socket.close(TOO_MANY_CONNECTIONS, "Too many connections for this user");
        return false;
      }
      ctx.extra.limits = state;
      const principal = ctx.extra.principal;
      if (principal.role === "CUSTOMER") {
        // Erasure ends the session: the socket closes, and its live subscriptions with it.
        ctx.extra.stopWatching = sessions.onEnded(principal.customerId, () => ctx.extra.socket.close(SESSION_ENDED, "Session ended"));
      }
      return true;
    },
  });
}
