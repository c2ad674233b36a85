import { and, getTableName, Param, SQL, sql } from "drizzle-orm";
import { pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { auditLog, cases, customerMerges, interactions, orders, reviews, segmentMembershipEvents, segments, serviceRecords, shipments, surveyResponses, trackingEvents } from "../db/schema/index.js";
import { segmentMembersScope, visibleCustomerRows } from "../customers/customers.policy.js";
import { badInput } from "../errors.js";
import type { KeysetKey } from "../graphql/connection.js";
import { base64url } from "../graphql/compiled/projection.js";
import { entity } from "../graphql/declare/entity.js";
import { column, derived, instant, type Field } from "../graphql/declare/fields.js";
import { toGlobalId } from "../graphql/global-id.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { caseVisibility, interactionVisibility, reviewVisibility } from "../interactions/interactions.service.js";
import { engagementScope } from "../interactions/interactions.policy.js";
import { orderScope } from "../orders/orders.policy.js";
import { shipmentScope } from "../tracking/tracking.policy.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { TimelineEntry, type TimelineFilter, type TimelineKind } from "./analytics.types.js";


/**
 * The feed is a derived table, `(branches) timeline`, on both read paths: the loader below and
 * the compiled read path (analytics.projection.ts). `feed` is its row's shape under that name,
 * declared as a table so that its columns name the derived table's (it is no table of the
 * schema: the migrations never see it).
 */
const FEED = "timeline";
export const feed = pgTable(FEED, {
  customer_id: uuid("customer_id").notNull(),
  kind: text("kind").notNull(),
  ref_type: text("ref_type").notNull(),
  at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  id: uuid("id").notNull(),
  title: text("title").notNull(),
});

/** A timeline entry, each field declared once: the loader's mapper and the compiled read path's leaves. */
export const timelineEntryEntity = entity(TimelineEntry, feed, {
  kind: column(feed.kind) as Field<TimelineKind>,
  occurredAt: instant(feed.at),
  title: column(feed.title),
  refId: derived([feed.ref_type, feed.id], ([type, id]) => toGlobalId(type as string, id as string), base64url(sql`${feed.ref_type} || ':' || ${feed.id}::text`)),
});

/** The merged feed's keyset: (at, id), newest first; the cursors of both paths carry this ordering name. */
export const TIMELINE_ORDERING = "TIMELINE";
type TimelineRow = typeof feed.$inferSelect;
export const TIMELINE_KEYS: KeysetKey<TimelineRow>[] = [
  { column: feed.at, direction: "DESC", value: (r) => r.at },
  { column: feed.id, direction: "DESC", value: (r) => r.id },
];

/** Every table the branches read from. */
export const TIMELINE_TABLES = [orders, trackingEvents, shipments, serviceRecords, interactions, cases, reviews, surveyResponses, customerMerges, auditLog, segmentMembershipEvents, segments];

/**
 * Whose feed a branch reads, given the branch's customer column: `= any(ids)` for a batch of
 * customers (the loader), `= customers.id` correlated with the row being read (the compiled path).
 */
export type FeedOwner = (customerId: AnyPgColumn | SQL) => SQL;

/**
 * One branch per source table, each restricted by that table's own policy, so the merged feed
 * never shows what the caller could not read directly.
 */
function branches(principal: Principal, owner: FeedOwner): SQL[] {
  const scoped = (scope: SQL | undefined, own: SQL) => and(scope, own);
  return [
    sql`select ${orders.customerId} as customer_id, 'ORDER_PLACED' as kind, 'Order' as ref_type, ${orders.placedAt} as at, ${orders.id} as id,
        'Order ' || ${orders.number} || ' placed' as title
        from ${orders} where ${scoped(orderScope(principal), owner(orders.customerId))}`,
    sql`select ${shipments.customerId}, 'SHIPMENT_EVENT', 'TrackingEvent', ${trackingEvents.occurredAt}, ${trackingEvents.id},
        ${shipments.trackingNumber} || ': ' || ${trackingEvents.status}::text || coalesce(' — ' || ${trackingEvents.place}, '')
        from ${shipments} cross join lateral (${shipmentEvents}) ${sql.identifier(getTableName(trackingEvents))}
        where ${scoped(shipmentScope(principal), owner(shipments.customerId))}`,
    sql`select ${serviceRecords.customerId}, 'SERVICE_VISIT', 'ServiceRecord', ${serviceRecords.performedAt}, ${serviceRecords.id},
        initcap(${serviceRecords.kind}::text) || ' at ' || ${serviceRecords.mileageKm} || ' km'
        from ${serviceRecords} where ${scoped(serviceRecordScope(principal, serviceRecords), owner(serviceRecords.customerId))}`,
    sql`select ${interactions.customerId}, 'INTERACTION', 'Interaction', ${interactions.occurredAt}, ${interactions.id}, ${interactions.subject}
        from ${interactions} where ${scoped(interactionVisibility(principal), owner(interactions.customerId))}`,
    sql`select ${cases.customerId}, 'CASE_OPENED', 'Case', ${cases.openedAt}, ${cases.id}, 'Case ' || ${cases.number} || ': ' || ${cases.subject}
        from ${cases} where ${scoped(caseVisibility(principal), owner(cases.customerId))}`,
    sql`select ${reviews.customerId}, 'REVIEW', 'Review', ${reviews.createdAt}, ${reviews.id}, ${reviews.stars} || '-star review'
        from ${reviews} where ${scoped(reviewVisibility(principal), owner(reviews.customerId))}`,
    sql`select ${surveyResponses.customerId}, 'SURVEY', 'SurveyResponse', ${surveyResponses.respondedAt}, ${surveyResponses.id},
        'Survey: satisfaction ' || ${surveyResponses.overallSatisfaction} || '/5'
        from ${surveyResponses} where ${scoped(engagementScope(principal, surveyResponses.customerId), owner(surveyResponses.customerId))}`,
    // Merges and unmerges appear on both profiles' timelines (src/identity/README.md).
    ...(["survivorId", "mergedId"] as const).flatMap((side) => [
      sql`select ${customerMerges[side]}, 'PROFILE_MERGED', 'CustomerMerge', ${customerMerges.createdAt}, ${customerMerges.id}, 'Profiles merged'
        from ${customerMerges} where ${scoped(visibleCustomerRows(principal, customerMerges[side]), owner(customerMerges[side]))}`,
      sql`select ${customerMerges[side]}, 'PROFILE_UNMERGED', 'CustomerMerge', ${customerMerges.undoneAt}, ${customerMerges.id}, 'Merge undone'
        from ${customerMerges} where ${customerMerges.undoneAt} is not null and ${scoped(visibleCustomerRows(principal, customerMerges[side]), owner(customerMerges[side]))}`,
    ]),
    // Records detached or attached by hand (src/identity/README.md): their audit rows, one on each profile, point at the other profile.
    sql`select ${movedRecordOwner}, 'SOURCE_RECORD_MOVED', 'Customer', ${auditLog.at}, (${auditLog.details}->>'otherId')::uuid,
        'Source record ' || (${auditLog.details}->>'source') || case ${auditLog.action} when 'DETACH' then ' moved to another profile' else ' moved here from another profile' end
        from ${auditLog} where ${auditLog.action} in ('DETACH', 'ATTACH') and ${scoped(visibleCustomerRows(principal, movedRecordOwner), owner(movedRecordOwner))}`,
    // Segment memberships (src/analytics/README.md, "Segments"): shown to whoever may see the segment, staff any, a dealer its own.
    sql`select ${segmentMembershipEvents.customerId}, case ${segmentMembershipEvents.change} when 'ENTERED' then 'SEGMENT_ENTERED' else 'SEGMENT_LEFT' end,
        'Segment', ${segmentMembershipEvents.at}, ${segments.id},
        case ${segmentMembershipEvents.change} when 'ENTERED' then 'Entered segment ' else 'Left segment ' end || ${segments.name}
        from ${segmentMembershipEvents} join ${segments} on ${segments.id} = ${segmentMembershipEvents.segmentId}
        where ${scoped(segmentMembersScope(principal, segments.dealerId), owner(segmentMembershipEvents.customerId))}`,
  ];
}

/**
 * One shipment's events, read per shipment: tracking_events is partitioned by shipment, so each
 * shipment's read prunes to its own partition at run time. Joined flat, the planner costs every
 * partition's index and hashes all events instead (a parallel scan of the whole table per feed).
 * `offset 0` keeps the subquery from being flattened into that join.
 */
const shipmentEvents = sql`select ${trackingEvents.id}, ${trackingEvents.occurredAt}, ${trackingEvents.status}, ${trackingEvents.place}
  from ${trackingEvents} where ${trackingEvents.shipmentId} = ${shipments.id} offset 0`;

/** The profile of a DETACH or ATTACH audit row (target_id is text; the CASE keeps the cast to rows that name a customer). */
const movedRecordOwner = sql`(case when ${auditLog.targetType} = 'Customer' then ${auditLog.targetId}::uuid end)`;

/** The branches' UNION ALL: the feed's rows. */
const feedRows = (principal: Principal, owner: FeedOwner): SQL => sql.join(branches(principal, owner), sql` union all `);

/** The feed as a FROM item: the derived table `timeline`. */
export const timelineFeed = (principal: Principal, owner: FeedOwner): SQL => sql`(${feedRows(principal, owner)}) ${sql.identifier(FEED)}`;

/**
 * How a filter's values reach the SQL: as themselves (the loader), or as parameters bound per
 * request (the compiled read path, one statement per timelineFilterShape).
 */
export type TimelineFilterValues = <T>(read: (filter: TimelineFilter) => T) => T | SQL;

/** The filter's range, checked: read with its ends, so that a bound value refuses a range in the wrong order. */
function inOrder(filter: TimelineFilter): TimelineFilter {
  if (filter.from && filter.to && filter.from >= filter.to) throw badInput("filter.to", "to must be later than from");
  return filter;
}

export function timelineConditions(filter: TimelineFilter, value: TimelineFilterValues = (read) => read(filter)): SQL | undefined {
  const kinds = filter.kinds?.length ? value((f) => f.kinds!) : undefined;
  return and(
    kinds ? sql`${feed.kind} = any(${kinds instanceof SQL ? kinds : new Param(kinds)}::text[])` : undefined,
    filter.from ? sql`${feed.at} >= ${value((f) => inOrder(f).from!.toISOString())}::timestamptz` : undefined,
    filter.to ? sql`${feed.at} < ${value((f) => inOrder(f).to!.toISOString())}::timestamptz` : undefined,
  );
}

/** Which conditions a filter makes (not their values): one compiled statement per shape. */
export function timelineFilterShape(filter: TimelineFilter | null | undefined): string {
  return [filter?.kinds?.length, filter?.from, filter?.to].map((v) => (v ? "1" : "0")).join("");
}

/**
 * The merged, chronological feed (newest first) of many customers in one statement per distinct
 * argument set, paged as every nested connection is (graphql/nested-connection.ts): the UNION ALL
 * of the sources, each branch read for the customers asked, numbered per customer and cut at
 * first + 1 (one customer: a plain LIMIT); totals in a lazy grouped statement.
 */
export function createTimelineLoader(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return nestedConnectionLoader<TimelineRow, TimelineEntry, TimelineFilter>({
    db,
    table: feed,
    parent: feed.customer_id,
    principal,
    // Each branch applies its own table's policy (branches): nothing left to scope on the feed.
    scope: () => undefined,
    source: feedRows,
    ordering: TIMELINE_ORDERING,
    keys: TIMELINE_KEYS,
    filter: (filter) => timelineConditions(filter),
    toNode: timelineEntryEntity.toNode,
    cache: options.cache,
  });
}
