import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { dealers } from "./organisations.js";

/**
 * A message to an audience (src/campaigns): who (a segment, past buyers of a product or vehicle
 * model, today's birthdays, a tier), on which channel, what kind (the communication plan's), and
 * the template. Sent by jobs on the queue; a birthday campaign is sent again every day.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: id(),
    /** Null: staff's (any customer); a dealership's reaches only its own customers. */
    dealerId: uuid("dealer_id").references(() => dealers.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The communication plan's kind (OFFER, BIRTHDAY, RECALL...): it decides the consent purpose and the tier rule. */
    kind: text("kind").notNull(),
    channel: text("channel").notNull(),
    /** `{ segmentId } | { productId } | { modelId, currentOwnersOnly } | { birthday: true } | { tier }`, ids as database uuids. */
    audience: jsonb("audience").$type<Record<string, unknown>>().notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    /** DRAFT, SENDING (sends being decided), SENT, or ACTIVE (a birthday campaign, sent daily). */
    status: text("status").notNull().default("DRAFT"),
    createdBy: text("created_by").notNull(),
    /** When sendCampaign was last called (or the daily run last started). */
    sentAt: tstz("sent_at"),
    ...timestamps(),
  },
  (t) => [
    check("campaigns_status_ck", sql`${t.status} in ('DRAFT', 'SENDING', 'SENT', 'ACTIVE')`),
    check("campaigns_channel_ck", sql`${t.channel} in ('EMAIL', 'SMS', 'APP_PUSH', 'MAIL')`),
    index("campaigns_dealer_idx").on(t.dealerId, t.createdAt),
    index("campaigns_active_idx").on(t.status).where(sql`${t.status} = 'ACTIVE'`),
  ],
);

/**
 * One campaign's message to one customer (per occasion: a birthday campaign's year), decided at
 * send time: SENT (the outbox event has this row's id, so the gateway's webhook-id is the same
 * on every attempt), SKIPPED with the reason, or DEFERRED until the customer's quiet hours end.
 * The unique key makes sending idempotent per campaign × customer.
 */
export const campaignSends = pgTable(
  "campaign_sends",
  {
    id: id(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    /** '' for a one-off campaign; the local year for a birthday greeting. */
    occasion: text("occasion").notNull().default(""),
    status: text("status").notNull().default("PENDING"),
    /** Why it was skipped (NO_CONSENT, NOT_IN_PLAN, FREQUENCY_CAP, MISSING_FIELD, ERASED). */
    reason: text("reason"),
    /** DEFERRED: not before this instant (the end of the customer's quiet hours). */
    notBefore: tstz("not_before"),
    decidedAt: tstz("decided_at"),
    ...timestamps(),
  },
  (t) => [
    check("campaign_sends_status_ck", sql`${t.status} in ('PENDING', 'DEFERRED', 'SENT', 'SKIPPED')`),
    uniqueIndex("campaign_sends_once_uq").on(t.campaignId, t.customerId, t.occasion),
    index("campaign_sends_campaign_idx").on(t.campaignId, t.status),
    // The frequency cap counts a customer's recent messages (and the customer's foreign key is served).
    index("campaign_sends_customer_idx").on(t.customerId, t.decidedAt),
  ],
);
