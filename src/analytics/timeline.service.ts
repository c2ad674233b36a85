import { idIn } from "../db/patterns.js";
import DataLoader from "dataloader";
import { and, Param, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database } from "../db/client.js";
import { auditLog, cases, customerMerges, customers, interactions, orders, reviews, serviceRecords, shipments, surveyResponses, trackingEvents } from "../db/schema/index.js";
import { visibleCustomerRows } from "../customers/customers.policy.js";
import { badInput } from "../errors.js";
import { pageWindow, toConnection, type ConnectionArgs, type ConnectionShape } from "../graphql/connection.js";
import { toGlobalId } from "../graphql/global-id.js";
import { caseVisibility, interactionVisibility, reviewVisibility } from "../interactions/interactions.service.js";
import { engagementScope } from "../interactions/interactions.policy.js";
import { orderScope } from "../orders/orders.policy.js";
import { shipmentScope } from "../tracking/tracking.policy.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { TimelineEntry, type TimelineFilter, type TimelineKind } from "./analytics.types.js";

interface TimelineRow {
  customer_id: string;
  kind: TimelineKind;
  ref_type: string;
  at: Date;
  id: string;
  title: string;
}

/** The merged feed's keyset: (at, id), newest first. */
const cursorValues = (r: TimelineRow) => [r.at, r.id];

/**
 * One branch per source table, each restricted by that table's own policy, so the merged feed
 * never shows what the caller could not read directly.
 */
function branches(principal: Principal, customerIds: string[]): SQL[] {
  const scoped = (scope: SQL | undefined, own: SQL) => and(scope, own);
  return [
    sql`select ${orders.customerId} as customer_id, 'ORDER_PLACED' as kind, 'Order' as ref_type, ${orders.placedAt} as at, ${orders.id} as id,
        'Order ' || ${orders.number} || ' placed' as title
        from ${orders} where ${scoped(orderScope(principal), idIn(orders.customerId, customerIds))}`,
    sql`select ${shipments.customerId}, 'SHIPMENT_EVENT', 'TrackingEvent', ${trackingEvents.occurredAt}, ${trackingEvents.id},
        ${shipments.trackingNumber} || ': ' || ${trackingEvents.status}::text || coalesce(' — ' || ${trackingEvents.place}, '')
        from ${trackingEvents} join ${shipments} on ${shipments.id} = ${trackingEvents.shipmentId}
        where ${scoped(shipmentScope(principal), idIn(shipments.customerId, customerIds))}`,
    sql`select ${serviceRecords.customerId}, 'SERVICE_VISIT', 'ServiceRecord', ${serviceRecords.performedAt}, ${serviceRecords.id},
        initcap(${serviceRecords.kind}::text) || ' at ' || ${serviceRecords.mileageKm} || ' km'
        from ${serviceRecords} where ${scoped(serviceRecordScope(principal, serviceRecords), idIn(serviceRecords.customerId, customerIds))}`,
    sql`select ${interactions.customerId}, 'INTERACTION', 'Interaction', ${interactions.occurredAt}, ${interactions.id}, ${interactions.subject}
        from ${interactions} where ${scoped(interactionVisibility(principal), idIn(interactions.customerId, customerIds))}`,
    sql`select ${cases.customerId}, 'CASE_OPENED', 'Case', ${cases.openedAt}, ${cases.id}, 'Case ' || ${cases.number} || ': ' || ${cases.subject}
        from ${cases} where ${scoped(caseVisibility(principal), idIn(cases.customerId, customerIds))}`,
    sql`select ${reviews.customerId}, 'REVIEW', 'Review', ${reviews.createdAt}, ${reviews.id}, ${reviews.stars} || '-star review'
        from ${reviews} where ${scoped(reviewVisibility(principal), idIn(reviews.customerId, customerIds))}`,
    sql`select ${surveyResponses.customerId}, 'SURVEY', 'SurveyResponse', ${surveyResponses.respondedAt}, ${surveyResponses.id},
        'Survey: satisfaction ' || ${surveyResponses.overallSatisfaction} || '/5'
        from ${surveyResponses} where ${scoped(engagementScope(principal, surveyResponses.customerId), idIn(surveyResponses.customerId, customerIds))}`,
    // Merges and unmerges appear on both profiles' timelines (src/identity/README.md).
    ...(["survivorId", "mergedId"] as const).flatMap((side) => [
      sql`select ${customerMerges[side]}, 'PROFILE_MERGED', 'CustomerMerge', ${customerMerges.createdAt}, ${customerMerges.id}, 'Profiles merged'
        from ${customerMerges} where ${scoped(visibleCustomerRows(principal, customerMerges[side]), idIn(customerMerges[side], customerIds))}`,
      sql`select ${customerMerges[side]}, 'PROFILE_UNMERGED', 'CustomerMerge', ${customerMerges.undoneAt}, ${customerMerges.id}, 'Merge undone'
        from ${customerMerges} where ${customerMerges.undoneAt} is not null and ${scoped(visibleCustomerRows(principal, customerMerges[side]), idIn(customerMerges[side], customerIds))}`,
    ]),
    // Records detached or attached by hand (src/identity/README.md): the audit rows on both profiles, pointing at the other one.
    sql`select ${customers.id}, 'SOURCE_RECORD_MOVED', 'Customer', ${auditLog.at}, (${auditLog.details}->>'otherId')::uuid,
        case ${auditLog.action} when 'DETACH' then 'Source record ' || (${auditLog.details}->>'source') || ' moved to another profile'
          else 'Source record ' || (${auditLog.details}->>'source') || ' moved here from another profile' end
        from ${auditLog} join ${customers} on ${idIn(customers.id, customerIds)} and ${customers.id}::text = ${auditLog.targetId}
        where ${auditLog.targetType} = 'Customer' and ${auditLog.action} in ('DETACH', 'ATTACH') and ${auditLog.outcome} = 'SUCCESS'
          and ${auditLog.targetId} = any(${new Param(customerIds)}::text[]) and ${scoped(visibleCustomerRows(principal, customers.id), sql`true`)}`,
  ];
}

function filterConditions(filter: TimelineFilter | null | undefined): SQL[] {
  const conditions: SQL[] = [];
  if (filter?.from && filter.to && filter.from >= filter.to) throw badInput("filter.to", "to must be later than from");
  if (filter?.kinds?.length) conditions.push(sql`kind in (${sql.join(filter.kinds.map((k) => sql`${k}`), sql`, `)})`);
  if (filter?.from) conditions.push(sql`at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter?.to) conditions.push(sql`at < ${filter.to.toISOString()}::timestamptz`);
  return conditions;
}

const where = (conditions: SQL[]) => (conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``);

const toEntry = (r: TimelineRow): TimelineEntry =>
  Object.assign(new TimelineEntry(), { kind: r.kind, occurredAt: r.at, title: r.title, refId: toGlobalId(r.ref_type, r.id) });

interface Request {
  customerId: string;
  args: ConnectionArgs;
  filter: TimelineFilter | null | undefined;
}

/**
 * The merged, chronological feed (newest first) of many customers in one statement per distinct
 * argument set: a UNION ALL of the source tables, numbered per customer, cut at first + 1.
 */
export function createTimelineLoader(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  /** Totals of many customers' feeds in one grouped statement per filter, only when asked for. */
  const counts = new DataLoader<{ customerId: string; filter: TimelineFilter | null | undefined }, number, string>(
    async (keys) => {
      const totals = new Map<string, number>();
      const groups = new Map<string, { customerId: string; filter: TimelineFilter | null | undefined }[]>();
      for (const key of keys) {
        const group = JSON.stringify(key.filter ?? null);
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      for (const [group, members] of groups) {
        const union = sql.join(branches(principal, [...new Set(members.map((m) => m.customerId))]), sql` union all `);
        const found = await rows<{ customer_id: string; n: number | string }>(
          db,
          sql`select customer_id, count(*) as n from (${union}) feed ${where(filterConditions(members[0]!.filter))} group by customer_id`,
        );
        for (const row of found) totals.set(`${row.customer_id}/${group}`, Number(row.n));
      }
      return keys.map((key) => totals.get(`${key.customerId}/${JSON.stringify(key.filter ?? null)}`) ?? 0);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.customerId, key.filter ?? null]), cache: options.cache ?? true },
  );

  const loader = new DataLoader<Request, ConnectionShape<TimelineEntry>, string>(
    async (requests) => {
      const results = new Map<Request, ConnectionShape<TimelineEntry>>();
      const groups = new Map<string, Request[]>();
      for (const r of requests) {
        const key = JSON.stringify([r.args, r.filter ?? null]);
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      for (const members of groups.values()) {
        const { args, filter } = members[0]!;
        const window = pageWindow(args, "TIMELINE", 2);
        const conditions = filterConditions(filter);
        if (window.cursor) {
          const [at, id] = window.cursor as [string, string];
          const field = window.forward ? "after" : "before";
          if (Number.isNaN(Date.parse(at)) || typeof id !== "string") throw badInput(field, "Malformed cursor");
          conditions.push(window.forward ? sql`(at, id) < (${at}::timestamptz, ${id}::uuid)` : sql`(at, id) > (${at}::timestamptz, ${id}::uuid)`);
        }
        const direction = window.forward ? sql`desc` : sql`asc`;
        const customerIds = [...new Set(members.map((m) => m.customerId))];
        const union = sql.join(branches(principal, customerIds), sql` union all `);
        const fetched =
          window.limit === 0
            ? []
            : await rows<TimelineRow>(
                db,
                sql`select * from (
                      select feed.*, row_number() over (partition by customer_id order by at ${direction}, id ${direction}) as n
                      from (${union}) feed ${where(conditions)}) numbered
                    where n <= ${window.limit + 1} order by customer_id, n`,
              );
        const byCustomer = new Map<string, TimelineRow[]>();
        for (const row of fetched) {
          const normalised = { ...row, at: new Date(row.at) };
          byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), normalised]);
        }
        for (const member of members) {
          results.set(member, toConnection(window, byCustomer.get(member.customerId) ?? [], "TIMELINE", cursorValues, toEntry, () => counts.load({ customerId: member.customerId, filter: member.filter })));
        }
      }
      return requests.map((r) => results.get(r)!);
    },
    { cacheKeyFn: (r) => JSON.stringify([r.customerId, r.args, r.filter ?? null]), cache: options.cache ?? true },
  );

  return {
    load(customerId: string, args: ConnectionArgs, filter?: TimelineFilter | null) {
      pageWindow(args, "TIMELINE", 2);
      return loader.load({ customerId, args: { first: args.first, after: args.after, last: args.last, before: args.before }, filter });
    },
  };
}
