import { and, Param, SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { categoryAndBelow } from "../db/category-tree.js";
import { activityEvents, cases, consentEvents, leads, customers, interactions, orderLines, orders, products, returnLines, returns, vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import { given, rangeEnd, type FilterValues } from "../graphql/compiled/filters.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { intBetween, validate } from "../validation/input.js";
import type { CustomerFilter } from "./customers.types.js";
import { engagementScope, orderScope, ownershipScope } from "./history.policy.js";

/*
 * The customer filter's conditions on a profile's history: consents, vehicles, purchases,
 * interactions and cases. Each is one EXISTS correlated with `customers.id`, served by the
 * table's (customer, time) index, and counts only the rows the caller may see under that
 * table's own policy (history.policy.ts): a dealer filtering by purchases learns nothing of
 * orders at other dealerships. `at` names the filter in errors (`filter`, `input.rule.any.0.where`).
 */

type Values = FilterValues<CustomerFilter>;

/** The given fields of an input object, sorted: what of a condition shapes its SQL (filterShape). */
export const givenKeys = (input: object): string[] =>
  Object.entries(input)
    .filter(([, v]) => given(v))
    .map(([k]) => k)
    .sort();

/** An enum list bound as one array parameter (a literal list, or a variable's on the compiled path). */
const anyOf = (column: AnyPgColumn, list: unknown, type: string): SQL =>
  sql`${column} = any(${list instanceof SQL ? list : new Param(list)}::${sql.raw(type)}[])`;

const days = intBetween(1, 3650);
const atLeastOne = intBetween(1, 2 ** 31 - 1);
const years = intBetween(0, 100);

interface Period {
  from?: Date | null;
  to?: Date | null;
  lastDays?: number | null;
}

/** A period on an instant column: from (inclusive) / to (exclusive), or the last N days. */
function period<P extends Period>(given_: P, read: (f: CustomerFilter) => P, column: AnyPgColumn, value: Values, at: string): SQL[] {
  const out: SQL[] = [];
  if (given(given_.lastDays)) {
    if (given(given_.from) || given(given_.to)) throw badInput(`${at}.lastDays`, "Give either lastDays or from/to, not both");
    out.push(sql`${column} >= now() - make_interval(days => ${value((f) => validate(days, read(f).lastDays, `${at}.lastDays`))}::int)`);
  }
  if (given(given_.from)) out.push(sql`${column} >= ${value((f) => read(f).from!.toISOString())}::timestamptz`);
  if (given(given_.to)) {
    out.push(sql`${column} < ${value((f) => rangeEnd(read(f).from, read(f).to!, `${at}.to`, "to must be later than from").toISOString())}::timestamptz`);
  }
  return out;
}

/** Has a GRANTED consent in force (the latest decision per channel and purpose, unexpired, as Customer.consents reads it). */
export function consentCondition(filter: CustomerFilter, value: Values, at: string): SQL {
  const c = filter.consent!;
  if (!given(c.channel) && !given(c.purpose)) throw badInput(`${at}.consent`, "Give a channel, a purpose or both");
  const e = consentEvents;
  const which = and(
    sql`${e.customerId} = ${customers.id}`,
    given(c.channel) ? sql`${e.channel} = ${value((f) => f.consent!.channel!)}::consent_channel` : undefined,
    given(c.purpose) ? sql`${e.purpose} = ${value((f) => f.consent!.purpose!)}::consent_purpose` : undefined,
  );
  return sql`exists (select 1 from (select distinct on (${e.channel}, ${e.purpose}) ${e.status} as status, ${e.expiresAt} as expires_at
      from ${e} where ${which} order by ${e.channel}, ${e.purpose}, ${e.recordedAt} desc, ${e.id} desc) in_force
    where in_force.status = 'GRANTED' and (in_force.expires_at is null or in_force.expires_at > now()))`;
}

/** Owns now (an OWNER period that has not ended) a vehicle the caller may see, of the model, make and age asked. */
export function vehicleCondition(principal: Principal, filter: CustomerFilter, value: Values, at: string): SQL {
  const v = filter.vehicle!;
  if (givenKeys(v).length === 0) throw badInput(`${at}.vehicle`, "Give at least one of modelId, make, minAgeYears, maxAgeYears");
  const age = sql`(extract(year from current_date)::int - ${vehicles.modelYear})`;
  const conditions = [
    sql`${vehicleOwnerships.customerId} = ${customers.id}`,
    sql`${vehicleOwnerships.role} = 'OWNER'`,
    sql`(${vehicleOwnerships.endedOn} is null or ${vehicleOwnerships.endedOn} > current_date)`,
    ownershipScope(principal),
    given(v.modelId) ? sql`${vehicles.modelId} = ${value((f) => expectGlobalId(f.vehicle!.modelId!, "VehicleModel", `${at}.vehicle.modelId`))}::uuid` : undefined,
    given(v.make) ? sql`${vehicleModels.make} = ${value((f) => f.vehicle!.make!)}` : undefined,
    given(v.minAgeYears) ? sql`${age} >= ${value((f) => validate(years, f.vehicle!.minAgeYears, `${at}.vehicle.minAgeYears`))}::int` : undefined,
    given(v.maxAgeYears)
      ? sql`${age} <= ${value((f) => {
          const max = validate(years, f.vehicle!.maxAgeYears, `${at}.vehicle.maxAgeYears`);
          if (given(f.vehicle!.minAgeYears) && f.vehicle!.minAgeYears! > max) throw badInput(`${at}.vehicle.maxAgeYears`, "maxAgeYears must not be below minAgeYears");
          return max;
        })}::int`
      : undefined,
  ];
  const model = given(v.make) ? sql` join ${vehicleModels} on ${vehicleModels.id} = ${vehicles.modelId}` : sql``;
  return sql`exists (select 1 from ${vehicleOwnerships} join ${vehicles} on ${vehicles.id} = ${vehicleOwnerships.vehicleId}${model} where ${and(...conditions)})`;
}

/**
 * Bought what the condition names within its period, in orders the caller may see. A cancelled
 * order does not count; a line counts with the units not returned (returns not rejected), so a
 * line returned in full does not count.
 */
export function purchaseCondition(principal: Principal, filter: CustomerFilter, value: Values, at: string): SQL {
  const p = filter.purchased!;
  const read = (f: CustomerFilter) => f.purchased!;
  const byProduct = given(p.brand) || given(p.categoryId);
  const conditions = [
    sql`${orders.customerId} = ${customers.id}`,
    sql`${orders.status} <> 'CANCELLED'`,
    orderScope(principal),
    ...period(p, read, orders.placedAt, value, `${at}.purchased`),
    given(p.productId) ? sql`${orderLines.productId} = ${value((f) => expectGlobalId(read(f).productId!, "Product", `${at}.purchased.productId`))}::uuid` : undefined,
    given(p.sku) ? sql`${orderLines.sku} = ${value((f) => read(f).sku!.trim())}` : undefined,
    given(p.brand) ? sql`${products.brand} = ${value((f) => read(f).brand!)}` : undefined,
    // As an array, the category tree is computed once for the statement (an InitPlan), not once per customer.
    given(p.categoryId)
      ? sql`${products.categoryId} = any(array${categoryAndBelow(value((f) => expectGlobalId(read(f).categoryId!, "ProductCategory", `${at}.purchased.categoryId`)))})`
      : undefined,
    sql`kept.units > 0`,
  ];
  const product = byProduct ? sql` join ${products} on ${products.id} = ${orderLines.productId}` : sql``;
  // Without a minimum the first matching line answers; a minimum needs the sums (HAVING).
  const minimums = [
    given(p.minOrders) ? sql`count(distinct ${orders.id}) >= ${value((f) => validate(atLeastOne, read(f).minOrders, `${at}.purchased.minOrders`))}::int` : undefined,
    given(p.minUnits) ? sql`sum(kept.units) >= ${value((f) => validate(atLeastOne, read(f).minUnits, `${at}.purchased.minUnits`))}::int` : undefined,
  ].filter((c) => c !== undefined);
  const having = minimums.length ? sql` having ${sql.join(minimums, sql` and `)}` : sql``;
  return sql`exists (select 1 from ${orders} join ${orderLines} on ${orderLines.orderId} = ${orders.id}${product}
      cross join lateral (select ${orderLines.quantity} - coalesce(sum(${returnLines.quantity}), 0) as units from ${returnLines}
        join ${returns} on ${returns.id} = ${returnLines.returnId} where ${returnLines.orderLineId} = ${orderLines.id} and ${returns.status} <> 'REJECTED') kept
    where ${and(...conditions)}${having})`;
}

/** At least `atLeast` rows (HAVING count), or without it the first row found (a plain EXISTS). */
function atLeastRows(atLeast: number | null | undefined, read: (f: CustomerFilter) => number | null | undefined, value: Values, field: string): SQL {
  return given(atLeast) ? sql` having count(*) >= ${value((f) => validate(atLeastOne, read(f), field))}::int` : sql``;
}

/** At least N interactions of the kinds and channels asked within the period, among those the caller may see. */
export function interactionCondition(principal: Principal, filter: CustomerFilter, value: Values, at: string): SQL {
  const c = filter.interactions!;
  const read = (f: CustomerFilter) => f.interactions!;
  const conditions = [
    sql`${interactions.customerId} = ${customers.id}`,
    engagementScope(principal, interactions.customerId, interactions.dealerId),
    given(c.types) ? anyOf(interactions.type, value((f) => read(f).types!), "interaction_type") : undefined,
    given(c.channels) ? anyOf(interactions.channel, value((f) => read(f).channels!), "interaction_channel") : undefined,
    ...period(c, read, interactions.occurredAt, value, `${at}.interactions`),
  ];
  return sql`exists (select 1 from ${interactions} where ${and(...conditions)}${atLeastRows(c.atLeast, (f) => read(f).atLeast, value, `${at}.interactions.atLeast`)})`;
}

/** At least N cases of the kinds and statuses asked, opened within the period, among those the caller may see. */
export function caseCondition(principal: Principal, filter: CustomerFilter, value: Values, at: string): SQL {
  const c = filter.cases!;
  const read = (f: CustomerFilter) => f.cases!;
  const conditions = [
    sql`${cases.customerId} = ${customers.id}`,
    engagementScope(principal, cases.customerId, cases.againstDealerId),
    given(c.kinds) ? anyOf(cases.kind, value((f) => read(f).kinds!), "case_kind") : undefined,
    given(c.statuses) ? anyOf(cases.status, value((f) => read(f).statuses!), "case_status") : undefined,
    ...period(c, read, cases.openedAt, value, `${at}.cases`),
  ];
  return sql`exists (select 1 from ${cases} where ${and(...conditions)}${atLeastRows(c.atLeast, (f) => read(f).atLeast, value, `${at}.cases.atLeast`)})`;
}

/** At least N behavioural events of the types asked, about the product or model asked, within the period (staff's and the customer's own). */
export function activityCondition(principal: Principal, filter: CustomerFilter, value: Values, at: string): SQL {
  const c = filter.activity!;
  const read = (f: CustomerFilter) => f.activity!;
  const e = activityEvents;
  const conditions = [
    sql`${e.customerId} = ${customers.id}`,
    engagementScope(principal, e.customerId),
    given(c.types) ? anyOf(e.type, value((f) => read(f).types!), "activity_event_type") : undefined,
    given(c.productId) ? sql`${e.productId} = ${value((f) => expectGlobalId(read(f).productId!, "Product", `${at}.activity.productId`))}::uuid` : undefined,
    given(c.modelId) ? sql`${e.modelId} = ${value((f) => expectGlobalId(read(f).modelId!, "VehicleModel", `${at}.activity.modelId`))}::uuid` : undefined,
    ...period(c, read, e.occurredAt, value, `${at}.activity`),
  ];
  return sql`exists (select 1 from ${e} where ${and(...conditions)}${atLeastRows(c.atLeast, (f) => read(f).atLeast, value, `${at}.activity.atLeast`)})`;
}

/** Has a lead for the model asked, with or without a test drive booked (test_drive_at is set when one is), among the leads the caller may see. */
export function leadCondition(principal: Principal, filter: CustomerFilter, value: Values, at: string): SQL {
  const c = filter.leads!;
  const read = (f: CustomerFilter) => f.leads!;
  const conditions = [
    sql`${leads.customerId} = ${customers.id}`,
    engagementScope(principal, leads.customerId, leads.dealerId),
    given(c.modelId) ? sql`${leads.modelId} = ${value((f) => expectGlobalId(read(f).modelId!, "VehicleModel", `${at}.leads.modelId`))}::uuid` : undefined,
    given(c.testDriveBooked) ? (c.testDriveBooked ? sql`${leads.testDriveAt} is not null` : sql`${leads.testDriveAt} is null`) : undefined,
    given(c.lastDays)
      ? sql`${leads.createdAt} >= now() - make_interval(days => ${value((f) => validate(days, read(f).lastDays, `${at}.leads.lastDays`))}::int)`
      : undefined,
  ];
  return sql`exists (select 1 from ${leads} where ${and(...conditions)})`;
}
