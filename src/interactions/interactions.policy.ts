import { sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { engagementScope } from "../customers/history.policy.js";
import { caseComments, cases, interactions, reviews } from "../db/schema/index.js";

/** Interactions, cases, reviews and surveys a principal may read (declared with the customer filter that counts them, customers/history.policy.ts). */
export { engagementScope };

export const interactionVisibility = (principal: Principal) => engagementScope(principal, interactions.customerId, interactions.dealerId);
export const caseVisibility = (principal: Principal) => engagementScope(principal, cases.customerId, cases.againstDealerId);
export const reviewVisibility = (principal: Principal) => engagementScope(principal, reviews.customerId);

/**
 * A case's thread: staff read every entry; anyone else who sees the case reads all but the
 * internal notes (the case's own scope is repeated, so a loader keyed by a foreign case id reads nothing).
 */
export function threadVisibility(principal: Principal): SQL | undefined {
  if (principal.role === "ADMIN" || principal.role === "AGENT") return undefined;
  return sql`${caseComments.kind} <> 'INTERNAL_NOTE' and exists (select 1 from ${cases} where ${cases.id} = ${caseComments.caseId} and ${caseVisibility(principal) ?? sql`true`})`;
}

/** What shoppers read of reviews, whoever they are (anonymous too): those staff have not hidden. */
export const publicReviewScope = (_principal: Principal): SQL | undefined => sql`${reviews.hiddenAt} is null`;
