import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { cases, customers, interactions, productViews, reviews } from "../db/schema/index.js";
import { lookupById, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerOf } from "../customers/customers.projection.js";
import { RECENTLY_VIEWED } from "./browsing.service.js";
import {
  CASE_KEYS,
  CASE_ORDERING,
  caseEntity,
  caseRelations,
  customerEngagement,
  dealerCases,
  interactionEntity,
  interactionRelations,
  productViewEntity,
  productViewRelations,
  reviewEntity,
  reviewRelations,
  surveyEntity,
  VIEW_ORDER,
  wishlistItemEntity,
  wishlistRelations,
} from "./interactions.declaration.js";
import { caseVisibility, engagementScope, interactionVisibility, reviewVisibility } from "./interactions.policy.js";
import { caseConditions } from "./interactions.service.js";
import type { CaseFilter } from "./interactions.types.js";

/**
 * The compiled read path's view of engagement (graphql/compiled): as declared in
 * interactions.declaration.ts, and Customer.recentlyViewed, which keeps only the newest views.
 */
export const interactionProjections: TypeProjection[] = [
  ...[interactionEntity, caseEntity, reviewEntity, surveyEntity, wishlistItemEntity, productViewEntity].map((e) => e.projection),
  ...[customerEngagement, dealerCases, interactionRelations, caseRelations, reviewRelations, wishlistRelations, productViewRelations].map((r) => r.projection),
  {
    type: "Customer",
    leaves: {},
    relations: {
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
  // A customer through its merges (customerOf), which a declared lookup does not follow: raw.
  { type: "Case", leaves: {}, relations: { customer: customerOf(cases.customerId) } },
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
