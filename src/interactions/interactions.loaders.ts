import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases } from "../db/schema/index.js";
import { groupedLoader } from "../graphql/loader.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { recentlyViewedOf } from "./browsing.service.js";
import { CASE_KEYS, caseLookup, customerEngagement, interactionLookup, reviewLookup, toCase, type CaseRow } from "./interactions.declaration.js";
import { caseVisibility } from "./interactions.policy.js";
import type { Case } from "./interactions.types.js";

export function createInteractionLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const ofCustomer = customerEngagement.loaders(db, principal, options);
  return {
    interaction: interactionLookup.loader(db, principal, options),
    case: caseLookup.loader(db, principal, options),
    review: reviewLookup.loader(db, principal, options),
    /** A customer's interactions, cases, reviews, survey answers and wishlist, as declared. */
    ofCustomer: ofCustomer.interactions,
    casesOfCustomer: ofCustomer.cases,
    reviewsOfCustomer: ofCustomer.reviews,
    surveys: ofCustomer.surveyResponses,
    wishlist: ofCustomer.wishlist,
    /** Cases raised against a dealership: a dealer reads only those against itself (the case policy). */
    casesOfDealer: nestedConnectionLoader<CaseRow, Case>({
      db,
      table: cases,
      parent: cases.againstDealerId,
      principal,
      scope: (principal) => caseVisibility(principal),
      ordering: "OPENED_AT_DESC",
      keys: CASE_KEYS,
      toNode: toCase,
      cache: options.cache,
    }),
    recentlyViewed: groupedLoader((ids: readonly string[]) => recentlyViewedOf(db, principal, ids), (v) => v.customerDbId, options),
  };
}
