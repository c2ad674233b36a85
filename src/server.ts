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
import { unrecordedDb, type DatabaseHandle } from "./db/client.js";
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
import { CUSTOMER_CHANGES_CHANNEL } from "./analytics/customer-changes.js";
import { CASES_CHANNEL } from "./interactions/case-signal.js";
import { BULK_EXPORTS_CHANNEL } from "./exports/export-signal.js";
import { startExportJobs } from "./exports/export-jobs.js";
import { startJobQueue } from "./jobs/queue.js";
import { registerActivityPurge, registerModelRefresh } from "./schedules.js";
import { exportLinks } from "./exports/export-url.js";
import { registerExportDownloads } from "./exports/export-download.js";
import { randomBytes } from "node:crypto";
import { broadcast } from "./redis/broadcast.js";
import { connectSharedStore } from "./redis/store.js";
import { sharedCostBuckets } from "./graphql/shared-cost-buckets.js";
import { sharedPersistedQueries } from "./graphql/persisted-queries.js";
import { answerHttpErrorsAsGraphQL } from "./http-errors.js";
import { createMetrics, databaseMetrics, eventBusLagMetric, registerMetrics } from "./metrics.js";
import { createTracing, requestContext, requestIdOf, traceRequests } from "./tracing.js";
import { operationTracingPlugin, startOperationSpan } from "./graphql/tracing.js";
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
import { LocalRecentWriters, readRouting, readRoutingPlugin, sharedRecentWriters } from "./graphql/read-routing.plugin.js";
import { replicaMetrics } from "./graphql/replica-metrics.js";
import { principalOf, websocketHandler } from "./websocket.js";
import { startWebhooks } from "./webhooks/runtime.js";
import { startCampaigns } from "./campaigns/runtime.js";
import { demoGatewayRoutes } from "./seed/demo-gateway.js";
import { parseQuietHours } from "./campaigns/send.rules.js";
import { startPartitionMaintenance } from "./jobs/history-partitions.js";

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
  const metrics = createMetrics();
  const bus =
    deps.bus ??
    (await createEventBus(database, {
      readCommittedSince: (seconds, limit) => committedSince(database.db, seconds, limit),
      catchUpLimit: config.feedCatchUpLimit,
      onCatchUpFailed: (error) => log.warn({ err: loggableError(error) }, "live feeds told to resync after the LISTEN connection came back"),
      onLag: eventBusLagMetric(metrics),
    }));
  const segmentNotices = await listenNotices(database, SEGMENT_MEMBERSHIP_CHANNEL);
  const caseNotices = await listenNotices(database, CASES_CHANNEL);
  databaseMetrics(metrics, database.statements);
  // Tracing is all or nothing: without an endpoint no provider exists and no hook is added.
  const tracing = config.tracing ? createTracing(config.tracing) : undefined;
  const tracer = tracing?.tracer;
  database.statements.tracer = tracer;
  const exportNotices = await listenNotices(database, BULK_EXPORTS_CHANNEL);
  // Without a configured secret (JWKS in development) links are valid in this process only.
  const links = exportLinks(config.exports.urlSecret ?? randomBytes(32).toString("hex"), config.exports.urlTtlSeconds);
  const customerChangeNotices = await listenNotices(database, CUSTOMER_CHANGES_CHANNEL);
  // With REDIS_URL, what would otherwise be each process's own is shared by all of them.
  const store = config.redis ? await connectSharedStore(config.redis, log, metrics) : undefined;
  // No token lives longer than this: an erasure older than it ends no session.
  const sessions = createSessionGuard(
    database.db,
    durationSeconds(config.jwt.maxLifetime ?? DEFAULT_MAX_LIFETIME),
    config.sessionsRefreshMs,
    store && broadcast(store, "sessions", "sessions-ended"),
  );
  // The job queue (JOB_QUEUE) and what runs on it: the webhook pipeline, bulk exports, campaigns,
  // the history partitions and the recurring maintenance. Stopped before the database closes (close below).
  const boss = config.webhooks.enabled ? await startJobQueue(database, { log }) : undefined;
  const webhooks = boss ? await startWebhooks(database, boss, config.webhooks, log, metrics) : undefined;
  const exportJobs = boss ? await startExportJobs(database, boss, config.exports.dir, log) : undefined;
  const campaignSettings = {
    timeZone: config.ordering.timeZone,
    frequencyCap: config.campaigns.frequencyCap,
    quietHours: parseQuietHours(config.campaigns.quietHours),
  };
  // Campaigns: their jobs, the daily birthday schedule, the sweeper.
  const campaignRuntime = boss ? await startCampaigns(boss, database, campaignSettings, log, metrics) : undefined;
  if (boss) {
    // Background work: not among the statements a request is watched by.
    await startPartitionMaintenance(boss, unrecordedDb(database), config.partitions, log);
    await registerModelRefresh(boss, unrecordedDb(database), config, log);
    await registerActivityPurge(boss, unrecordedDb(database), config, log);
  }
  const leadCaptures = new CostBuckets(config.leadCapturesPerHour, config.leadCapturesPerHour / 3600);
  const anonymousEvents = new CostBuckets(config.anonymousEventsPerMinute, config.anonymousEventsPerMinute / 60);
  const shared: Shared = {
    bus,
    segmentNotices,
    caseNotices,
    customerChangeNotices,
    reactions,
    feed: createFeedSource(database.db),
    tokens,
    sessions,
    caseSlaHours: config.caseSlaHours,
    returnWindowDays: config.returnWindowDays,
    identity: config.identity,
    ordering: config.ordering,
    leadCaptures: store ? sharedCostBuckets(store, leadCaptures) : leadCaptures,
    exports: { jobs: exportJobs, links },
    exportNotices,
    anonymousEvents: store ? sharedCostBuckets(store, anonymousEvents) : anonymousEvents,
    activityRetentionDays: config.activityRetentionDays,
    webhooks,
    campaigns: campaignRuntime,
    campaignSettings,
    production: config.env === "production",
  };
  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: config.limits.bodyBytes, genReqId: requestIdOf });
  // The id a client (or its load balancer) can quote; the request's spans carry it.
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  if (tracer) traceRequests(app, tracer);
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
  if (database.replica) replicaMetrics(database.replica, metrics);
  const reads =
    database.replica && config.readReplica
      ? readRouting(store ? sharedRecentWriters(store, config.readReplica.readYourWritesMs) : new LocalRecentWriters(config.readReplica.readYourWritesMs), database.replica)
      : undefined;
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
      ...(tracer ? [operationTracingPlugin() as ApolloServerPlugin<Context>] : []),
      ...(armor.apollo.plugins as ApolloServerPlugin<Context>[]),
      limitsPlugin(limits),
      unavailablePlugin<Context>(),
      ...(reads ? [readRoutingPlugin<Context>(reads)] : []),
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

  registerExportDownloads(app, database.db, links, config.exports.dir);

  // The demo world's message gateway: what campaigns sent (src/seed/demo-gateway.ts).
  if (config.env !== "production") await demoGatewayRoutes(app, database.db);
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      // The replica never makes the process unready (the primary answers for it); it is shown for operators.
      return { status: "ready", database: database.kind, ...(database.replica ? { replica: database.replica.state } : {}) };
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
      // A sampled request: the operation's span under the request's, in the request's scope, so
      // that its statements (db/observe.ts) hang under it.
      const parent = tracer && requestContext(request);
      const span = parent ? startOperationSpan(tracer, parent, "http", request.id) : undefined;
      const answer = inOperationScope(async () => {
        const body = await apolloHandler.call(this as never, request, reply);
        return typeof body === "string" ? rawAnswer.splice(body) : body;
      }, span);
      return span ? answer.finally(() => span.end()) : answer;
    },
    config.operationTimeoutMs,
  );
  const sockets = new SocketLimits(config.sockets, store);
  socketMetrics(sockets, metrics);
  await app.register(async (scope) => {
    // One path for both: GET upgrades to graphql-ws when it is a WebSocket request, else it is Apollo.
    scope.route({ method: "GET", url: "/graphql", handler: graphqlHandler, wsHandler: websocketHandler(schema, database, tokens, sessions, shared, formatError, armor.websocketRules, armor.apollo.parseOptions, { limits, sockets, tracer, reads }) });
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
      // A running export stops after its batch and is queued again, for another process or the next start.
      exportJobs?.stop();
      sockets.close();
      await store?.close();
      if (!deps.bus) await bus.close();
      await Promise.all([segmentNotices.close(), caseNotices.close(), exportNotices.close(), customerChangeNotices.close()]);
      if (database.statements.tracer === tracer) database.statements.tracer = undefined;
      // Spans still buffered are sent before the process goes (SIGTERM drains through here).
      await tracing?.shutdown().catch((error: unknown) => log.warn({ err: loggableError(error) }, "could not send the last spans"));
      await campaignRuntime?.stop();
      await webhooks?.stop();
      // Graceful: the jobs in hand finish (deliveries recorded, an export's batch) before the database closes.
      await boss?.stop({ graceful: true, wait: true, close: false, timeout: config.webhooks.timeoutMs + 5_000 });
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
