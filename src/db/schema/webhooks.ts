import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { dealers } from "./organisations.js";

/**
 * Every change a partner may need, written in the transaction of the change (by triggers and
 * `outbox/emit.ts`, see src/outbox/README.md), then fanned out to webhook endpoints. Rows are
 * written only while some enabled endpoint wants the type: nobody listening, nothing kept.
 */
export const outboxEvents = pgTable(
  "outbox_events",
  {
    // Written by a database function: the id comes from the database.
    id: uuid("id").primaryKey().defaultRandom(),
    /** Commit-independent order of writing: the dispatcher takes the oldest first. */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    /** Dotted event type, e.g. customer.updated, order.status_changed, notice.order_shipped. */
    type: text("type").notNull(),
    /** The customer the event is about (profiles are never deleted, only erased: see the erasure plan). */
    customerId: uuid("customer_id").references(() => customers.id),
    /** The dealership involved (the order's, the case's, the segment's owner). */
    dealerId: uuid("dealer_id"),
    /**
     * True: only the dealership in dealer_id may hear of it (an order, a parcel, a case). False:
     * every dealership with a relationship to the customer may (a profile change, a consent).
     */
    dealerOnly: boolean("dealer_only").notNull().default(false),
    /** Ids, statuses and names of changed fields: never contact data or free text about a person. */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    occurredAt: tstz("occurred_at").notNull().defaultNow(),
    /** Set once its deliveries are created. */
    dispatchedAt: tstz("dispatched_at"),
  },
  (t) => [
    uniqueIndex("outbox_events_seq_idx").on(t.seq),
    index("outbox_events_pending_idx").on(t.seq).where(sql`${t.dispatchedAt} is null`),
    index("outbox_events_customer_idx").on(t.customerId),
    index("outbox_events_occurred_idx").on(t.occurredAt),
  ],
);

/** A partner's HTTPS receiver of outbox events (Standard Webhooks). */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: id(),
    /** Null: the platform's own (any customer); a dealership's: only its customers' events. */
    dealerId: uuid("dealer_id").references(() => dealers.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description"),
    eventTypes: text("event_types").array().notNull(),
    /** whsec_ + base64 of 24 random bytes: the Standard Webhooks signing key. */
    secret: text("secret").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** Failed attempts since the last success. */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    /**
     * When the current run of failures began (null after a success): an endpoint is disabled only
     * once its run is both WEBHOOK_DISABLE_AFTER attempts and WEBHOOK_DISABLE_AFTER_MINUTES long.
     */
    failingSince: tstz("failing_since"),
    disabledAt: tstz("disabled_at"),
    disabledReason: text("disabled_reason"),
    createdBy: text("created_by").notNull(),
    ...timestamps(),
  },
  (t) => [index("webhook_endpoints_dealer_idx").on(t.dealerId, t.createdAt), index("webhook_endpoints_enabled_idx").on(t.enabled)],
);

/** One event to one endpoint: its attempts, and where it stands (the delivery log). */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => outboxEvents.id, { onDelete: "cascade" }),
    /** The delivery this one replays (replayWebhookDelivery); null for the first. */
    replayOf: uuid("replay_of"),
    status: text("status").notNull().default("PENDING"),
    attempts: integer("attempts").notNull().default(0),
    /** When the next attempt is due (PENDING only). */
    nextAttemptAt: tstz("next_attempt_at"),
    /** A worker holds the delivery until then: another may take it over only after (a process killed mid-send). */
    leaseUntil: tstz("lease_until"),
    lastAttemptAt: tstz("last_attempt_at"),
    deliveredAt: tstz("delivered_at"),
    responseStatus: integer("response_status"),
    /** Why the last attempt failed or the delivery was skipped (HTTP status, timeout, no consent). */
    lastError: text("last_error"),
    ...timestamps(),
  },
  (t) => [
    check("webhook_deliveries_status_ck", sql`${t.status} in ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED')`),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt, t.id),
    index("webhook_deliveries_event_idx").on(t.eventId),
    index("webhook_deliveries_replay_idx").on(t.replayOf),
    // The sweeper's look for pending deliveries that no job carries any more.
    index("webhook_deliveries_pending_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'PENDING'`),
    // The dispatcher may run twice over an event (two processes, a retry): one first delivery each.
    uniqueIndex("webhook_deliveries_first_uq").on(t.endpointId, t.eventId).where(sql`${t.replayOf} is null`),
  ],
);
