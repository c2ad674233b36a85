import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { cases, customers, orders } from "../db/schema/index.js";
import { base64url, instant, type TypeProjection } from "../graphql/compiled/projection.js";
import { caseVisibility } from "../interactions/interactions.service.js";
import { orderScope } from "../orders/orders.policy.js";
import type { TimelineFilter } from "./analytics.types.js";
import { measuredOrder, openCase } from "./measures.service.js";
import { customerSegments, segmentEntity } from "./segments.declaration.js";
import { customerTraitsRelations, traitsEntity } from "./traits.declaration.js";
import { feed, TIMELINE_KEYS, TIMELINE_ORDERING, TIMELINE_TABLES, timelineConditions, timelineFeed, timelineFilterShape } from "./timeline.service.js";

/** The one row of a customer's aggregates (the relation's FROM: aggregates always give a row) and its columns. */
const m = (column: string) => sql.raw(`customer_measures.${column}`);

/**
 * The compiled read path's view of Customer.measures and Customer.timeline (graphql/compiled).
 * Measures: measuresOf's aggregates in the same scopes; the lifetime value is cast to int: a sum
 * beyond GraphQL's Int makes the statement fail, and the resolvers then give their error.
 * Timeline: the loader's feed (the same branches, each in its table's scope) for the one customer
 * being read, with the loader's keyset, cursors and filter; a range in the wrong order is left to
 * the loader's BAD_USER_INPUT.
 */
export const analyticsProjections: TypeProjection[] = [
  traitsEntity.projection,
  segmentEntity.projection,
  customerSegments.projection,
  customerTraitsRelations.projection,
  {
    type: "Customer",
    leaves: {},
    relations: {
      measures: {
        shape: "one",
        type: "CustomerMeasures",
        // The derived row reads these; declared so that the path rule sees them like any FROM.
        tables: [orders, cases],
        rows: (principal: Principal) => ({
          from: sql`(select count(*)::int as order_count, coalesce(sum(${orders.totalMinor}), 0)::int as total_minor,
              min(${orders.placedAt}) as first_order_at, max(${orders.placedAt}) as last_order_at, coalesce(min(${orders.currency}), 'CNY') as currency,
              (select count(*)::int from ${cases} where ${and(eq(cases.customerId, customers.id), caseVisibility(principal), openCase)}) as open_cases
            from ${orders} where ${and(eq(orders.customerId, customers.id), orderScope(principal), measuredOrder)}) customer_measures`,
          where: undefined,
        }),
      },
      timeline: {
        shape: "connection",
        type: "TimelineEntry",
        tables: TIMELINE_TABLES,
        rows: (principal: Principal) => ({ from: timelineFeed(principal, (customerId) => sql`${customerId} = ${customers.id}`), where: undefined }),
        ordering: TIMELINE_ORDERING,
        keys: TIMELINE_KEYS,
        filter: {
          shape: (filter: TimelineFilter | null) => timelineFilterShape(filter),
          where: (filter: TimelineFilter | null, value) => (filter ? timelineConditions(filter, value) : undefined),
        },
      },
    },
  },
  {
    type: "TimelineEntry",
    leaves: {
      kind: feed.kind.derived,
      occurredAt: instant(feed.at.derived),
      title: feed.title.derived,
      refId: base64url(sql`${feed.refType.derived} || ':' || ${feed.id.derived}::text`),
    },
  },
  {
    type: "CustomerMeasures",
    leaves: {
      orderCount: m("order_count"),
      firstOrderAt: instant(m("first_order_at")),
      lastOrderAt: instant(m("last_order_at")),
      openCases: m("open_cases"),
    },
    values: {
      lifetimeValue: { amountMinor: m("total_minor"), currency: m("currency") },
      // Math.round(total / n): half up, i.e. floor(x + 0.5).
      averageOrderValue: { amountMinor: sql`floor(${m("total_minor")}::numeric / nullif(${m("order_count")}, 0) + 0.5)::int`, currency: m("currency") },
    },
    valuesPresentWhen: { averageOrderValue: sql`${m("order_count")} > 0` },
  },
];
