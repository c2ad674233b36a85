import { sql, type SQL } from "drizzle-orm";
import { customers, customerTraits, traitRules } from "../db/schema/index.js";
import { CustomerTrait } from "./filter-conditions.inputs.js";

/**
 * The rules that turn a customer's stored facts (customer_traits, kept by the database's triggers)
 * and today's date into RFM scores, an RFM group and a churn risk. They are SQL, computed when
 * read, so a trait that depends on the passing of time (days since the last order) is never
 * stale and needs no nightly job. Their bands and thresholds are not here: they are the one row
 * of `trait_rules`, read by each expression as an uncorrelated scalar subquery (`rule`), which
 * PostgreSQL evaluates once per statement (an InitPlan), however many rows the statement reads;
 * `refresh_customer_traits` reads the same row for the stored stage and tier. They live with the
 * customers, whose list filters by them; Customer.traits (src/analytics) answers them, and
 * `updateTraitRules` changes the row. src/analytics/README.md lists the defaults.
 */

const t = customerTraits;

/** One value of the rules in force, e.g. rule("recency_days", 1): a subquery PostgreSQL runs once per statement. */
const rule = (column: string, index?: number): SQL<number> =>
  sql<number>`(select ${sql.identifier(column)}${index === undefined ? sql`` : sql.raw(`[${index}]`)} from ${traitRules})`;

/** Whole days between an instant and now; null without one (date_part's float, not extract's slower numeric: it runs many times a row). */
export const daysSince = (at: SQL | typeof t.lastOrderAt | typeof t.lastServiceAt): SQL<number | null> => sql<number | null>`(floor(date_part('epoch', now() - ${at}) / 86400))::int`;

const [r5, r4, r3, r2] = [1, 2, 3, 4].map((i) => rule("recency_days", i));
const [f2, f3, f4, f5] = [1, 2, 3, 4].map((i) => rule("frequency_orders", i));
const [m2, m3, m4, m5] = [1, 2, 3, 4].map((i) => rule("monetary_minor", i));

export const recencyScore = sql<number | null>`(case when ${t.lastOrderAt} is null then null
  when ${daysSince(t.lastOrderAt)} <= ${r5} then 5 when ${daysSince(t.lastOrderAt)} <= ${r4} then 4
  when ${daysSince(t.lastOrderAt)} <= ${r3} then 3 when ${daysSince(t.lastOrderAt)} <= ${r2} then 2 else 1 end)`;

export const frequencyScore = sql<number | null>`(case when ${t.orderCount} = 0 then null
  when ${t.orderCount} >= ${f5} then 5 when ${t.orderCount} >= ${f4} then 4 when ${t.orderCount} >= ${f3} then 3
  when ${t.orderCount} >= ${f2} then 2 else 1 end)`;

export const monetaryScore = sql<number | null>`(case when ${t.orderCount} = 0 then null
  when ${t.lifetimeValueMinor} >= ${m5} then 5 when ${t.lifetimeValueMinor} >= ${m4} then 4
  when ${t.lifetimeValueMinor} >= ${m3} then 3 when ${t.lifetimeValueMinor} >= ${m2} then 2 else 1 end)`;

/**
 * The named group on the recency × frequency grid, in the spirit of Shopify's rfmGroup: recent and
 * frequent are champions, frequent but fading are at risk, one old order is hibernating.
 */
export const rfmGroup = sql<string | null>`(case when ${recencyScore} is null then null
  when ${recencyScore} >= 4 and ${frequencyScore} >= 4 then 'CHAMPIONS'
  when ${recencyScore} >= 3 and ${frequencyScore} >= 3 then 'LOYAL'
  when ${recencyScore} >= 4 and ${frequencyScore} = 1 then 'NEW'
  when ${recencyScore} >= 3 then 'PROMISING'
  when ${recencyScore} = 2 and ${frequencyScore} >= 3 then 'AT_RISK'
  when ${recencyScore} = 2 then 'NEEDS_ATTENTION'
  when ${frequencyScore} >= 3 then 'CANNOT_LOSE'
  else 'HIBERNATING' end)`;

/**
 * Churn risk from 0 to 1, rounded to two places; null without orders. Weighted sum of:
 * - 0.6 × how overdue the customer is against their own mean purchase interval (the rules'
 *   default interval with fewer than two orders), reaching full weight at three intervals;
 * - 0.25 if a complaint is open or was made in the rules' recent-complaint days;
 * - 0.15 × the return rate (returns per order), full weight from one return in two orders.
 */
export const churnRisk = sql<number | null>`(case when ${t.orderCount} = 0 then null else round((
  0.6 * least(${daysSince(t.lastOrderAt)}::numeric / greatest(coalesce(${t.meanIntervalDays}, ${rule("default_purchase_interval_days")}), 1)::numeric / 3, 1)
  + case when ${t.openComplaintCount} > 0 or ${t.lastComplaintAt} > now() - make_interval(days => ${rule("recent_complaint_days")}) then 0.25 else 0 end
  + 0.15 * least(${t.returnCount}::numeric / ${t.orderCount} * 2, 1)
)::numeric, 2)::float8 end)`;

/**
 * The stage a profile shows: the stored one (by rule, refresh_customer_traits: OWNER, CUSTOMER,
 * LEAD or PROSPECT), except that an owner or customer is LAPSED once `lapses_at` (the latest
 * activity + the rules' lapse days, stored with the stage) has passed, until the next purchase
 * or visit. Two forms of one rule: SQL for reads and filters, JavaScript for a profile a write
 * returns.
 */
export const shownStage = sql<string>`(case when ${customers.stage} in ('OWNER', 'CUSTOMER') and ${customers.lapsesAt} < now()
  then 'LAPSED'::lifecycle_stage else ${customers.stage} end)`;

export function stageShown<S extends string>(stored: S, lapsesAt: Date | null, now = Date.now()): S | "LAPSED" {
  const silent = lapsesAt !== null && lapsesAt.getTime() < now;
  return (stored === "OWNER" || stored === "CUSTOMER") && silent ? "LAPSED" : stored;
}

/** Each numeric trait as Customer.traits reads it (the filter's ranges, the list's orderings); null where the trait has no value. */
export const TRAIT_VALUES: Record<CustomerTrait, SQL> = {
  [CustomerTrait.ORDER_COUNT]: sql`${t.orderCount}`,
  [CustomerTrait.LIFETIME_VALUE]: sql`${t.lifetimeValueMinor}`,
  [CustomerTrait.AVERAGE_ORDER_VALUE]: sql`round(${t.lifetimeValueMinor}::numeric / nullif(${t.orderCount}, 0))`,
  [CustomerTrait.DAYS_SINCE_LAST_ORDER]: daysSince(t.lastOrderAt),
  [CustomerTrait.MEAN_DAYS_BETWEEN_ORDERS]: sql`${t.meanIntervalDays}`,
  [CustomerTrait.DAYS_SINCE_LAST_SERVICE]: daysSince(t.lastServiceAt),
  [CustomerTrait.RETURN_COUNT]: sql`${t.returnCount}`,
  [CustomerTrait.COMPLAINT_COUNT]: sql`${t.complaintCount}`,
  [CustomerTrait.OPEN_COMPLAINT_COUNT]: sql`${t.openComplaintCount}`,
  [CustomerTrait.LATEST_NPS]: sql`${t.latestNps}`,
  [CustomerTrait.LATEST_CSAT]: sql`${t.latestCsat}`,
  [CustomerTrait.RECENCY_SCORE]: recencyScore,
  [CustomerTrait.FREQUENCY_SCORE]: frequencyScore,
  [CustomerTrait.MONETARY_SCORE]: monetaryScore,
  [CustomerTrait.CHURN_RISK]: churnRisk,
  [CustomerTrait.VEHICLES_OWNED]: sql`${t.vehiclesOwned}`,
};
