import { asc, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { cases, customers, orders, segments } from "../db/schema/index.js";
import { instant, type RootRows, type TypeProjection } from "../graphql/compiled/projection.js";
import type { TimelineFilter } from "./analytics.types.js";
import { measuresRow } from "./measures.service.js";
import { customerSegments, segmentEntity, segmentRelations, segmentSizeProjection } from "./segments.declaration.js";
import { maySeeSegments, segmentScope } from "./segments.policy.js";
import { customerTraitsRelations, traitsEntity } from "./traits.declaration.js";
import { TIMELINE_KEYS, TIMELINE_ORDERING, TIMELINE_TABLES, timelineConditions, timelineEntryEntity, timelineFeed, timelineFilterShape } from "./timeline.service.js";

/** The one row of a customer's aggregates (the relation's FROM: aggregates always give a row) and its columns. */
const m = (column: string) => sql.raw(`customer_measures.${column}`);

/**
 * The compiled read path's view of Customer.measures and Customer.timeline (graphql/compiled).
 * Measures: the loader's row (measuresRow) for the customer being read; the sums are cast to int: a
 * sum beyond GraphQL's Int makes the statement fail, and the resolvers then give their error.
 * Timeline: the loader's feed (the same branches, each in its table's scope) for the one customer
 * being read, with the loader's keyset, cursors and filter; a range in the wrong order is left to
 * the loader's BAD_USER_INPUT.
 */
export const analyticsProjections: TypeProjection[] = [
  traitsEntity.projection,
  segmentEntity.projection,
  segmentSizeProjection,
  segmentRelations.projection,
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
        rows: (principal: Principal) => ({ from: sql`(${measuresRow(principal, sql`${customers.id}`)}) customer_measures`, where: undefined }),
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
  timelineEntryEntity.projection,
  {
    type: "CustomerMeasures",
    leaves: {
      orderCount: m("order_count"),
      firstOrderAt: instant(m("first_order_at")),
      lastOrderAt: instant(m("last_order_at")),
      openCases: m("open_cases"),
    },
    values: {
      lifetimeValue: { amountMinor: sql`${m("total_minor")}::int`, currency: m("currency") },
      averageOrderValue: { amountMinor: sql`${m("average_minor")}::int`, currency: m("currency") },
    },
    valuesPresentWhen: { averageOrderValue: sql`${m("order_count")} > 0` },
  },
];

/**
 * The `segments` root on the compiled path, as listSegments reads it for staff and dealers (by
 * name, in their scope). Suppliers read sizes only, under k-anonymity, through the resolver; the
 * other roles get its FORBIDDEN.
 */
export const segmentRows: RootRows = {
  type: "Segment",
  table: segments,
  rows: (principal) => (maySeeSegments(principal) ? { from: sql`${segments}`, where: segmentScope(principal) } : null),
  orderBy: [asc(segments.name), asc(segments.id)],
};
