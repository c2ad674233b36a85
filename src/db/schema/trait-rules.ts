import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text } from "drizzle-orm/pg-core";
import { tstz } from "./columns.js";

/** `a[1] < a[2] < ... < a[n]`, all positive, exactly n of them: the shape every band list must keep. */
const ascending = (column: string, n: number) =>
  sql.raw(`cardinality("${column}") = ${n} and "${column}"[1] > 0 and ${Array.from({ length: n - 1 }, (_, i) => `"${column}"[${i + 1}] < "${column}"[${i + 2}]`).join(" and ")}`);

/**
 * The bands and thresholds the traits are ruled by, one row (`id` is always true): read by
 * `refresh_customer_traits` for the stored stage, tier and lapse date, and by the read-time
 * expressions of customers/traits.rules.ts (RFM scores, churn risk) as an uncorrelated scalar
 * subquery, which PostgreSQL evaluates once per statement. Defaults are the rules before they
 * became configurable; `updateTraitRules` (analytics) changes them and recomputes every profile.
 */
export const traitRules = pgTable(
  "trait_rules",
  {
    id: boolean("id").primaryKey().default(true),
    /** Days since the last order at or under which recency scores 5, 4, 3 and 2; older scores 1. */
    recencyDays: integer("recency_days").array().notNull().default(sql`'{30,90,180,365}'`),
    /** Orders from which frequency scores 2, 3, 4 and 5; one order scores 1. */
    frequencyOrders: integer("frequency_orders").array().notNull().default(sql`'{2,3,5,8}'`),
    /** Lifetime value in minor units from which monetary value scores 2, 3, 4 and 5. */
    monetaryMinor: integer("monetary_minor").array().notNull().default(sql`'{50000,200000,500000,1500000}'`),
    /** Orders from which the tier is OCCASIONAL, REGULAR and VERY_LOYAL. */
    tierOrders: integer("tier_orders").array().notNull().default(sql`'{1,3,6}'`),
    /** Days without an order, a vehicle bought or a service visit after which an owner or customer is LAPSED. */
    lapseDays: integer("lapse_days").notNull().default(365),
    /** The purchase interval churn risk assumes for a customer with fewer than two orders. */
    defaultPurchaseIntervalDays: integer("default_purchase_interval_days").notNull().default(180),
    /** A complaint counts towards churn risk while open or this recent. */
    recentComplaintDays: integer("recent_complaint_days").notNull().default(90),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
    /** Who changed them last (role:subject), null for the defaults. */
    updatedBy: text("updated_by"),
  },
  (t) => [
    check("trait_rules_one_row_ck", sql`${t.id}`),
    check("trait_rules_recency_ck", ascending("recency_days", 4)),
    check("trait_rules_frequency_ck", sql`${ascending("frequency_orders", 4)} and ${t.frequencyOrders}[1] >= 2`),
    check("trait_rules_monetary_ck", ascending("monetary_minor", 4)),
    check("trait_rules_tier_ck", ascending("tier_orders", 3)),
    check("trait_rules_days_ck", sql`${t.lapseDays} > 0 and ${t.defaultPurchaseIntervalDays} > 0 and ${t.recentComplaintDays} > 0`),
  ],
);

/**
 * The communication plan's tier × kind matrix (analytics/communication-plan.ts): which kinds of
 * message each audience may get. One row per audience, written by the migration with the CRM
 * practice's defaults; `updateCommunicationMatrix` changes them. Service reminders and recalls are
 * not here: they follow vehicle ownership, whatever the tier.
 */
export const communicationRules = pgTable(
  "communication_rules",
  {
    audience: text("audience").primaryKey(),
    kinds: text("kinds").array().notNull(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by"),
  },
  (t) => [
    check("communication_rules_audience_ck", sql`${t.audience} in ('VERY_LOYAL', 'REGULAR', 'OCCASIONAL', 'NO_PURCHASE', 'LAPSED')`),
    check("communication_rules_kinds_ck", sql`${t.kinds} <@ array['GREETING', 'BIRTHDAY', 'RECOMMENDATION', 'OFFER', 'REACTIVATION']::text[]`),
  ],
);
