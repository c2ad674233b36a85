import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";
import type { PartitionSettings } from "./db/partitions.js";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL");

/** The OTLP/HTTP exporter speaks HTTP only ("collector:4318" would parse as a URL of scheme "collector:"). */
const httpUrl = z.string().regex(/^https?:\/\/[^/\s]+/, "must be an http:// or https:// URL");

/** The five numeric fields of a cron line and their ranges (minute, hour, day of month, month, day of week). */
const CRON_FIELDS: readonly [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 7]];

/** `*`, `n`, `a-b`, each optionally `/step`, comma-separated, within the field's range. */
function cronFieldOk(field: string, [low, high]: [number, number]): boolean {
  return field.split(",").every((part) => {
    const [range, step, extra] = part.split("/");
    if (extra !== undefined || (step !== undefined && !/^[1-9]\d*$/.test(step))) return false;
    if (range === "*") return true;
    const bounds = range!.split("-");
    if (bounds.length > 2 || !bounds.every((b) => /^\d+$/.test(b))) return false;
    const [a, b = a] = bounds.map(Number) as [number, number?];
    return a >= low && b! <= high && a <= b!;
  });
}

/**
 * When a recurring job runs: a five-field cron line (`30 2 * * *`, in TIME_ZONE) on the job
 * queue's scheduler, once across all processes; `off`: not scheduled (null).
 */
const cron = z
  .string()
  .trim()
  .refine((v) => v === "off" || (v.split(/\s+/).length === 5 && v.split(/\s+/).every((f, i) => cronFieldOk(f, CRON_FIELDS[i]!))), "must be a five-field cron line such as 30 2 * * * (numbers, *, ranges, steps), or off")
  .transform((v) => (v === "off" ? null : v.split(/\s+/).join(" ")));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("localhost"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_READ_URL: postgresUrl.optional(),
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
  REPLICA_CHECK_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  READ_YOUR_WRITES_MS: z.coerce.number().int().min(0).max(3_600_000).default(2_000),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, "must be a redis:// or rediss:// URL").optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:._-]{1,64}$/, "must be 1-64 letters, digits or : . _ -").default("cdp:"),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Seals page cursors (AES-256-GCM); defaults to JWT_SECRET. */
  CURSOR_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().min(1).default("customer-data-platform"),
  JWT_AUDIENCE: z.string().min(1).default("customer-data-platform"),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** OTLP/HTTP collector: traces go to <endpoint>/v1/traces (OpenTelemetry's own variable). */
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  /** The traces URL itself, overriding the one made from OTEL_EXPORTER_OTLP_ENDPOINT. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().regex(/^[\w.-]{1,64}$/, "must be 1-64 letters, digits or . _ -").default("customer-data-platform"),
  TRACE_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(0.1),
  TOKEN_TTL: z.string().regex(/^\d+[smhdw]$/, "must look like 15m, 12h or 30d").default("12h"),
  JWT_MAX_LIFETIME: z.string().regex(/^\d+[smhdw]$/, "must look like 15m, 12h or 30d").default("12h"),
  SEED_ON_EMPTY: bool.optional(),
  SEED_CUSTOMERS: z.coerce.number().int().min(1).max(1_000_000).default(200),
  SEED: z.coerce.number().int().min(0).default(7),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  INTROSPECTION: bool.optional(),
  MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
  MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
  MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5000),
  MAX_COST: z.coerce.number().int().min(10).max(10_000_000).default(50_000),
  MAX_LIST_ITEMS: z.coerce.number().int().min(1).max(10_000).default(250),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  MAX_WS_MESSAGE_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(64 * 1024),
  RATE_LIMIT_BUCKET: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
  RATE_LIMIT_RESTORE_RATE: z.coerce.number().int().min(1).max(1_000_000_000).default(10_000),
  MAX_WS_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).max(100_000).default(50),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(100_000).default(100),
  MAX_SUBSCRIPTIONS_PER_USER: z.coerce.number().int().min(1).max(1_000_000).default(500),
  OPERATION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  SESSIONS_REFRESH_MS: z.coerce.number().int().min(100).max(300_000).default(5_000),
  FEED_CATCH_UP_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
  LEAD_CAPTURES_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(30),
  ANONYMOUS_EVENTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
  ACTIVITY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(395),
  /** Partitioned history (src/db/partitions.ts): months created ahead, and days kept per table (0: for ever). */
  PARTITION_MONTHS_AHEAD: z.coerce.number().int().min(1).max(24).default(3),
  TRACKING_RETENTION_DAYS: z.coerce.number().int().min(0).max(36500).default(730),
  INTERACTION_RETENTION_DAYS: z.coerce.number().int().min(0).max(36500).default(0),
  /**
   * The audit log records the processing of personal data: PIPL art. 56 keeps processing
   * records at least three years, the Cybersecurity Law art. 21 network logs at least six months.
   * Below that the start refuses; 0 keeps it for ever.
   */
  AUDIT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .refine((days) => days === 0 || (days >= 183 && days <= 36500), "must be 0 (kept for ever) or 183 to 36500 days (the audit log's legal minimum is six months; the default 1096 is PIPL's three years)")
    .default(1096),
  COMPILED_READS: bool.default(true),
  CASE_SLA_HOURS: z
    .string()
    .regex(/^(URGENT|HIGH|NORMAL|LOW)=\d+(,(URGENT|HIGH|NORMAL|LOW)=\d+)*$/, "must look like URGENT=4,HIGH=24,NORMAL=72,LOW=168")
    .default("URGENT=4,HIGH=24,NORMAL=72,LOW=168"),
  RETURN_WINDOW_DAYS: z.coerce.number().int().min(0).max(3650).default(15),
  IDENTITY_SOURCE_PRIORITY: z.string().regex(/^[a-z0-9*_-]+(,[a-z0-9*_-]+)*$/, "must look like webshop,app,hotline,dealer-*").default("profile,webshop,app,hotline,dealer-*,station-*"),
  IDENTITY_SURVIVORSHIP: z
    .string()
    .regex(
      /^(givenName|familyName|organisationName|birthday)=(MOST_RECENT|MOST_TRUSTED|MOST_FREQUENT)(,(givenName|familyName|organisationName|birthday)=(MOST_RECENT|MOST_TRUSTED|MOST_FREQUENT))*$/,
      "must look like givenName=MOST_FREQUENT,birthday=MOST_TRUSTED",
    )
    .default("givenName=MOST_FREQUENT,familyName=MOST_FREQUENT,organisationName=MOST_TRUSTED,birthday=MOST_TRUSTED"),
  IDENTITY_SHARED_VALUE_LIMIT: z.coerce.number().int().min(1).max(1000).default(3),
  TIME_ZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Asia/Shanghai")
    .default("Asia/Shanghai"),
  /** Where bulk export files are written (default: cdp-exports under the OS temp directory). */
  EXPORT_DIR: z.string().min(1).optional(),
  /** Lifetime of a bulk export's signed download link. */
  EXPORT_URL_TTL: z.string().regex(/^\d+[smhdw]$/, "must look like 15m, 12h or 30d").default("15m"),
  /** Signs bulk export download links; defaults to CURSOR_SECRET (then JWT_SECRET). */
  EXPORT_URL_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JOB_QUEUE: bool.optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  OUTBOX_RETENTION_CRON: cron.default("17 3 * * *"),
  MODELS_REFRESH_CRON: cron.default("30 2 * * *"),
  ACTIVITY_PURGE_CRON: cron.default("45 3 * * *"),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(1).max(7 * 86_400_000).default(6 * 3_600_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).max(10_000).default(20),
  /** 0: the attempts alone decide; a day by default, so that an outage the retries ride out never disables. */
  WEBHOOK_DISABLE_AFTER_MINUTES: z.coerce.number().int().min(0).max(525_600).default(1440),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(64),
  /** At most N marketing messages per customer in D days, across campaigns: "N/D". */
  CAMPAIGN_FREQUENCY_CAP: z.string().regex(/^\d{1,3}\/\d{1,3}$/, "must look like 3/7 (messages/days)").default("3/7"),
  /** Local hours in which no campaign message is sent (deferred to their end), or off. */
  CAMPAIGN_QUIET_HOURS: z
    .string()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d|off)$/, "must look like 21:00-08:00, or off")
    .default("21:00-08:00"),
  SAME_DAY_CUTOFF: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day such as 14:00").default("14:00"),
});

export type Env = z.input<typeof envSchema>;

export interface OrderingRules {
  /** IANA zone of the platform's business day (default Asia/Shanghai). */
  timeZone: string;
  /** Same-day orders are taken until this local time, as minutes after midnight (default 14:00). */
  sameDayCutoffMinutes: number;
}

/** The job queue and the webhook pipeline on it (src/jobs, src/webhooks). */
export interface WebhookSettings {
  /** Off: no queue, no deliveries (the outbox still fills for endpoints that exist). */
  enabled: boolean;
  outboxPollMs: number;
  retentionDays: number;
  /** When the outbox's clean-up runs (cron in `timeZone`, TIME_ZONE; null: not scheduled). */
  retentionCron: string | null;
  timeZone: string;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  /** An endpoint is disabled when its current run of failures is at least this many attempts… */
  disableAfter: number;
  /** …and has lasted at least this long (0: the count alone). */
  disableAfterMinutes: number;
  timeoutMs: number;
  concurrency: number;
}

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  dataDir: string;
  /** Absent: the embedded PGlite database under `dataDir`. */
  databaseUrl?: string;
  /**
   * PostgreSQL only (PGlite ignores it): a streaming replica that answers query operations while
   * it lags at most `maxLagMs` (measured every `checkMs`); a principal's reads within
   * `readYourWritesMs` of its last mutation go to the primary (db/replica.ts).
   */
  readReplica?: { url: string; maxLagMs: number; checkMs: number; readYourWritesMs: number };
  webhooks: WebhookSettings;
  /** Campaign sending rules (src/campaigns): the frequency cap and quiet hours ("21:00-08:00" or "off"). */
  campaigns: { frequencyCap: { max: number; days: number }; quietHours: string };
  dbPoolMax: number;
  /**
   * Absent: cost buckets, persisted queries, socket caps and ended sessions live in each process.
   * Set: they are shared by every process through this Redis (`src/redis/`).
   */
  redis?: { url: string; keyPrefix: string };
  /** `ttl`: lifetime of the tokens this platform signs; `maxLifetime`: the longest exp - iat it accepts (default 12h). */
  jwt: { secret?: string; jwksUrl?: string; issuer: string; audience: string; ttl: string; maxLifetime?: string };
  /** Bearer token a Prometheus scraper sends to read /metrics (required in production). */
  metricsToken?: string;
  /** Absent: no tracing at all. Set: spans exported over OTLP/HTTP to `url`, `sampleRatio` of the traces (src/tracing.ts). */
  tracing?: { url: string; sampleRatio: number; serviceName: string };
  seedOnEmpty: boolean;
  seedCustomers: number;
  seed: number;
  logLevel: string;
  introspection: boolean;
  /** Hours until a case is due, per priority. */
  caseSlaHours: Record<"URGENT" | "HIGH" | "NORMAL" | "LOW", number>;
  /** Days after delivery within which a return is accepted, where the product's category sets none. */
  returnWindowDays: number;
  /** The platform's local day (SAME_DAY delivery) and the time of day until which same-day orders are taken. */
  ordering: OrderingRules;
  /** Limits every operation must pass before it runs, on HTTP and WebSocket alike. */
  limits: { depth: number; aliases: number; directives: number; tokens: number; cost: number; listItems: number; bodyBytes: number; wsMessageBytes: number };
  /** Query cost per principal over time (leaky bucket); capacity 0 turns it off. */
  rateLimit: { bucket: number; restoreRate: number };
  /** WebSocket caps per user (token subject) and per connection. */
  sockets: { connectionsPerUser: number; subscriptionsPerConnection: number; subscriptionsPerUser: number };
  /** Milliseconds a query or mutation may run (0: no limit); also PostgreSQL's statement_timeout. */
  operationTimeoutMs: number;
  /** How often a process reads the erasures other processes made (their customers' sessions end). */
  sessionsRefreshMs: number;
  /** Reads the projections cover run as one SQL statement (graphql/compiled); off: always the resolvers. */
  compiledReads: boolean;
  /** Seals page cursors; absent (JWKS in development): a key of this process only. */
  cursorSecret?: string;
  /**
   * After the LISTEN connection comes back, at most this many events recorded while it was away
   * are re-delivered to live feeds; more (or 0) ends the feeds with RESYNC_REQUIRED instead.
   */
  feedCatchUpLimit: number;
  /** Leads one network address may submit through the public form per hour (a burst of that many, refilled evenly). */
  leadCapturesPerHour: number;
  /** Behavioural events one network address may send without a sign-in per minute (a burst of that many, refilled evenly). */
  anonymousEventsPerMinute: number;
  /** Days behavioural events are kept (trackEvents refuses older ones; activity:purge deletes them). */
  activityRetentionDays: number;
  /** The history tables' partitions: created ahead and dropped past each table's retention by a daily job (db/partitions.ts). */
  partitions: PartitionSettings;
  /** Identity resolution: matching thresholds and survivorship (README "Identity resolution"). */
  identity: IdentitySettings;
  /**
   * Bulk exports: the directory their files go to, how long a signed download link lasts, and
   * the secret that signs them (absent with JWKS and no CURSOR_SECRET: a key of this process only).
   */
  exports: { dir: string; urlTtlSeconds: number; urlSecret?: string };
  /** Recurring jobs on the queue's scheduler (cron lines in TIME_ZONE; null: not scheduled): the prediction models' rebuild, the activity purge. */
  schedules: { modelsRefresh: string | null; activityPurge: string | null };
}

export type SurvivorshipStrategy = "MOST_RECENT" | "MOST_TRUSTED" | "MOST_FREQUENT";
export type GoldenField = "givenName" | "familyName" | "organisationName" | "birthday";

export interface IdentitySettings {
  /** Sources from most to least trusted; `dealer-*` stands for every dealer's system. */
  sourcePriority: string[];
  survivorship: Record<GoldenField, SurvivorshipStrategy>;
  /** An email, phone or VIN carried by more distinct people than this (a dealer's front-desk phone) is ignored; below it, its weight drops by log2 of the number. */
  sharedValueLimit: number;
}

export const DEFAULT_IDENTITY_SETTINGS: IdentitySettings = {
  sourcePriority: ["profile", "webshop", "app", "hotline", "dealer-*", "station-*"],
  survivorship: { givenName: "MOST_FREQUENT", familyName: "MOST_FREQUENT", organisationName: "MOST_TRUSTED", birthday: "MOST_TRUSTED" },
  sharedValueLimit: 3,
};

/** A configuration mistake: the message is one line naming the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new ConfigError(`Invalid ${variable}=${JSON.stringify(env[variable] ?? "")}: ${issue.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.JWT_SECRET && !e.JWT_JWKS_URL) {
    throw new ConfigError("Missing JWT_SECRET (or JWT_JWKS_URL): required when NODE_ENV=production");
  }
  // Every instance must seal cursors alike, or a page from one would not open on the next.
  if (production && !e.CURSOR_SECRET && !e.JWT_SECRET) {
    throw new ConfigError("Missing CURSOR_SECRET: required when NODE_ENV=production and tokens are verified by JWT_JWKS_URL");
  }
  if (seconds(e.TOKEN_TTL) > seconds(e.JWT_MAX_LIFETIME)) {
    throw new ConfigError(`Invalid TOKEN_TTL=${JSON.stringify(e.TOKEN_TTL)}: longer than JWT_MAX_LIFETIME (${e.JWT_MAX_LIFETIME}), such tokens would be refused`);
  }
  // A write older than the window is on every replica in use: it lagged at most REPLICA_MAX_LAG_MS
  // at its last check, at most REPLICA_CHECK_MS ago. A shorter window would let a client miss its own write.
  if (e.DATABASE_READ_URL && e.READ_YOUR_WRITES_MS < e.REPLICA_MAX_LAG_MS + e.REPLICA_CHECK_MS) {
    throw new ConfigError(
      `Invalid READ_YOUR_WRITES_MS=${JSON.stringify(String(e.READ_YOUR_WRITES_MS))}: shorter than REPLICA_MAX_LAG_MS + REPLICA_CHECK_MS (${e.REPLICA_MAX_LAG_MS + e.REPLICA_CHECK_MS}), a client could miss its own write`,
    );
  }
  const dataDir = resolve(e.DATA_DIR);
  const jwtSecret = e.JWT_SECRET ?? (e.JWT_JWKS_URL ? undefined : developmentSecret(dataDir));
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    readReplica:
      e.DATABASE_READ_URL && e.DATABASE_URL
        ? { url: e.DATABASE_READ_URL, maxLagMs: e.REPLICA_MAX_LAG_MS, checkMs: e.REPLICA_CHECK_MS, readYourWritesMs: e.READ_YOUR_WRITES_MS }
        : undefined,
    // Tests start many platforms: only those about the queue run it.
    webhooks: {
      enabled: e.JOB_QUEUE ?? e.NODE_ENV !== "test",
      outboxPollMs: e.OUTBOX_POLL_MS,
      retentionDays: e.OUTBOX_RETENTION_DAYS,
      retentionCron: e.OUTBOX_RETENTION_CRON,
      timeZone: e.TIME_ZONE,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: e.WEBHOOK_RETRY_MAX_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      disableAfter: e.WEBHOOK_DISABLE_AFTER,
      disableAfterMinutes: e.WEBHOOK_DISABLE_AFTER_MINUTES,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      concurrency: e.WEBHOOK_CONCURRENCY,
    },
    campaigns: {
      frequencyCap: { max: Number(e.CAMPAIGN_FREQUENCY_CAP.split("/")[0]), days: Number(e.CAMPAIGN_FREQUENCY_CAP.split("/")[1]) },
      quietHours: e.CAMPAIGN_QUIET_HOURS,
    },
    dbPoolMax: e.DB_POOL_MAX,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : undefined,
    jwt: {
      secret: jwtSecret,
      jwksUrl: e.JWT_JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      ttl: e.TOKEN_TTL,
      maxLifetime: e.JWT_MAX_LIFETIME,
    },
    metricsToken: e.METRICS_TOKEN,
    tracing: tracesUrl(e) ? { url: tracesUrl(e)!, sampleRatio: e.TRACE_SAMPLE_RATIO, serviceName: e.OTEL_SERVICE_NAME } : undefined,
    // An empty database gets demo data so that a first start shows something; never in production.
    seedOnEmpty: e.SEED_ON_EMPTY ?? !production,
    seedCustomers: e.SEED_CUSTOMERS,
    seed: e.SEED,
    logLevel: e.LOG_LEVEL,
    introspection: e.INTROSPECTION ?? !production,
    limits: { depth: e.MAX_DEPTH, aliases: e.MAX_ALIASES, directives: e.MAX_DIRECTIVES, tokens: e.MAX_TOKENS, cost: e.MAX_COST, listItems: e.MAX_LIST_ITEMS, bodyBytes: e.MAX_BODY_BYTES, wsMessageBytes: e.MAX_WS_MESSAGE_BYTES },
    rateLimit: { bucket: e.RATE_LIMIT_BUCKET, restoreRate: e.RATE_LIMIT_RESTORE_RATE },
    sockets: {
      connectionsPerUser: e.MAX_WS_CONNECTIONS_PER_USER,
      subscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      subscriptionsPerUser: e.MAX_SUBSCRIPTIONS_PER_USER,
    },
    operationTimeoutMs: e.OPERATION_TIMEOUT_MS,
    sessionsRefreshMs: e.SESSIONS_REFRESH_MS,
    compiledReads: e.COMPILED_READS,
    cursorSecret: e.CURSOR_SECRET ?? jwtSecret,
    exports: { dir: resolve(e.EXPORT_DIR ?? join(tmpdir(), "cdp-exports")), urlTtlSeconds: seconds(e.EXPORT_URL_TTL), urlSecret: e.EXPORT_URL_SECRET ?? e.CURSOR_SECRET ?? jwtSecret },
    feedCatchUpLimit: e.FEED_CATCH_UP_LIMIT,
    leadCapturesPerHour: e.LEAD_CAPTURES_PER_HOUR,
    anonymousEventsPerMinute: e.ANONYMOUS_EVENTS_PER_MINUTE,
    activityRetentionDays: e.ACTIVITY_RETENTION_DAYS,
    partitions: {
      monthsAhead: e.PARTITION_MONTHS_AHEAD,
      retentionDays: {
        tracking_events: e.TRACKING_RETENTION_DAYS,
        interactions: e.INTERACTION_RETENTION_DAYS,
        audit_log: e.AUDIT_RETENTION_DAYS,
        activity_events: e.ACTIVITY_RETENTION_DAYS,
      },
    },
    schedules: { modelsRefresh: e.MODELS_REFRESH_CRON, activityPurge: e.ACTIVITY_PURGE_CRON },
    returnWindowDays: e.RETURN_WINDOW_DAYS,
    ordering: { timeZone: e.TIME_ZONE, sameDayCutoffMinutes: Number(e.SAME_DAY_CUTOFF.slice(0, 2)) * 60 + Number(e.SAME_DAY_CUTOFF.slice(3)) },
    caseSlaHours: {
      URGENT: 4,
      HIGH: 24,
      NORMAL: 72,
      LOW: 168,
      ...Object.fromEntries(e.CASE_SLA_HOURS.split(",").map((pair) => [pair.split("=")[0], Number(pair.split("=")[1])])),
    },
    identity: {
      sourcePriority: e.IDENTITY_SOURCE_PRIORITY.split(","),
      survivorship: {
        ...DEFAULT_IDENTITY_SETTINGS.survivorship,
        ...Object.fromEntries(e.IDENTITY_SURVIVORSHIP.split(",").map((pair) => pair.split("=") as [GoldenField, SurvivorshipStrategy])),
      },
      sharedValueLimit: e.IDENTITY_SHARED_VALUE_LIMIT,
    },
  };
}

/** Where spans are sent, as OpenTelemetry's exporters read its two variables; undefined: tracing is off. */
function tracesUrl(e: z.output<typeof envSchema>): string | undefined {
  if (e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (e.OTEL_EXPORTER_OTLP_ENDPOINT) return `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, "")}/v1/traces`;
  return undefined;
}

/** Seconds in a duration already checked to look like 15m, 12h or 30d. */
function seconds(duration: string): number {
  return Number(duration.slice(0, -1)) * { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[duration.slice(-1) as "s" | "m" | "h" | "d" | "w"];
}

/**
 * Development tokens must survive restarts (the printed demo tokens stay valid), so the secret
 * is generated once and kept beside the embedded database.
 */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
