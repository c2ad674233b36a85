import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { productScope } from "../catalog/catalog.policy.js";
import { cases, customers, dealers, interactions, products, productViews, reviews, surveyResponses, wishlistItems } from "../db/schema/index.js";
import { filterShape } from "../graphql/compiled/filters.js";
import { columns, globalId, instants, type RootList, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerOf } from "../customers/customers.projection.js";
import { organisationScope } from "../organisations/organisations.policy.js";
import { RECENTLY_VIEWED, VIEW_ORDER, WISHLIST_ORDER } from "./browsing.service.js";
import { engagementScope } from "./interactions.policy.js";
import { CASE_KEYS, CASE_ORDERING, caseConditions, caseVisibility, INTERACTION_KEYS, interactionConditions, interactionVisibility, REVIEW_KEYS, reviewVisibility, SURVEY_ORDER } from "./interactions.service.js";
import type { CaseFilter, InteractionFilter } from "./interactions.types.js";

/** A product by a row's product id, within the catalogue's scope (the product loader's). */
const productOf = (productId: AnyPgColumn) => ({
  shape: "one" as const,
  type: "Product",
  tables: [products],
  rows: (principal: Principal) => ({ from: sql`${products}`, where: and(eq(products.id, productId), productScope(principal)) }),
});

/** The compiled read path's view of engagement (graphql/compiled): the same scopes, keysets and orders as the loaders (filter arguments as the loaders apply them). */
export const interactionProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      interactions: {
        shape: "connection",
        type: "Interaction",
        tables: [interactions],
        rows: (principal: Principal) => ({ from: sql`${interactions}`, where: and(eq(interactions.customerId, customers.id), interactionVisibility(principal)) }),
        ordering: "OCCURRED_AT_DESC",
        keys: INTERACTION_KEYS,
        filter: {
          shape: (filter: InteractionFilter | null) => filterShape(filter),
          where: (filter: InteractionFilter | null, value) => (filter ? interactionConditions(filter, value) : undefined),
        },
      },
      cases: {
        shape: "connection",
        type: "Case",
        tables: [cases],
        rows: (principal: Principal) => ({ from: sql`${cases}`, where: and(eq(cases.customerId, customers.id), caseVisibility(principal)) }),
        ordering: "OPENED_AT_DESC",
        keys: CASE_KEYS,
      },
      reviews: {
        shape: "connection",
        type: "Review",
        tables: [reviews],
        rows: (principal: Principal) => ({ from: sql`${reviews}`, where: and(eq(reviews.customerId, customers.id), reviewVisibility(principal)) }),
        ordering: "CREATED_AT_DESC",
        keys: REVIEW_KEYS,
      },
      surveyResponses: {
        shape: "list",
        type: "SurveyResponse",
        tables: [surveyResponses],
        rows: (principal: Principal) => ({
          from: sql`${surveyResponses}`,
          where: and(eq(surveyResponses.customerId, customers.id), engagementScope(principal, surveyResponses.customerId)),
        }),
        orderBy: SURVEY_ORDER,
      },
      wishlist: {
        shape: "list",
        type: "WishlistItem",
        tables: [wishlistItems],
        rows: (principal: Principal) => ({ from: sql`${wishlistItems}`, where: and(eq(wishlistItems.customerId, customers.id), engagementScope(principal, wishlistItems.customerId)) }),
        orderBy: WISHLIST_ORDER,
      },
      // The newest RECENTLY_VIEWED views; the subquery keeps the table's name for the leaves.
      recentlyViewed: {
        shape: "list",
        type: "ProductView",
        tables: [productViews],
        rows: (principal: Principal) => ({
          from: sql`(select * from ${productViews} where ${and(eq(productViews.customerId, customers.id), engagementScope(principal, productViews.customerId))}
            order by ${sql.join(VIEW_ORDER, sql`, `)} limit ${sql.raw(String(RECENTLY_VIEWED))}) ${productViews}`,
          where: undefined,
        }),
        orderBy: VIEW_ORDER,
      },
    },
  },
  {
    type: "Interaction",
    leaves: {
      id: globalId("Interaction", interactions.id),
      ...columns(interactions, ["channel", "direction", "type", "subject", "notes", "agent", "outcome"]),
      ...instants(interactions, ["occurredAt"]),
    },
    relations: {
      dealer: {
        shape: "one",
        type: "Dealer",
        tables: [dealers],
        rows: (principal: Principal) => ({ from: sql`${dealers}`, where: and(eq(dealers.id, interactions.dealerId), organisationScope(principal)) }),
      },
    },
  },
  {
    type: "Case",
    leaves: {
      id: globalId("Case", cases.id),
      ...columns(cases, ["number", "kind", "status", "priority", "subject", "description", "assignee", "resolution"]),
      ...instants(cases, ["openedAt", "dueAt", "resolvedAt"]),
    },
    relations: {
      againstDealer: {
        shape: "one",
        type: "Dealer",
        tables: [dealers],
        rows: (principal: Principal) => ({ from: sql`${dealers}`, where: and(eq(dealers.id, cases.againstDealerId), organisationScope(principal)) }),
      },
      customer: customerOf(cases.customerId),
    },
  },
  {
    type: "Review",
    leaves: {
      id: globalId("Review", reviews.id),
      ...columns(reviews, ["stars", "title", "body", "moderationNote"]),
      ...instants(reviews, ["createdAt", "hiddenAt"]),
    },
    relations: { product: productOf(reviews.productId) },
  },
  {
    type: "SurveyResponse",
    leaves: {
      id: globalId("SurveyResponse", surveyResponses.id),
      ...columns(surveyResponses, ["overallSatisfaction", "deliveryRating", "intendsToBuyWithin3Months", "wouldRecommend", "comment"]),
      ...instants(surveyResponses, ["respondedAt"]),
    },
  },
  { type: "WishlistItem", leaves: instants(wishlistItems, ["addedAt"]), relations: { product: productOf(wishlistItems.productId) } },
  { type: "ProductView", leaves: instants(productViews, ["viewedAt"]), relations: { product: productOf(productViews.productId) } },
];

/** cases(first, after, last, before, filter): listCases' conditions and keyset, the filter's values bound per request. */
export const caseList: RootList = rootList<CaseFilter>({
  type: "Case",
  table: cases,
  idColumn: cases.id,
  keys: () => ({ ordering: CASE_ORDERING, keys: CASE_KEYS }),
  where: caseConditions,
});
