import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { orderLines, orders, products } from "../db/schema/index.js";
import { productScope } from "../catalog/catalog.policy.js";
import type { TypeProjection } from "../graphql/compiled/projection.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import {
  customerOrders,
  orderEntity,
  orderLineEntity,
  orderRelations,
  paymentEntity,
  refundEntity,
  returnEntity,
  returnLineEntity,
  returnRelations,
} from "./orders.declaration.js";

/**
 * The compiled read path's view of orders (graphql/compiled): the declared types and relations
 * (orders.declaration.ts), and the directory rows they point to.
 */
export const orderProjections: TypeProjection[] = [
  ...[orderEntity, orderLineEntity, paymentEntity, returnEntity, returnLineEntity, refundEntity].map((e) => e.projection),
  customerOrders.projection,
  orderRelations.projection,
  returnRelations.projection,
  { type: "Order", leaves: {}, relations: { dealer: dealerLookup.from(orders.dealerId) } },
  {
    type: "OrderLine",
    leaves: {},
    relations: {
      product: {
        shape: "one",
        type: "Product",
        tables: [products],
        rows: (principal: Principal) => ({ from: sql`${products}`, where: and(eq(products.id, orderLines.productId), productScope(principal)) }),
      },
    },
  },
];
