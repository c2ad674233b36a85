import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { products, vehicleModels } from "./catalog.js";
import { tstz } from "./columns.js";
import { customers } from "./customers.js";

/** What a web or mobile app reports a visitor did (src/activity/README.md). */
export const activityEventType = pgEnum("activity_event_type", ["PAGE_VIEW", "PRODUCT_VIEW", "MODEL_VIEW", "SEARCH", "ADD_TO_CART", "APP_OPEN", "CUSTOM"]);
/** Which kind of app sent an event. */
export const activityPlatform = pgEnum("activity_platform", ["WEB", "IOS", "ANDROID"]);

/**
 * Behavioural events from the web shop and the apps (trackEvents). The id is the app's own,
 * so the same event sent twice is stored once. A visitor who is not signed in is known by the
 * app's anonymous id only (customer_id null) until they register or sign in with it; then their
 * events join the profile. Kept for ACTIVITY_RETENTION_DAYS by occurred_at: range-partitioned by
 * it (a month per partition, src/db/partitions.ts), so the primary key includes it and trackEvents
 * checks the id alone itself (activity.service.ts).
 */
export const activityEvents = pgTable(
  "activity_events",
  {
    id: uuid("id").notNull(),
    customerId: uuid("customer_id").references(() => customers.id, { onDelete: "cascade" }),
    anonymousId: text("anonymous_id"),
    type: activityEventType("type").notNull(),
    platform: activityPlatform("platform").notNull(),
    /** A CUSTOM event's name (e.g. "configurator_opened"). */
    name: text("name"),
    productId: uuid("product_id").references(() => products.id, { onDelete: "set null" }),
    modelId: uuid("model_id").references(() => vehicleModels.id, { onDelete: "set null" }),
    url: text("url"),
    searchTerm: text("search_term"),
    properties: jsonb("properties").$type<Record<string, unknown>>(),
    occurredAt: tstz("occurred_at").notNull(),
    receivedAt: tstz("received_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "activity_events_pkey", columns: [t.id, t.occurredAt] }),
    // Segment conditions count a customer's events of a type and product or model within a period.
    index("activity_events_customer_idx").on(t.customerId, t.type, t.occurredAt),
    // Joining an anonymous visitor's history finds their events not yet on a profile.
    index("activity_events_anonymous_idx").on(t.anonymousId).where(sql`${t.customerId} is null`),
    index("activity_events_occurred_idx").on(t.occurredAt),
    index("activity_events_product_idx").on(t.productId),
    index("activity_events_model_idx").on(t.modelId),
  ],
);
