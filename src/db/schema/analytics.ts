import { sql } from "drizzle-orm";
import { bigint, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { orderChannel } from "./orders.js";
import { dealers } from "./organisations.js";

/** A named group of customers treated alike (e.g. "very loyal fleet owners"). */
export const segments = pgTable(
  "segments",
  {
    id: id(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    /** The owner: a dealership's own segment of its own customers; null for staff's. */
    dealerId: uuid("dealer_id").references(() => dealers.id, { onDelete: "cascade" }),
    /** The rule that selects members, as given (returned to clients, recompiled on change). */
    rule: jsonb("rule").$type<Record<string, unknown>>(),
    /**
     * The rule compiled for the owner's scope, every value inlined as a quoted literal: what
     * `refresh_segment_memberships` evaluates inside PostgreSQL (src/analytics/segment-predicate.ts).
     * Null: selects no one.
     */
    predicateSql: text("predicate_sql"),
    ...timestamps(),
  },
  (t) => [
    // A code is unique per owner: staff's among staff's, each dealership's among its own.
    uniqueIndex("segments_staff_code_idx").on(t.code).where(sql`dealer_id is null`),
    uniqueIndex("segments_dealer_code_idx").on(t.dealerId, t.code),
  ],
);

export const segmentMemberships = pgTable(
  "segment_memberships",
  {
    segmentId: uuid("segment_id").notNull().references(() => segments.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    since: tstz("since").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.segmentId, t.customerId] }),
    index("segment_memberships_customer_idx").on(t.customerId),
  ],
);

export const segmentMembershipChange = pgEnum("segment_membership_change", ["ENTERED", "LEFT"]);

/**
 * Every change of a stored membership, written by `refresh_segment_memberships` in the same
 * transaction as the change: the timeline's SEGMENT_ENTERED / SEGMENT_LEFT and what
 * segmentMembershipChanged delivers (its NOTIFY carries these ids).
 */
export const segmentMembershipEvents = pgTable(
  "segment_membership_events",
  {
    // Written by a database function: the id comes from the database, not from newId.
    id: uuid("id").primaryKey().defaultRandom(),
    segmentId: uuid("segment_id").notNull().references(() => segments.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
    change: segmentMembershipChange("change").notNull(),
    at: tstz("at").notNull().defaultNow(),
  },
  (t) => [index("segment_membership_events_customer_idx").on(t.customerId, t.at), index("segment_membership_events_segment_idx").on(t.segmentId, t.at)],
);

/**
 * What a customer's history says, one row per customer, kept by triggers in the transaction of
 * every write to orders, returns, service records, cases, interactions, survey answers and vehicle
 * ownerships
 * (`refresh_customer_traits`, drizzle/0013 and 0017): the facts only. What depends on today (days since,
 * RFM scores and group, churn risk) is computed when read (src/customers/traits.rules.ts).
 */
export const customerTraits = pgTable("customer_traits", {
  customerId: uuid("customer_id")
    .primaryKey()
    .references(() => customers.id, { onDelete: "cascade" }),
  orderCount: integer("order_count").notNull().default(0),
  lifetimeValueMinor: bigint("lifetime_value_minor", { mode: "number" }).notNull().default(0),
  currency: text("currency").notNull().default("CNY"),
  firstOrderAt: tstz("first_order_at"),
  lastOrderAt: tstz("last_order_at"),
  meanIntervalDays: doublePrecision("mean_interval_days"),
  preferredChannel: orderChannel("preferred_channel"),
  returnCount: integer("return_count").notNull().default(0),
  complaintCount: integer("complaint_count").notNull().default(0),
  openComplaintCount: integer("open_complaint_count").notNull().default(0),
  lastComplaintAt: tstz("last_complaint_at"),
  lastServiceAt: tstz("last_service_at"),
  /** Vehicles the customer owns now (an OWNER period without an end). */
  vehiclesOwned: integer("vehicles_owned").notNull().default(0),
  /** The start of the latest OWNER period: when the customer last bought a vehicle. */
  lastVehiclePurchaseAt: tstz("last_vehicle_purchase_at"),
  latestNps: integer("latest_nps"),
  latestCsat: integer("latest_csat"),
  refreshedAt: tstz("refreshed_at").notNull().defaultNow(),
});
