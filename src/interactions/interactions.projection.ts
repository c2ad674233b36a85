import { cases, interactions, reviews } from "../db/schema/index.js";
import { lookupById, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerById } from "../customers/customers.declaration.js";
import {
  CASE_KEYS,
  CASE_ORDERING,
  caseEntity,
  caseRelations,
  caseThreadEntity,
  productReviews,
  publicReviewEntity,
  ratingEntity,
  customerEngagement,
  dealerCases,
  interactionEntity,
  interactionRelations,
  productViewEntity,
  productViewRelations,
  reviewEntity,
  reviewRelations,
  surveyEntity,
  wishlistItemEntity,
  wishlistRelations,
} from "./interactions.declaration.js";
import { caseVisibility, interactionVisibility, reviewVisibility } from "./interactions.policy.js";
import { caseConditions } from "./interactions.service.js";
import type { CaseFilter } from "./interactions.types.js";

/**
 * The compiled read path's view of engagement (graphql/compiled): as declared in
 * interactions.declaration.ts, and a case's customer through its merges (customerById).
 */
export const interactionProjections: TypeProjection[] = [
  ...[interactionEntity, caseEntity, caseThreadEntity, publicReviewEntity, ratingEntity, reviewEntity, surveyEntity, wishlistItemEntity, productViewEntity].map((e) => e.projection),
  ...[customerEngagement, dealerCases, productReviews, interactionRelations, caseRelations, reviewRelations, wishlistRelations, productViewRelations].map((r) => r.projection),
  // The customer through its merges, as the customers loader reads it (customerById): one loader for every field naming a customer.
  { type: "Case", leaves: {}, relations: { customer: customerById.from(cases.customerId) } },
];

/** cases(first, after, last, before, filter): listCases' conditions and keyset, the filter's values bound per request. */
export const caseList: RootList = rootList<CaseFilter>({
  type: "Case",
  table: cases,
  idColumn: cases.id,
  keys: () => ({ ordering: CASE_ORDERING, keys: CASE_KEYS }),
  where: caseConditions,
});

/** node(id:) of an interaction, a case or a review: the scopes of their lookups (interactions.declaration.ts). */
export const interactionLookups: RootLookup[] = [
  lookupById("Interaction", interactions, interactions.id, interactionVisibility),
  lookupById("Case", cases, cases.id, caseVisibility),
  lookupById("Review", reviews, reviews.id, reviewVisibility),
];
