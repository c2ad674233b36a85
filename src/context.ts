import { createAnalyticsLoaders } from "./analytics/analytics.loaders.js";
import type { Principal } from "./auth/principal.js";
import type { SessionGuard } from "./auth/sessions.js";
import type { TokenService } from "./auth/tokens.js";
import type { OrderingRules } from "./config.js";
import { createCatalogLoaders } from "./catalog/catalog.loaders.js";
import { createCustomerLoaders } from "./customers/customers.loaders.js";
import type { IdentitySettings } from "./config.js";
import type { Database } from "./db/client.js";
import type { RawAnswer } from "./graphql/compiled/raw-answer.js";
import type { CostBucketStore } from "./graphql/cost-buckets.js";
import { createIdentityLoaders } from "./identity/identity.loaders.js";
import { createInteractionLoaders } from "./interactions/interactions.loaders.js";
import { createLeadLoaders } from "./leads/leads.loaders.js";
import { createOrderLoaders } from "./orders/orders.loaders.js";
import { createRecommendationLoaders } from "./recommendations/recommendations.loaders.js";
import type { EventBus } from "./pubsub/event-bus.js";
import type { Notices } from "./pubsub/notices.js";
import type { ExportJobs } from "./exports/export-jobs.js";
import type { ExportLinks } from "./exports/export-url.js";
import type { Reactions } from "./reactions.js";
import type { FeedSource } from "./tracking/feed-stream.js";
import { createOrganisationLoaders } from "./organisations/organisations.loaders.js";
import { createPredictionLoaders } from "./predictions/predictions.loaders.js";
import { createServiceLoaders } from "./service/service.loaders.js";
import { createTrackingLoaders } from "./tracking/tracking.loaders.js";
import { createVehicleLoaders } from "./vehicles/vehicles.loaders.js";
import type { WebhookQueue } from "./webhooks/webhooks.service.js";
import type { CampaignQueue, CampaignSettings } from "./campaigns/campaigns.service.js";

export interface LoaderOptions {
  /** Off for subscriptions: graphql-ws builds one context per subscription, not per event. */
  cache?: boolean;
}

/**
 * Request-scoped loaders of every domain, each domain's set made on first use: a request that
 * only reads the catalog does not build the order loaders.
 */
export class Loaders {
  private readonly made = new Map<string, unknown>();

  constructor(
    private readonly db: Database,
    private readonly principal: Principal,
    private readonly options: LoaderOptions,
  ) {}

  private once<T>(name: string, make: (db: Database, principal: Principal, options: LoaderOptions) => T): T {
    let loaders = this.made.get(name) as T | undefined;
    if (!loaders) {
      loaders = make(this.db, this.principal, this.options);
      this.made.set(name, loaders);
    }
    return loaders;
  }

  get customers() {
    return this.once("customers", createCustomerLoaders);
  }
  get identity() {
    return this.once("identity", createIdentityLoaders);
  }
  get catalog() {
    return this.once("catalog", createCatalogLoaders);
  }
  get organisations() {
    return this.once("organisations", createOrganisationLoaders);
  }
  get orders() {
    return this.once("orders", createOrderLoaders);
  }
  get tracking() {
    return this.once("tracking", createTrackingLoaders);
  }
  get vehicles() {
    return this.once("vehicles", createVehicleLoaders);
  }
  get interactions() {
    return this.once("interactions", createInteractionLoaders);
  }
  get analytics() {
    return this.once("analytics", createAnalyticsLoaders);
  }
  get recommendations() {
    return this.once("recommendations", createRecommendationLoaders);
  }
  get service() {
    return this.once("service", createServiceLoaders);
  }
  get leads() {
    return this.once("leads", createLeadLoaders);
  }
  get predictions() {
    return this.once("predictions", createPredictionLoaders);
  }
}

export interface Context {
  db: Database;
  principal: Principal;
  loaders: Loaders;
  shared: Shared;
  /** The caller's network address (HTTP): whose rate-limit bucket an anonymous request uses. */
  clientAddress?: string;
  /** HTTP only: where the compiled read path leaves its answer as JSON text (graphql/compiled/raw-answer.ts). */
  rawAnswer?: RawAnswer;
}

/** Process-wide services every request may use. */
export interface Shared {
  /** Tracking announcements (LISTEN/NOTIFY). */
  bus: EventBus;
  /** Segment membership changes as the database rings them at commit (analytics/segment-stream.ts). */
  segmentNotices: Notices;
  /** Profile, trait and segment changes, as the database's triggers ring them at commit (analytics/customer-changes.ts). */
  customerChangeNotices: Notices;
  /** Cases changed, as their writes ring at commit (interactions/case-stream.ts). */
  caseNotices: Notices;
  /** Hooks through which one domain's change reaches another (src/reactions.ts). */
  reactions: Reactions;
  /** The lookup the live feeds share. */
  feed: FeedSource;
  /** Signs tokens (sign-in, registration). */
  tokens: TokenService;
  /** Ends an erased customer's sessions. */
  sessions: SessionGuard;
  /** Hours until a case is due, per priority. */
  caseSlaHours: Record<"URGENT" | "HIGH" | "NORMAL" | "LOW", number>;
  /** Days after delivery within which a return is accepted, where the product's category sets none. */
  returnWindowDays: number;
  /** Identity resolution settings (matching thresholds, survivorship). */
  identity: IdentitySettings;
  /** The local business day and same-day cut-off orders are placed against. */
  ordering: OrderingRules;
  /** How many leads a network address may still capture (the public form's flood guard). */
  leadCaptures: CostBucketStore;
  /** Bulk exports: their jobs on the queue (absent with JOB_QUEUE=false), and the signer of their download links. */
  exports: { jobs?: ExportJobs; links: ExportLinks };
  /** Bulk exports changed, as their runs ring at commit (exports/export-stream.ts). */
  exportNotices: Notices;
  /** How many behavioural events a network address may still send without a sign-in (trackEvents' flood guard). */
  anonymousEvents: CostBucketStore;
  /** Days behavioural events are kept. */
  activityRetentionDays: number;
  /** The webhook pipeline's queue, when this process runs it (JOB_QUEUE): replays enqueue on it. */
  webhooks?: WebhookQueue;
  /** The campaigns' queue, when this process runs it (JOB_QUEUE): sendCampaign enqueues on it. */
  campaigns?: CampaignQueue;
  /** The campaigns' sending rules: TIME_ZONE, CAMPAIGN_FREQUENCY_CAP, CAMPAIGN_QUIET_HOURS. */
  campaignSettings: CampaignSettings;
  /** NODE_ENV=production: webhook URLs must be https. */
  production: boolean;
}

export function createContext(db: Database, principal: Principal, shared: Shared, options: LoaderOptions = {}): Context {
  return { db, principal, shared, loaders: new Loaders(db, principal, options) };
}
