import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customers, productViews } from "../db/schema/index.js";
import type { TypeProjection } from "../graphql/compiled/projection.js";
import { RECENTLY_VIEWED } from "./browsing.service.js";
import {
  caseEntity,
  caseRelations,
  customerEngagement,
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
import { engagementScope } from "./interactions.policy.js";

/**
 * The compiled read path's view of engagement (graphql/compiled): as declared in
 * interactions.declaration.ts, and Customer.recentlyViewed, which keeps only the newest views.
 */
export const interactionProjections: TypeProjection[] = [
  ...[interactionEntity, caseEntity, reviewEntity, surveyEntity, wishlistItemEntity, productViewEntity].map((e) => e.projection),
  ...[customerEngagement, interactionRelations, caseRelations, reviewRelations, wishlistRelations, productViewRelations].map((r) => r.projection),
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
];
