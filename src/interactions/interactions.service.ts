import { oneOf } from "../db/patterns.js";
import { and, count, eq, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases } from "../db/schema/index.js";
import { paginate, type ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { given, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { CASE_KEYS, CASE_ORDERING, toCase } from "./interactions.declaration.js";
import { caseVisibility } from "./interactions.policy.js";
import type { CaseFilter } from "./interactions.types.js";

/** The scopes moved to the policy; still exported here for the callers that import them from the service. */
export { caseVisibility, interactionVisibility, reviewVisibility } from "./interactions.policy.js";

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
