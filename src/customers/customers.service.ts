import { and, count, eq, getTableColumns, gte, inArray, isNull, lt, Param, SQL, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { containsPattern } from "../db/patterns.js";
import { z } from "zod";
import { badInput, DomainError } from "../errors.js";
import { intBetween, validate } from "../validation/input.js";
import {
  cases,
  customerAddresses,
  customerEmails,
  customerPhones,
  customers,
  dealerRelationships,
  dealerRelationshipBasis,
  identityLinks,
  orders,
  sourceRecords,
  vehicleOwnerships,
  vehicles,
  customerTraits,
  segmentMemberships,
  segments,
} from "../db/schema/index.js";
import { paginate, type ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { given, rangeEnd, valuesOf, type FilterValues, type ValueShapes } from "../graphql/compiled/filters.js";
import { customerKeys, customerSortColumns, isTraitOrdering, toCustomer } from "./customers.declaration.js";
import { customerScope, customersOfDealerFilter, mayReadTraits, segmentMembersScope, sourceScope, traitsScope } from "./customers.policy.js";
import { churnRisk, rfmGroup, shownStage, TRAIT_VALUES } from "./traits.rules.js";
import type { CustomerFilter, CustomerOrder, CustomerRule } from "./customers.types.js";
import type { TraitRange } from "./filter-conditions.inputs.js";
import { engagementScope, orderScope } from "./history.policy.js";
import { activityCondition, caseCondition, consentCondition, givenKeys, interactionCondition, leadCondition, purchaseCondition, vehicleCondition } from "./history-conditions.js";

const OPEN_CASE_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

/**
 * Free text finds a profile by name, email, phone digits, VIN or a source system's id. Written as
 * one id set, a union of lookups that each use an index (trigram indexes for the `%term%`
 * matches): an OR of EXISTS branches would read every profile.
 */
function searchCondition(principal: Principal, text: string, value: FilterValues<CustomerFilter>): SQL {
  const term = (f: CustomerFilter) => f.search!.trim();
  const digits = (f: CustomerFilter) => f.search!.replace(/\D/g, "");
  const branches: SQL[] = [
    sql`select ${customers.id} from ${customers} where ${customers.displayName} ilike ${value((f) => containsPattern(term(f)))}`,
    sql`select ${customerEmails.customerId} from ${customerEmails} where ${customerEmails.normalized} like ${value((f) => containsPattern(term(f).toLowerCase()))}`,
    sql`select ${vehicleOwnerships.customerId} from ${vehicleOwnerships} join ${vehicles} on ${vehicles.id} = ${vehicleOwnerships.vehicleId}
      where ${vehicles.vin} = ${value((f) => term(f).toUpperCase())}`,
    sql`select ${identityLinks.customerId} from ${identityLinks} join ${sourceRecords} on ${sourceRecords.id} = ${identityLinks.sourceRecordId}
      where ${and(eq(sourceRecords.sourceId, value(term)), sourceScope(principal, sourceRecords.source))}`,
  ];
  if (text.replace(/\D/g, "").length >= 4) branches.push(sql`select ${customerPhones.customerId} from ${customerPhones} where ${customerPhones.e164} like ${value((f) => containsPattern(digits(f)))}`);
  return sql`${customers.id} in (${sql.join(branches, sql` union `)})`;
}

/**
 * The filter fields whose value, not only whether it is given, decides the conditions' SQL: a
 * blank search makes none, a search with four digits also looks at phone numbers, hasOpenCase
 * chooses EXISTS or NOT EXISTS, a condition object's given fields choose its clauses, and each
 * trait range its trait and bounds (graphql/compiled/filters.ts filterShape).
 */
export const CUSTOMER_FILTER_VALUE_SHAPES: ValueShapes<CustomerFilter> = {
  search: (search) => (search.trim() ? search.replace(/\D/g, "").length >= 4 : "blank"),
  hasOpenCase: (open) => open,
  consent: givenKeys,
  vehicle: givenKeys,
  purchased: givenKeys,
  interactions: givenKeys,
  cases: givenKeys,
  activity: givenKeys,
  leads: (lead) => [...givenKeys(lead), lead.testDriveBooked ?? null],
  traits: (ranges) => ranges.map((r) => [r.trait, given(r.min), given(r.max)]),
};

export function customerConditions(principal: Principal, filter: CustomerFilter | null | undefined, value: FilterValues<CustomerFilter> = valuesOf(filter!)): SQL | undefined {
  // Merged-away profiles are reachable by id (they resolve to the survivor) but never listed.
  return and(customerScope(principal), isNull(customers.mergedIntoId), filter ? filterConditions(principal, filter, value, "filter") : undefined);
}

/**
 * What a filter asks of a customer, without the list's scope (a rule may negate it: the scope
 * must stay outside). Conditions on orders, interactions, cases and vehicles count only the rows
 * the caller may see under those tables' policies (history.policy.ts). `at` names the filter in
 * errors: `filter`, or a rule's `input.rule.any.0.where`.
 */
function filterConditions(principal: Principal, filter: CustomerFilter, value: FilterValues<CustomerFilter>, at: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (given(filter.search) && filter.search!.trim()) conditions.push(searchCondition(principal, filter.search!, value));
  if (given(filter.kind)) conditions.push(eq(customers.kind, value((f) => f.kind!)));
  if (given(filter.stage)) conditions.push(sql`${shownStage} = ${value((f) => f.stage!)}::lifecycle_stage`);
  if (given(filter.tier)) conditions.push(eq(customers.tier, value((f) => f.tier!)));
  if (given(filter.city)) {
    conditions.push(sql`exists (select 1 from ${customerAddresses}
      where ${customerAddresses.customerId} = ${customers.id} and ${customerAddresses.city} = ${value((f) => f.city!)})`);
  }
  if (given(filter.dealerBases) && !given(filter.dealerId)) throw badInput(`${at}.dealerBases`, "Give dealerId with dealerBases");
  if (given(filter.dealerId)) {
    const dealerId = value((f) => expectGlobalId(f.dealerId!, "Dealer", `${at}.dealerId`));
    conditions.push(customersOfDealerFilter(principal, dealerId, customers.id, given(filter.dealerBases) ? value((f) => f.dealerBases!) : undefined));
  }
  if (given(filter.segmentIds)) {
    const ids = value((f) => f.segmentIds!.map((id, i) => expectGlobalId(id, "Segment", `filter.segmentIds.${i}`)));
    // The stored memberships, of the segments the caller may see: another's segment selects no one, as another dealership's id does.
    conditions.push(sql`exists (select 1 from ${segmentMemberships} join ${segments} on ${segments.id} = ${segmentMemberships.segmentId}
      where ${and(
        eq(segmentMemberships.customerId, customers.id),
        sql`${segmentMemberships.segmentId} = any(${ids instanceof SQL ? ids : new Param(ids)}::uuid[])`,
        segmentMembersScope(principal, segments.dealerId),
      )})`);
  }
  if (given(filter.hasOpenCase)) {
    const openCase = sql`exists (select 1 from ${cases} where ${and(
      eq(cases.customerId, customers.id),
      inArray(cases.status, [...OPEN_CASE_STATUSES]),
      engagementScope(principal, cases.customerId, cases.againstDealerId),
    )})`;
    conditions.push(filter.hasOpenCase ? openCase : sql`not ${openCase}`);
  }
  const lastOrder = sql`(select max(${orders.placedAt}) from ${orders} where ${and(eq(orders.customerId, customers.id), sql`${orders.status} <> 'CANCELLED'`, orderScope(principal))})`;
  if (given(filter.lastOrderAfter)) conditions.push(sql`${lastOrder} >= ${value((f) => f.lastOrderAfter!.toISOString())}::timestamptz`);
  if (given(filter.lastOrderBefore)) conditions.push(sql`${lastOrder} < ${value((f) => f.lastOrderBefore!.toISOString())}::timestamptz`);
  if (given(filter.consent)) conditions.push(consentCondition(filter, value, at));
  if (given(filter.vehicle)) conditions.push(vehicleCondition(principal, filter, value, at));
  if (given(filter.purchased)) conditions.push(purchaseCondition(principal, filter, value, at));
  if (given(filter.interactions)) conditions.push(interactionCondition(principal, filter, value, at));
  if (given(filter.cases)) conditions.push(caseCondition(principal, filter, value, at));
  if (given(filter.activity)) conditions.push(activityCondition(principal, filter, value, at));
  if (given(filter.leads)) conditions.push(leadCondition(principal, filter, value, at));
  conditions.push(traitConditions(principal, filter, value, at));
  if (given(filter.createdAfter)) conditions.push(gte(customers.createdAt, value((f) => f.createdAfter!)));
  if (given(filter.createdBefore)) {
    const before = value((f) => rangeEnd(f.createdAfter, f.createdBefore!, `${at}.createdBefore`, "createdBefore must be later than createdAfter"));
    conditions.push(lt(customers.createdAt, before));
  }
  return and(...conditions);
}

const share = z.number().min(0, "must be from 0 to 1").max(1, "must be from 0 to 1");
const atLeastZero = intBetween(0, 2 ** 31 - 1);

/** A trait range's upper bound, checked against its lower one (per request on the compiled path). */
function rangeMax(range: TraitRange, field: string): number {
  if (given(range.min) && range.min! > range.max!) throw badInput(field, "max must not be below min");
  return range.max!;
}

/** The filter's conditions on the customer's traits, in one EXISTS on their row, within the traits' scope. */
function traitConditions(principal: Principal, filter: CustomerFilter, value: FilterValues<CustomerFilter>, at: string): SQL | undefined {
  const wanted: SQL[] = [];
  if (given(filter.rfmGroups)) {
    const groups = value((f) => f.rfmGroups!);
    wanted.push(sql`${rfmGroup} = any(${groups instanceof SQL ? groups : new Param(groups)}::text[])`);
  }
  if (given(filter.churnRiskAtLeast)) wanted.push(sql`${churnRisk} >= ${value((f) => validate(share, f.churnRiskAtLeast, `${at}.churnRiskAtLeast`))}::float8`);
  if (given(filter.ordersAtLeast)) wanted.push(sql`${customerTraits.orderCount} >= ${value((f) => validate(atLeastZero, f.ordersAtLeast, `${at}.ordersAtLeast`))}::int`);
  if (given(filter.lifetimeValueAtLeast)) {
    wanted.push(sql`${customerTraits.lifetimeValueMinor} >= ${value((f) => validate(atLeastZero, f.lifetimeValueAtLeast, `${at}.lifetimeValueAtLeast`))}::bigint`);
  }
  if (given(filter.preferredChannels)) {
    const channels = value((f) => f.preferredChannels!);
    wanted.push(sql`${customerTraits.preferredChannel} = any(${channels instanceof SQL ? channels : new Param(channels)}::order_channel[])`);
  }
  (filter.traits ?? []).forEach((range, i) => {
    const field = `${at}.traits.${i}`;
    if (!given(range.min) && !given(range.max)) throw badInput(field, "Give min, max or both");
    const trait = TRAIT_VALUES[range.trait];
    if (given(range.min)) wanted.push(sql`${trait} >= ${value((f) => f.traits![i]!.min!)}::float8`);
    if (given(range.max)) wanted.push(sql`${trait} <= ${value((f) => rangeMax(f.traits![i]!, `${field}.max`))}::float8`);
  });
  if (wanted.length === 0) return undefined;
  return sql`exists (select 1 from ${customerTraits} where ${and(eq(customerTraits.customerId, customers.id), traitsScope(principal), ...wanted)})`;
}

/** How deep and how large a customer rule may be: a segment is a few conditions, not a program. */
export const RULE_LIMITS = { depth: 6, conditions: 30 } as const;

/**
 * A customer rule (segments, previews) as SQL: `all`, `any` and `not` over filters, each filter
 * as `customers(filter:)` reads it; the list's scope and the merged-away profiles stay outside,
 * so that `not` cannot reach customers the caller may not see. Exactly one of the four per
 * node; a malformed node is BAD_USER_INPUT naming its path (`input.rule.any.1.where`).
 */
export function customerRuleConditions(principal: Principal, rule: CustomerRule, field: string): SQL {
  let conditions = 0;
  const walk = (node: CustomerRule, at: string, depth: number): SQL => {
    if (depth > RULE_LIMITS.depth) throw badInput(at, `A rule nests at most ${RULE_LIMITS.depth} levels`);
    const present = (["all", "any", "not", "where"] as const).filter((key) => node[key] !== null && node[key] !== undefined);
    if (present.length !== 1) throw badInput(at, "Give exactly one of all, any, not or where");
    const key = present[0]!;
    if (key === "not") return sql`not (${walk(node.not!, `${at}.not`, depth + 1)})`;
    if (key === "where") {
      if (++conditions > RULE_LIMITS.conditions) throw badInput(at, `A rule has at most ${RULE_LIMITS.conditions} conditions`);
      // Memberships are computed from rules: a rule reading them would depend on the order segments are refreshed in.
      if (given(node.where!.segmentIds)) throw badInput(`${at}.where.segmentIds`, "A rule cannot select by segment");
      const where = filterConditions(principal, node.where!, valuesOf(node.where!), `${at}.where`);
      if (!where) throw badInput(`${at}.where`, "Give at least one condition");
      return sql`(${where})`;
    }
    const parts = node[key]!;
    if (parts.length === 0) throw badInput(`${at}.${key}`, "Give at least one rule");
    return sql`(${sql.join(parts.map((part, i) => walk(part, `${at}.${key}.${i}`, depth + 1)), key === "all" ? sql` and ` : sql` or `)})`;
  };
  return and(customerScope(principal), isNull(customers.mergedIntoId), walk(rule, field, 1))!;
}

export function listCustomers(
  db: Database,
  principal: Principal,
  filter: CustomerFilter | null | undefined,
  order: CustomerOrder | null | undefined,
  args: ConnectionArgs,
) {
  mayOrderBy(principal, order);
  return listCustomersWhere(db, customerConditions(principal, filter), order, args);
}

/**
 * A list sorted by a trait would reveal the traits of customers whose traits the caller may not
 * read (a dealer): refused, rather than sorted by values it cannot see.
 */
export function mayOrderBy(principal: Principal, order: CustomerOrder | null | undefined): void {
  if (isTraitOrdering(order) && !mayReadTraits(principal)) throw new DomainError("FORBIDDEN", "Only staff and the customer themself may sort customers by a trait", "orderBy.field");
}

/** A page of the customers a condition selects (it carries the caller's scope: customerConditions or customerRuleConditions). */
export function listCustomersWhere(db: Database, where: SQL | undefined, order: CustomerOrder | null | undefined, args: ConnectionArgs) {
  return paginate(
    args,
    {
      ...customerKeys(order),
      fetch: (after, orderBy, limit) =>
        db
          .select({ ...getTableColumns(customers), ...customerSortColumns(order) })
          .from(customers)
          .where(and(where, after))
          .orderBy(...orderBy)
          .limit(limit),
      count: async () => (await db.select({ n: count() }).from(customers).where(where))[0]!.n,
    },
    toCustomer,
  );
}

/** Records that a customer is a customer of a dealership (idempotent), inside the caller's transaction. */
export async function relateToDealer(tx: Executor, dealerId: string, customerId: string, basis: (typeof dealerRelationshipBasis.enumValues)[number]) {
  await tx.insert(dealerRelationships).values({ dealerId, customerId, basis }).onConflictDoNothing();
}

/** Removes one ground of a customer's link to a dealership, inside the caller's transaction. */
export async function unrelateFromDealer(tx: Executor, dealerId: string, customerId: string, basis: (typeof dealerRelationshipBasis.enumValues)[number]) {
  await tx
    .delete(dealerRelationships)
    .where(and(eq(dealerRelationships.dealerId, dealerId), eq(dealerRelationships.customerId, customerId), eq(dealerRelationships.basis, basis)));
}

/**
 * A customer that exists, was not merged away, and is visible to the principal, for writes that
 * attach something to it. Such writes may link the customer to the caller's dealership (a sale,
 * service work): a dealer must not make a stranger its customer and so open their profile to itself.
 */
export async function liveCustomerVisibleTo(tx: Executor, principal: Principal, customerId: string) {
  const [row] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), isNull(customers.mergedIntoId), customerScope(principal)));
  return row ?? null;
}

