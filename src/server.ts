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
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationRule } from "graphql";
import { makeHandler } from "graphql-ws/use/@fastify/websocket";
import type { Logger } from "pino";
import { sql } from "drizzle-orm";
import { principalFromAuthorization, type TokenService } from "./auth/tokens.js";
import type { Principal } from "./auth/principal.js";
import type { Config } from "./config.js";
import { createContext, type Context, type Shared } from "./context.js";
import type { DatabaseHandle } from "./db/client.js";
import { DomainError } from "./errors.js";
import { createAuditWriter } from "./audit/audit-writer.js";
import { piiReadsPlugin } from "./audit/pii-reads.plugin.js";
import { createArmor } from "./graphql/armor.js";
import { createErrorFormatter, loggableError, toGraphQLError, type ErrorFormatter } from "./graphql/errors.js";
import { CostBuckets } from "./graphql/cost-buckets.js";
import { admitOperation, bucketKey, limitsPlugin, type OperationLimits } from "./graphql/limits.plugin.js";
import { withOperationTimeout } from "./graphql/operation-timeout.js";
import { SocketLimits, TOO_MANY_CONNECTIONS, type SocketState } from "./graphql/socket-limits.js";
import { createEventBus, type EventBus } from "./pubsub/event-bus.js";
import { collectDefaultMetrics, Registry } from "prom-client";
import { createSchema } from "./schema.js";
import { compiledReadsPlugin } from "./graphql/compiled/compiled-reads.plugin.js";
import { createProjections } from "./projections.js";
import { createFeedBroadcast } from "./tracking/feed-broadcast.js";
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
  const bus =
    deps.bus ??
    (await createEventBus(database, {
      catchUpLimit: config.feedCatchUpLimit,
      onCatchUpFailed: (error) => log.warn({ err: loggableError(error) }, "live feeds told to resync after the LISTEN connection came back"),
    }));
  const shared: Shared = { bus, feed: createFeedSource(database.db), tokens, caseSlaHours: config.caseSlaHours, returnWindowDays: config.returnWindowDays, identity: config.identity, ordering: config.ordering };
  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: config.limits.bodyBytes });
  // Per-request access lines would drown the log; errors and start-up remain.
  app.addHook("onRoute", (route) => {
    route.logLevel ??= "warn";
  });
  const formatError = createErrorFormatter(log);

  const armor = createArmor(config);
  const limits: OperationLimits = {
    schema,
    maxListItems: config.limits.listItems,
    costOf: armor.costOf,
    buckets: config.rateLimit.bucket > 0 ? new CostBuckets(config.rateLimit.bucket, config.rateLimit.restoreRate) : undefined,
  };
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
      ...(config.compiledReads ? [compiledReadsPlugin(schema, createProjections(), database, log)] : []),
    ],
  });
  await apollo.start();

  await app.register(fastifyWebsocket, { options: { maxPayload: config.limits.wsMessageBytes } });

  // The live tracking page: static files, plus the graphql-ws browser build it connects with.
  await app.register(fastifyStatic, { root: dashboardDir(), prefix: "/dashboard/" });
  app.get("/dashboard", (_request, reply) => reply.redirect("/dashboard/"));
  const graphqlWsBrowserBuild = join(dirname(require.resolve("graphql-ws/package.json")), "umd", "graphql-ws.min.js");
  app.get("/dashboard/vendor/graphql-ws.min.js", (_request, reply) => reply.type("text/javascript").send(createReadStream(graphqlWsBrowserBuild)));

  // Process metrics (heap, event loop lag, GC) in the Prometheus text format.
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  app.get("/metrics", async (_request, reply) => reply.type(metrics.contentType).send(await metrics.metrics()));

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
      return { ...createContext(database.db, await principalFromAuthorization(tokens, authorization), shared), clientAddress };
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
    scope.route({ method: "GET", url: "/graphql", handler: graphqlHandler, wsHandler: websocketHandler(schema, database, tokens, shared, formatError, armor.websocketRules, armor.apollo.parseOptions, { limits, sockets: new SocketLimits(config.sockets) }) });
    scope.route({ method: ["POST", "OPTIONS"], url: "/graphql", handler: graphqlHandler });
  });

  // Apollo's drain plugin closes Fastify when Apollo stops, so stopping Apollo is the one way to close.
  return {
    app,
    close: async () => {
      await apollo.stop();
      if (!deps.bus) await bus.close();
    },
  };
}

type SocketExtra = { principal: Principal; limits: SocketState };

/** What every WebSocket operation must pass besides validation: the operation limits and the per-user socket caps. */
interface SocketGuards {
  limits: OperationLimits;
  sockets: SocketLimits;
}

function websocketHandler(
  schema: GraphQLSchema,
  database: DatabaseHandle,
  tokens: TokenService,
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
    onSubscribe: (ctx, id, payload) => {
      // Codes as Apollo gives them over HTTP, so clients handle both transports alike.
      const coded = (error: GraphQLError, code: string) => new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
      let document: DocumentNode;
      try {
        document = parse(payload.query, parseOptions);
      } catch (error) {
        return [coded(error as GraphQLError, "GRAPHQL_PARSE_FAILED")];
      }
      const errors = validate(schema, document, rules);
      if (errors.length > 0) return errors.map((error) => coded(error, "GRAPHQL_VALIDATION_FAILED"));
      try {
        const operation = getOperationAST(document, payload.operationName) ?? undefined;
        admitOperation(limits, { document, operation, variables: payload.variables ?? undefined, key: bucketKey(ctx.extra.principal!) });
        if (operation?.operation === "subscription") sockets.subscribe(ctx.extra.limits!, id);
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
    onClose: (ctx) => sockets.disconnect(ctx.extra.limits),
    onConnect: async (ctx) => {
      const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      if (!authorization) return false;
      try {
        ctx.extra.principal = await principalFromAuthorization(tokens, authorization);
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
