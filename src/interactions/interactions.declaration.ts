import { asc, desc, getTableName, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { productLookup } from "../catalog/catalog.declaration.js";
import { caseComments, cases, customers, productRatings, products, dealers, interactions, productViews, reviews, surveyResponses, wishlistItems } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { column, derived, globalId, key } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { connection, list, one, relations } from "../graphql/declare/relations.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import { ProductView, WishlistItem } from "./browsing.types.js";
import { filterShape } from "../graphql/compiled/filters.js";
import { interactionConditions } from "./interactions.filter.js";
import { caseVisibility, engagementScope, interactionVisibility, publicReviewScope, reviewVisibility, threadVisibility } from "./interactions.policy.js";
import { isOverdue, overdueSql } from "./case-sla.js";
import { ProductRating, PublicReview } from "./public-reviews.types.js";
import { Case, CaseThreadEntry, Interaction, Review, SurveyResponse, type InteractionFilter } from "./interactions.types.js";

/**
 * Interactions, cases, reviews, surveys, the wishlist and product views, each field and relation
 * declared once (graphql/declare): the mapper, the loaders and the compiled read path derive from these.
 */
export const interactionEntity = entity(Interaction, interactions, {
  id: globalId("Interaction", interactions.id),
  dbId: key(interactions.id),
  customerDbId: key(interactions.customerId),
  dealerDbId: key(interactions.dealerId),
  ...columns(interactions, ["channel", "direction", "type", "subject", "notes", "agent", "outcome", "source", "sourceInteractionId"]),
  ...instants(interactions, ["occurredAt"]),
});

export const caseEntity = entity(Case, cases, {
  id: globalId("Case", cases.id),
  dbId: key(cases.id),
  customerDbId: key(cases.customerId),
  againstDealerDbId: key(cases.againstDealerId),
  ...columns(cases, ["number", "kind", "status", "priority", "subject", "description", "assignee", "resolution"]),
  ...instants(cases, ["openedAt", "dueAt", "resolvedAt", "closedAt"]),
  overdue: derived([cases.status, cases.dueAt, cases.resolvedAt], ([status, dueAt, resolvedAt]) => isOverdue(status as string, dueAt as Date | null, resolvedAt as Date | null, new Date()), overdueSql),
});

export const caseThreadEntity = entity(CaseThreadEntry, caseComments, {
  id: globalId("CaseThreadEntry", caseComments.id),
  caseDbId: key(caseComments.caseId),
  ...columns(caseComments, ["kind", "status", "body", "authorRole", "authorName"]),
  ...instants(caseComments, ["createdAt"]),
});

export const reviewEntity = entity(Review, reviews, {
  id: globalId("Review", reviews.id),
  dbId: key(reviews.id),
  customerDbId: key(reviews.customerId),
  productDbId: key(reviews.productId),
  ...columns(reviews, ["stars", "title", "body", "moderationNote", "shownAs"]),
  ...instants(reviews, ["createdAt", "hiddenAt"]),
});

/** A review as shoppers read it (public-reviews.types.ts): no customer key, no moderation. */
export const publicReviewEntity = entity(PublicReview, reviews, {
  id: globalId("ProductReview", reviews.id),
  productDbId: key(reviews.productId),
  ...columns(reviews, ["stars", "title", "body", "helpfulCount"]),
  reviewer: column(reviews.reviewerName),
  ...instants(reviews, ["createdAt"]),
});

export const ratingEntity = entity(ProductRating, productRatings, {
  productDbId: key(productRatings.productId),
  ...columns(productRatings, ["average", "count", "distribution"]),
});

export const surveyEntity = entity(SurveyResponse, surveyResponses, {
  id: globalId("SurveyResponse", surveyResponses.id),
  customerDbId: key(surveyResponses.customerId),
  ...columns(surveyResponses, ["overallSatisfaction", "deliveryRating", "intendsToBuyWithin3Months", "wouldRecommend", "comment"]),
  ...instants(surveyResponses, ["respondedAt"]),
});

export const wishlistItemEntity = entity(WishlistItem, wishlistItems, {
  customerDbId: key(wishlistItems.customerId),
  productDbId: key(wishlistItems.productId),
  ...instants(wishlistItems, ["addedAt"]),
});

export const productViewEntity = entity(ProductView, productViews, {
  customerDbId: key(productViews.customerId),
  productDbId: key(productViews.productId),
  ...instants(productViews, ["viewedAt"]),
});

export type InteractionRow = typeof interactions.$inferSelect;
export type CaseRow = typeof cases.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
export const toInteraction = interactionEntity.toNode;
export const toCase = caseEntity.toNode;
export const toReview = reviewEntity.toNode;
export const toSurvey = surveyEntity.toNode;

export const interactionLookup = lookup(interactionEntity, { key: interactions.id, scope: interactionVisibility });
export const caseLookup = lookup(caseEntity, { key: cases.id, scope: caseVisibility });
export const reviewLookup = lookup(reviewEntity, { key: reviews.id, scope: reviewVisibility });
export const ratingLookup = lookup(ratingEntity, { key: productRatings.productId, scope: () => undefined });

/** Newest first, each of them. */
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

/** Latest view first. */
export const VIEW_ORDER = [desc(productViews.viewedAt), desc(productViews.id)];

/** How many recently viewed products a profile shows. */
export const RECENTLY_VIEWED = 20;

/** Each customer's newest RECENTLY_VIEWED views (writes keep one row per product, so no grouping). */
const newestViews = {
  rows: sql`select *, row_number() over (partition by ${productViews.customerId} order by ${sql.join(VIEW_ORDER, sql`, `)}) as recency from ${productViews}`,
  where: sql`${sql.identifier(getTableName(productViews))}.recency <= ${sql.raw(String(RECENTLY_VIEWED))}`,
};

const ofCustomer = (column: AnyPgColumn) => ({ key: column, parent: customers.id, scope: (principal: Principal) => engagementScope(principal, column) });

export const customerEngagement = relations("Customer", {
  interactions: connection(interactionEntity, {
    key: interactions.customerId,
    parent: customers.id,
    scope: interactionVisibility,
    ordering: "OCCURRED_AT_DESC",
    keys: INTERACTION_KEYS,
    filter: { shape: (filter: InteractionFilter | null) => filterShape(filter), where: interactionConditions },
  }),
  cases: connection(caseEntity, { key: cases.customerId, parent: customers.id, scope: caseVisibility, ordering: CASE_ORDERING, keys: CASE_KEYS }),
  reviews: connection(reviewEntity, { key: reviews.customerId, parent: customers.id, scope: reviewVisibility, ordering: "CREATED_AT_DESC", keys: REVIEW_KEYS }),
  // Newest first; the id orders answers given in the same instant.
  surveyResponses: list(surveyEntity, { ...ofCustomer(surveyResponses.customerId), orderBy: [desc(surveyResponses.respondedAt), desc(surveyResponses.id)] }),
  // Latest addition first; a customer lists a product once, so the product orders additions in the same instant.
  wishlist: list(wishlistItemEntity, { ...ofCustomer(wishlistItems.customerId), orderBy: [desc(wishlistItems.addedAt), asc(wishlistItems.productId)] }),
  recentlyViewed: list(productViewEntity, { ...ofCustomer(productViews.customerId), orderBy: VIEW_ORDER, source: newestViews }),
});

/** Cases raised against a dealership: a dealer reads only those against itself (the case policy). */
export const dealerCases = relations("Dealer", {
  cases: connection(caseEntity, { key: cases.againstDealerId, parent: dealers.id, scope: caseVisibility, ordering: CASE_ORDERING, keys: CASE_KEYS }),
});

export const interactionRelations = relations("Interaction", { dealer: one(dealerLookup, interactions.dealerId) });
/** Oldest first: a thread reads like a conversation. */
export const THREAD_KEYS: KeysetKey<typeof caseComments.$inferSelect>[] = [
  { column: caseComments.createdAt, direction: "ASC", value: (r) => r.createdAt },
  { column: caseComments.id, direction: "ASC", value: (r) => r.id },
];

export const caseRelations = relations("Case", {
  againstDealer: one(dealerLookup, cases.againstDealerId),
  thread: connection(caseThreadEntity, { key: caseComments.caseId, parent: cases.id, scope: threadVisibility, ordering: "CREATED_AT_ASC", keys: THREAD_KEYS }),
});
export const reviewRelations = relations("Review", { product: one(productLookup, reviews.productId) });
export const wishlistRelations = relations("WishlistItem", { product: one(productLookup, wishlistItems.productId) });
export const productViewRelations = relations("ProductView", { product: one(productLookup, productViews.productId) });

export type PublicReviewRow = typeof reviews.$inferSelect;
export const NEWEST_REVIEWS: KeysetKey<PublicReviewRow>[] = REVIEW_KEYS;
export const MOST_HELPFUL_REVIEWS: KeysetKey<PublicReviewRow>[] = [{ column: reviews.helpfulCount, direction: "DESC", value: (r) => r.helpfulCount }, ...REVIEW_KEYS];

/** A product's shown reviews for anyone (the catalogue is public), newest first or most helpful first (`orderBy`), and its rating. */
export const productReviews = relations("Product", {
  reviews: connection(publicReviewEntity, {
    key: reviews.productId,
    parent: products.id,
    scope: publicReviewScope,
    ordering: "NEWEST",
    keys: NEWEST_REVIEWS,
    orderings: { NEWEST: { ordering: "NEWEST", keys: NEWEST_REVIEWS }, MOST_HELPFUL: { ordering: "MOST_HELPFUL", keys: MOST_HELPFUL_REVIEWS } },
  }),
  rating: one(ratingLookup, products.id),
});
