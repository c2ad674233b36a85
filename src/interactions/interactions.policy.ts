import type { Principal } from "../auth/principal.js";
import { engagementScope } from "../customers/history.policy.js";
import { cases, interactions, reviews } from "../db/schema/index.js";

/** Interactions, cases, reviews and surveys a principal may read (declared with the customer filter that counts them, customers/history.policy.ts). */
export { engagementScope };

export const interactionVisibility = (principal: Principal) => engagementScope(principal, interactions.customerId, interactions.dealerId);
export const caseVisibility = (principal: Principal) => engagementScope(principal, cases.customerId, cases.againstDealerId);
export const reviewVisibility = (principal: Principal) => engagementScope(principal, reviews.customerId);
