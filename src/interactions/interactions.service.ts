import { and, count, eq, inArray, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases } from "../db/schema/index.js";
import { paginate, type ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { CASE_KEYS, toCase } from "./interactions.declaration.js";
import { caseVisibility } from "./interactions.policy.js";
import type { CaseFilter } from "./interactions.types.js";

/** The scopes moved to the policy; still exported here for the callers that import them from the service. */
export { caseVisibility, interactionVisibility, reviewVisibility } from "./interactions.policy.js";

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
