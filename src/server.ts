import "reflect-metadata";
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { getOperationAST, getVariableValues, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationRule } from "graphql";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import type { Logger } from "pino";
import { sql } from "drizzle-orm";
import { createSessionGuard, type SessionGuard } from "./auth/sessions.js";
import { principalFromAuthorization, type TokenService } from "./auth/tokens.js";
import type { Principal } from "./auth/principal.js";
import type { Config } from "./config.js";
import { createContext, type Context, type Shared } from "./context.js";
import type { DatabaseHandle } from "./db/client.js";
import { DomainError } from "./errors.js";
import { createAuditWriter } from "./audit/audit-writer.js";
import { personalDataReadAudit, piiReadsPlugin } from "./audit/pii-reads.plugin.js";
import { createArmor } from "./graphql/armor.js";
import { createErrorFormatter, loggableError, toGraphQLError, type ErrorFormatter } from "./graphql/errors.js";
import { CostBuckets } from "./graphql/cost-buckets.js";
import { admitOperation, bucketKey, limitsPlugin, type OperationLimits } from "./graphql/limits.plugin.js";
import { withOperationTimeout } from "./graphql/operation-timeout.js";
import { SocketLimits, TOO_MANY_CONNECTIONS, type SocketState } from "./graphql/socket-limits.js";
import { createEventBus, type EventBus } from "./pubsub/event-bus.js";
import { answerHttpErrorsAsGraphQL } from "./http-errors.js";
import { createMetrics, registerMetrics } from "./metrics.js";
import { createSchema } from "./schema.js";
import { compiledReadsPlugin } from "./graphql/compiled/compiled-reads.plugin.js";
import { configureCursorSecret } from "./graphql/cursor-seal.js";
import { createProjections } from "./projections.js";
import { reactions } from "./reactions.js";
import { createFeedBroadcast } from "./tracking/feed-broadcast.js";
import { committedSince } from "./tracking/committed-since.js";
import { createFeedSource } from "./tracking/feed-stream.js";
import { inOperationScope, RETRY_AFTER_SECONDS } from "./db/unavailable.js";
import { unavailablePlugin } from "./graphql/unavailable.plugin.js";

const require = createRequire(import.meta.url);

/** src/dashboard, found from here so that it works from src/ and from a build. */
function dashboardDir(): string {
  return fileURLToPath(new URL("./dashboard/", import.meta.url));
}

export interface ServerDeps {
  config: Config;
  database: DatabaseHandle;
  tokens: TokenService;
  log: Logger;
  /** Made from the database when not given. */
  bus?: EventBus;
}

export interface RunningServer {
  app: FastifyInstance;
  /** http://host:port, after listen. */
  url: string;
  close(): Promise<void>;
}

/** One HTTP server: Apollo (POST/GET /graphql), graphql-ws (/graphql), /healthz, /readyz. */
export async function createServer(deps: ServerDeps): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const { config, database, tokens, log } = deps;
  const schema = await createSchema();
  if (config.cursorSecret) configureCursorSecret(config.cursorSecret);
  const bus =
    deps.bus ??
    (await createEventBus(database, {
      readCommittedSince: (seconds, limit) => committedSince(database.db, seconds, limit),
      catchUpLimit: config.feedCatchUpLimit,
      onCatchUpFailed: (error) => log.warn({ err: loggableError(error) }, "live feeds told to resync after the LISTEN connection came back"),
    }));
  const sessions = createSessionGuard(database.db);
  const shared: Shared = { bus, reactions, feed: createFeedSource(database.db), tokens, sessions, caseSlaHours: config.caseSlaHours, returnWindowDays: config.returnWindowDays, identity: config.identity, ordering: config.ordering };
  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: config.limits.bodyBytes });
  // Per-request access lines would drown the log; errors and start-up remain.
  app.addHook("onRoute", (route) => {
    route.logLevel ??= "warn";
  });
  const formatError = createErrorFormatter(log, { hideSuggestions: !config.introspection });
  answerHttpErrorsAsGraphQL(app, log, config.limits);

  const armor = createArmor(config);
  const limits: OperationLimits = {
    schema,
    maxListItems: config.limits.listItems,
    costOf: armor.costOf,
    buckets: config.rateLimit.bucket > 0 ? new CostBuckets(config.rateLimit.bucket, config.rateLimit.restoreRate) : undefined,
  };
  const metrics = createMetrics();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: armor.apollo.validationRules,
    parseOptions: armor.apollo.parseOptions,
    // No HTTP cache hints are computed: responses are per principal, and the plugin runs on every field.
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControlDisabled(),
      ...(armor.apollo.plugins as ApolloServerPlugin<Context>[]),
      limitsPlugin(limits),
      unavailablePlugin<Context>(),
      piiReadsPlugin(schema, log, createAuditWriter(database.db)),
      ...(config.compiledReads ? [compiledReadsPlugin(schema, createProjections(), database, log, personalDataReadAudit, metrics)] : []),
    ],
  });
  await apollo.start();

  await app.register(fastifyWebsocket, { options: { maxPayload: config.limits.wsMessageBytes } });

  // The live tracking page: static files, plus the graphql-ws browser build it connects with.
  await app.register(fastifyStatic, { root: dashboardDir(), prefix: "/dashboard/" });
  app.get("/dashboard", (_request, reply) => reply.redirect("/dashboard/"));
  const graphqlWsBrowserBuild = join(dirname(require.resolve("graphql-ws/package.json")), "umd", "graphql-ws.min.js");
  app.get("/dashboard/vendor/graphql-ws.min.js", (_request, reply) => reply.type("text/javascript").send(createReadStream(graphqlWsBrowserBuild)));

  registerMetrics(app, metrics, { token: config.metricsToken, required: config.env === "production" });

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: "ready", database: database.kind };
    } catch {
      return reply.code(503).header("retry-after", String(RETRY_AFTER_SECONDS)).send({ status: "unavailable", database: database.kind });
    }
  });

  const httpContext = async (authorization: unknown, clientAddress: string): Promise<Context> => {
    try {
      return { ...createContext(database.db, await principalOf(tokens, sessions, authorization), shared), clientAddress };
    } catch (error) {
      if (error instanceof DomainError) throw toGraphQLError(error, 401);
      throw error;
    }
  };

  const apolloHandler = fastifyApolloHandler(apollo, { context: async (request) => httpContext(request.headers.authorization, request.ip) });
  const graphqlHandler = withOperationTimeout(
    // Each request in a scope of its own, where the unavailable plugin marks the ones that only read.
    function (this: unknown, request: Parameters<typeof apolloHandler>[0], reply: Parameters<typeof apolloHandler>[1]) {
      return inOperationScope(() => apolloHandler.call(this as never, request, reply));
    },
    config.operationTimeoutMs,
  );
  await app.register(async (scope) => {
    // One path for both: GET upgrades to graphql-ws when it is a WebSocket request, else it is Apollo.
    scope.route({ method: "GET", url: "/graphql", handler: graphqlHandler, wsHandler: websocketHandler(schema, database, tokens, sessions, shared, formatError, armor.websocketRules, armor.apollo.parseOptions, { limits, sockets: new SocketLimits(config.sockets) }) });
    scope.route({ method: ["POST", "OPTIONS"], url: "/graphql", handler: graphqlHandler });
  });

  // Apollo's drain plugin closes Fastify when Apollo stops, so stopping Apollo is the one way to close.
  return {
    app,
    close: async () => {
      // "Going away", so that clients reconnect (to another instance) instead of seeing an abnormal
      // 1005; Fastify would close them without a code.
      for (const client of app.websocketServer.clients) client.close(GOING_AWAY, "Server shutting down");
      await apollo.stop();
      if (!deps.bus) await bus.close();
    },
  };
}

/** WebSocket close code 1001 (RFC 6455): the server is going down. */
const GOING_AWAY = 1001;

/** graphql-ws close code for a socket whose session ended (the customer was erased). */
const SESSION_ENDED = 4401;

type SocketExtra = { principal: Principal; limits: SocketState; stopWatching?: () => void };

/** What every WebSocket operation must pass besides validation: the operation limits and the per-user socket caps. */
interface SocketGuards {
  limits: OperationLimits;
  sockets: SocketLimits;
}

/** The principal of a request or socket: a valid token, of a session that has not ended. */
async function principalOf(tokens: TokenService, sessions: SessionGuard, authorization: unknown): Promise<Principal> {
  const principal = await principalFromAuthorization(tokens, authorization);
  await sessions.check(principal);
  return principal;
}

function websocketHandler(
  schema: GraphQLSchema,
  database: DatabaseHandle,
  tokens: TokenService,
  sessions: SessionGuard,
  shared: Shared,
  formatError: ErrorFormatter,
  rules: readonly ValidationRule[],
  parseOptions: ParseOptions,
  { limits, sockets }: SocketGuards,
) {
  return makeHandler<Record<string, unknown>, SocketExtra>({
    schema,
    // Dashboards' feeds: one execution per event for all subscribers that get the same result.
    subscribe: createFeedBroadcast(),
    // The same validation as over HTTP, limits included, before anything runs.
    onSubscribe: async (ctx, id, payload) => {
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
      try {
        await sessions.check(ctx.extra.principal!);
      } catch (error) {
        if (error instanceof DomainError) return [toGraphQLError(error)];
        throw error;
      }
      const operation = getOperationAST(document, payload.operationName) ?? undefined;
      if (!operation) {
        const message = payload.operationName ? `Unknown operation named "${payload.operationName}".` : "Must provide operation name if query contains multiple operations.";
        return [new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })];
      }
      try {
        admitOperation(limits, { document, operation, variables: payload.variables ?? undefined, key: bucketKey(ctx.extra.principal!) });
      } catch (error) {
        if (error instanceof DomainError) return [toGraphQLError(error)];
        throw error;
      }
      // Variables are coerced here, after the limits as Apollo does (it coerces when executing): a
      // bad value is the client's error (BAD_USER_INPUT), where graphql's execute leaves it uncoded.
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 50 });
      if (coerced.errors) return coerced.errors.map((error) => coded(error, "BAD_USER_INPUT"));
      try {
        if (operation.operation === "subscription") sockets.subscribe(ctx.extra.limits!, id);
      } catch (error) {
        if (error instanceof DomainError) return [toGraphQLError(error)];
        throw error;
      }
      return {
        schema,
        document,
        variableValues: payload.variables,
        operationName: payload.operationName,
        // A subscription is long-lived: its loaders must not serve stale rows from a cache.
        contextValue: createContext(database.db, ctx.extra.principal!, shared, { cache: false }),
      };
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
      const state = sockets.connect(bucketKey(ctx.extra.principal), (id) => id in ctx.subscriptions);
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

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { app, close } = await createServer(deps);
  await app.listen({ host: deps.config.host, port: deps.config.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : deps.config.port;
  const host = deps.config.host === "0.0.0.0" || deps.config.host === "::" ? "localhost" : deps.config.host;
  return { app, url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`, close };
}
