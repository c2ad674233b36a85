import { idIn, oneOf } from "../db/patterns.js";
import { and, count, desc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases, interactions, reviews, surveyResponses } from "../db/schema/index.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { badInput } from "../errors.js";
import { toCase, type CaseRow, type InteractionRow, type ReviewRow } from "./interactions.mapper.js";
import { engagementScope } from "./interactions.policy.js";
import type { CaseFilter, InteractionFilter } from "./interactions.types.js";

export const INTERACTION_KEYS: KeysetKey<InteractionRow>[] = [
  { column: interactions.occurredAt, direction: "DESC", value: (r) => r.occurredAt },
  { column: interactions.id, direction: "DESC", value: (r) => r.id },
];

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

/**
 * How a filter's values reach the SQL: as themselves (the loader), or as parameters bound per
 * request (the compiled read path, one statement per interactionFilterShape).
 */
export type InteractionFilterValues = <T>(read: (filter: InteractionFilter) => T) => T | SQL;

export function interactionConditions(filter: InteractionFilter, value: InteractionFilterValues = (read) => read(filter)): SQL | undefined {
  if (filter.from && filter.to && filter.from >= filter.to) throw badInput("filter.to", "to must be later than from");
  return and(
    filter.channels?.length ? oneOf(interactions.channel, value((f) => f.channels!)) : undefined,
    filter.types?.length ? oneOf(interactions.type, value((f) => f.types!)) : undefined,
    filter.direction ? eq(interactions.direction, value((f) => f.direction!)) : undefined,
    filter.from ? gte(interactions.occurredAt, value((f) => f.from!)) : undefined,
    filter.to ? lt(interactions.occurredAt, value((f) => f.to!)) : undefined,
  );
}

/**
 * Which conditions a filter makes (not their values): one compiled statement per shape. Null
 * leaves the filter to the loader (a range whose order must be checked first).
 */
export function interactionFilterShape(filter: InteractionFilter | null | undefined): string | null {
  if (!filter) return "";
  if (filter.from && filter.to) return null;
  return [filter.channels?.length, filter.types?.length, filter.direction, filter.from, filter.to].map((v) => (v ? "1" : "0")).join("");
}

function caseConditions(principal: Principal, filter: CaseFilter | null | undefined): SQL | undefined {
  return and(
    caseVisibility(principal),
    filter?.statuses?.length ? inArray(cases.status, filter.statuses) : undefined,
    filter?.kind ? eq(cases.kind, filter.kind) : undefined,
    filter?.againstDealerId ? eq(cases.againstDealerId, expectGlobalId(filter.againstDealerId, "Dealer", "filter.againstDealerId")) : undefined,
    filter?.customerId ? eq(cases.customerId, expectGlobalId(filter.customerId, "Customer", "filter.customerId")) : undefined,
  );
}

export function listCases(db: Database, principal: Principal, filter: CaseFilter | null | undefined, args: ConnectionArgs) {
  const where = caseConditions(principal, filter);
  return paginate(
    args,
    {
      ordering: "OPENED_AT_DESC",
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
