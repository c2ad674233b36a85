import { idIn } from "../db/patterns.js";
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases, interactions, reviews, surveyResponses } from "../db/schema/index.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { given, oneOf, rangeEnd, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { toCase, type CaseRow, type InteractionRow, type ReviewRow } from "./interactions.mapper.js";
import { engagementScope } from "./interactions.policy.js";
import type { CaseFilter, InteractionFilter } from "./interactions.types.js";

export const INTERACTION_KEYS: KeysetKey<InteractionRow>[] = [
  { column: interactions.occurredAt, direction: "DESC", value: (r) => r.occurredAt },
  { column: interactions.id, direction: "DESC", value: (r) => r.id },
];

export const CASE_ORDERING = "OPENED_AT_DESC";
export const CASE_KEYS: KeysetKey<CaseRow>[] = [
  { column: cases.openedAt, direction: "DESC", value: (r) => r.openedAt },
  { column: cases.id, direction: "DESC", value: (r) => r.id },
];

export const REVIEW_KEYS: KeysetKey<ReviewRow>[] = [
  { column: reviews.createdAt, direction: "DESC", value: (r) => r.createdAt },
  { column: reviews.id, direction: "DESC", value: (r) => r.id },
];

export const interactionVisibility = (principal: Principal) => engagementScope(principal, interactions.customerId, interactions.dealerId);
export const caseVisibility = (principal: Principal) => engagementScope(principal, cases.customerId, cases.againstDealerId);
export const reviewVisibility = (principal: Principal) => engagementScope(principal, reviews.customerId);

export function interactionConditions(filter: InteractionFilter, value: FilterValues<InteractionFilter> = valuesOf(filter)): SQL | undefined {
  return and(
    given(filter.channels) ? oneOf(interactions.channel, value((f) => f.channels!)) : undefined,
    given(filter.types) ? oneOf(interactions.type, value((f) => f.types!)) : undefined,
    given(filter.direction) ? eq(interactions.direction, value((f) => f.direction!)) : undefined,
    given(filter.from) ? gte(interactions.occurredAt, value((f) => f.from!)) : undefined,
    given(filter.to) ? lt(interactions.occurredAt, value((f) => rangeEnd(f.from, f.to!, "filter.to", "to must be later than from"))) : undefined,
  );
}

/** The cases list's conditions, shared by the resolver and the compiled read path (values bound per request there). */
export function caseConditions(principal: Principal, filter: CaseFilter | null | undefined, value: FilterValues<CaseFilter> = valuesOf(filter!)): SQL | undefined {
  if (!filter) return caseVisibility(principal);
  return and(
    caseVisibility(principal),
    given(filter.statuses) ? oneOf(cases.status, value((f) => f.statuses!)) : undefined,
    given(filter.kind) ? eq(cases.kind, value((f) => f.kind!)) : undefined,
    given(filter.againstDealerId) ? eq(cases.againstDealerId, value((f) => expectGlobalId(f.againstDealerId!, "Dealer", "filter.againstDealerId"))) : undefined,
    given(filter.customerId) ? eq(cases.customerId, value((f) => expectGlobalId(f.customerId!, "Customer", "filter.customerId"))) : undefined,
  );
}

export function listCases(db: Database, principal: Principal, filter: CaseFilter | null | undefined, args: ConnectionArgs) {
  const where = caseConditions(principal, filter);
  return paginate(
    args,
    {
      ordering: CASE_ORDERING,
      keys: CASE_KEYS,
      fetch: (after, order, limit) => db.select().from(cases).where(and(where, after)).orderBy(...order).limit(limit),
      count: async () => (await db.select({ n: count() }).from(cases).where(where))[0]!.n,
    },
    toCase,
  );
}

export const casesByIds = (db: Database, principal: Principal, ids: readonly string[]) =>
  db.select().from(cases).where(and(caseVisibility(principal), idIn(cases.id, ids)));

export const interactionsByIds = (db: Database, principal: Principal, ids: readonly string[]) =>
  db.select().from(interactions).where(and(interactionVisibility(principal), idIn(interactions.id, ids)));

export const reviewsByIds = (db: Database, principal: Principal, ids: readonly string[]) =>
  db.select().from(reviews).where(and(reviewVisibility(principal), idIn(reviews.id, ids)));

/** Newest first; the id orders answers given in the same instant (loaders and compiled reads). */
export const SURVEY_ORDER = [desc(surveyResponses.respondedAt), desc(surveyResponses.id)];

export const surveysOf = (db: Database, principal: Principal, customerIds: readonly string[]) =>
  db
    .select()
    .from(surveyResponses)
    .where(and(engagementScope(principal, surveyResponses.customerId), idIn(surveyResponses.customerId, customerIds)))
    .orderBy(...SURVEY_ORDER);
