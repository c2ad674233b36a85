import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases, interactions, reviews } from "../db/schema/index.js";
import { byKeyLoader, groupedLoader } from "../graphql/loader.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { recentlyViewedOf, wishlistsOf } from "./browsing.service.js";
import { toCase, toInteraction, toReview, toSurvey, type CaseRow, type InteractionRow, type ReviewRow } from "./interactions.mapper.js";
import {
  CASE_KEYS,
  caseVisibility,
  casesByIds,
  INTERACTION_KEYS,
  interactionConditions,
  interactionVisibility,
  interactionsByIds,
  REVIEW_KEYS,
  reviewsByIds,
  reviewVisibility,
  surveysOf,
} from "./interactions.service.js";
import type { Case, Interaction, InteractionFilter, Review } from "./interactions.types.js";

export function createInteractionLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    interaction: byKeyLoader(async (ids: readonly string[]) => (await interactionsByIds(db, principal, ids)).map(toInteraction), (i) => i.dbId, options),
    case: byKeyLoader(async (ids: readonly string[]) => (await casesByIds(db, principal, ids)).map(toCase), (c) => c.dbId, options),
    review: byKeyLoader(async (ids: readonly string[]) => (await reviewsByIds(db, principal, ids)).map(toReview), (r) => r.dbId, options),
    ofCustomer: nestedConnectionLoader<InteractionRow, Interaction, InteractionFilter>({
      db,
      table: interactions,
      parent: interactions.customerId,
      principal,
      scope: (principal) => interactionVisibility(principal),
      ordering: "OCCURRED_AT_DESC",
      keys: INTERACTION_KEYS,
      filter: interactionConditions,
      toNode: toInteraction,
      cache: options.cache,
    }),
    casesOfCustomer: nestedConnectionLoader<CaseRow, Case>({
      db,
      table: cases,
      parent: cases.customerId,
      principal,
      scope: (principal) => caseVisibility(principal),
      ordering: "OPENED_AT_DESC",
      keys: CASE_KEYS,
      toNode: toCase,
      cache: options.cache,
    }),
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
    reviewsOfCustomer: nestedConnectionLoader<ReviewRow, Review>({
      db,
      table: reviews,
      parent: reviews.customerId,
      principal,
      scope: (principal) => reviewVisibility(principal),
      ordering: "CREATED_AT_DESC",
      keys: REVIEW_KEYS,
      toNode: toReview,
      cache: options.cache,
    }),
    wishlist: groupedLoader((ids: readonly string[]) => wishlistsOf(db, principal, ids), (w) => w.customerDbId, options),
    recentlyViewed: groupedLoader((ids: readonly string[]) => recentlyViewedOf(db, principal, ids), (v) => v.customerDbId, options),
    surveys: groupedLoader(async (ids: readonly string[]) => (await surveysOf(db, principal, ids)).map(toSurvey), (s) => s.customerDbId, options),
  };
}
