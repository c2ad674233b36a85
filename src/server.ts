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
import type { Logger } from "pino";
import { sql } from "drizzle-orm";
import { createSessionGuard } from "./auth/sessions.js";
import { DEFAULT_MAX_LIFETIME, durationSeconds, type TokenService } from "./auth/tokens.js";
import type { Config } from "./config.js";
import { createContext, type Context, type Shared } from "./context.js";
import type { DatabaseHandle } from "./db/client.js";
import { DomainError } from "./errors.js";
import { createAuditWriter } from "./audit/audit-writer.js";
import { personalDataReadAudit, piiReadsPlugin } from "./audit/pii-reads.plugin.js";
import { createArmor } from "./graphql/armor.js";
import { createErrorFormatter, loggableError, toGraphQLError } from "./graphql/errors.js";
import { CostBuckets } from "./graphql/cost-buckets.js";
import { limitsPlugin, type OperationLimits } from "./graphql/limits.plugin.js";
import { operationMetricsPlugin } from "./graphql/operation-metrics.plugin.js";
import { withOperationTimeout } from "./graphql/operation-timeout.js";
import { SocketLimits, socketMetrics } from "./graphql/socket-limits.js";
import { createEventBus, type EventBus } from "./pubsub/event-bus.js";
import { listenNotices } from "./pubsub/notices.js";
import { SEGMENT_MEMBERSHIP_CHANNEL } from "./analytics/segment-stream.js";
import { CASES_CHANNEL } from "./interactions/case-signal.js";
import { broadcast } from "./redis/broadcast.js";
import { connectSharedStore } from "./redis/store.js";
import { sharedCostBuckets } from "./graphql/shared-cost-buckets.js";
import { sharedPersistedQueries } from "./graphql/persisted-queries.js";
import { answerHttpErrorsAsGraphQL } from "./http-errors.js";
import { createMetrics, registerMetrics } from "./metrics.js";
import { loaderStatementsMetric } from "./graphql/loader.js";
import { createSchema } from "./schema.js";
import { compiledReadsPlugin } from "./graphql/compiled/compiled-reads.plugin.js";
import { RawAnswer } from "./graphql/compiled/raw-answer.js";
import { configureCursorSecret } from "./graphql/cursor-seal.js";
import { createProjections } from "./projections.js";
import { reactions } from "./reactions.js";
import { committedSince } from "./tracking/committed-since.js";
import { createFeedSource } from "./tracking/feed-stream.js";
import { inOperationScope, RETRY_AFTER_SECONDS } from "./db/unavailable.js";
import { unavailablePlugin } from "./graphql/unavailable.plugin.js";
import { principalOf, websocketHandler } from "./websocket.js";
import { startWebhooks } from "./webhooks/runtime.js";

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
  const segmentNotices = await listenNotices(database, SEGMENT_MEMBERSHIP_CHANNEL);
  const caseNotices = await listenNotices(database, CASES_CHANNEL);
  const metrics = createMetrics();
  // With REDIS_URL, what would otherwise be each process's own is shared by all of them.
  const store = config.redis ? await connectSharedStore(config.redis, log, metrics) : undefined;
  // No token lives longer than this: an erasure older than it ends no session.
  const sessions = createSessionGuard(
    database.db,
    durationSeconds(config.jwt.maxLifetime ?? DEFAULT_MAX_LIFETIME),
    config.sessionsRefreshMs,
    store && broadcast(store, "sessions", "sessions-ended"),
  );
  // The job queue and the webhook pipeline on it; stopped before the database closes (close below).
  const webhooks = config.webhooks.enabled ? await startWebhooks(database, config.webhooks, log) : undefined;
  const leadCaptures = new CostBuckets(config.leadCapturesPerHour, config.leadCapturesPerHour / 3600);
  const shared: Shared = {
    bus,
    segmentNotices,
    caseNotices,
    reactions,
    feed: createFeedSource(database.db),
    tokens,
    sessions,
    caseSlaHours: config.caseSlaHours,
    returnWindowDays: config.returnWindowDays,
    identity: config.identity,
    ordering: config.ordering,
    leadCaptures: store ? sharedCostBuckets(store, leadCaptures) : leadCaptures,
    webhooks,
    production: config.env === "production",
  };
  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: config.limits.bodyBytes });
  // Per-request access lines would drown the log; errors and start-up remain.
  app.addHook("onRoute", (route) => {
    route.logLevel ??= "warn";
  });
  const formatError = createErrorFormatter(log, { hideSuggestions: !config.introspection });
  answerHttpErrorsAsGraphQL(app, log, config.limits);

  const armor = createArmor(config);
  const localBuckets = config.rateLimit.bucket > 0 ? new CostBuckets(config.rateLimit.bucket, config.rateLimit.restoreRate) : undefined;
  const limits: OperationLimits = {
    schema,
    maxListItems: config.limits.listItems,
    costOf: armor.costOf,
    buckets: localBuckets && store ? sharedCostBuckets(store, localBuckets) : localBuckets,
  };
  loaderStatementsMetric(database.db, metrics);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Without Redis, Apollo's default: a bounded cache in this process.
    ...(store ? { persistedQueries: sharedPersistedQueries(store) } : {}),
    allowBatchedHttpRequests: false,
    validationRules: armor.apollo.validationRules,
    parseOptions: armor.apollo.parseOptions,
    // No HTTP cache hints are computed: responses are per principal, and the plugin runs on every field.
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControlDisabled(),
      operationMetricsPlugin(metrics) as ApolloServerPlugin<Context>,
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

  const httpContext = async (authorization: unknown, clientAddress: string, rawAnswer: RawAnswer | undefined): Promise<Context> => {
    try {
      return { ...createContext(database.db, await principalOf(tokens, sessions, authorization), shared), clientAddress, rawAnswer };
    } catch (error) {
      if (error instanceof DomainError) throw toGraphQLError(error, 401);
      throw error;
    }
  };

  const rawAnswers = new WeakMap<object, RawAnswer>();
  const apolloHandler = fastifyApolloHandler(apollo, { context: async (request) => httpContext(request.headers.authorization, request.ip, rawAnswers.get(request)) });
  const graphqlHandler = withOperationTimeout(
    // Each request in a scope of its own, where the unavailable plugin marks the ones that only read.
    function (this: unknown, request: Parameters<typeof apolloHandler>[0], reply: Parameters<typeof apolloHandler>[1]) {
      const rawAnswer = new RawAnswer();
      rawAnswers.set(request, rawAnswer);
      return inOperationScope(async () => {
        const body = await apolloHandler.call(this as never, request, reply);
        return typeof body === "string" ? rawAnswer.splice(body) : body;
      });
    },
    config.operationTimeoutMs,
  );
  const sockets = new SocketLimits(config.sockets, store);
  socketMetrics(sockets, metrics);
  await app.register(async (scope) => {
    // One path for both: GET upgrades to graphql-ws when it is a WebSocket request, else it is Apollo.
    scope.route({ method: "GET", url: "/graphql", handler: graphqlHandler, wsHandler: websocketHandler(schema, database, tokens, sessions, shared, formatError, armor.websocketRules, armor.apollo.parseOptions, { limits, sockets }) });
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
      sockets.close();
      await store?.close();
      if (!deps.bus) await bus.close();
      await Promise.all([segmentNotices.close(), caseNotices.close()]);
      await webhooks?.stop();
    },
  };
}

/** WebSocket close code 1001 (RFC 6455): the server is going down. */
const GOING_AWAY = 1001;

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { app, close } = await createServer(deps);
  await app.listen({ host: deps.config.host, port: deps.config.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : deps.config.port;
  const host = deps.config.host === "0.0.0.0" || deps.config.host === "::" ? "localhost" : deps.config.host;
  return { app, url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`, close };
}
