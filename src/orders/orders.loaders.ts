import { eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { orders } from "../db/schema/index.js";
import { byKeyLoader } from "../graphql/loader.js";
import { nestedConnectionLoader, type ParentSide } from "../graphql/nested-connection.js";
import type { Order } from "./orders.types.js";
import { customerOrders, dealerOrders, ORDER_KEYS, ORDER_ORDERING, orderRelations, returnRelations, toOrder, type OrderRow } from "./orders.declaration.js";
import { orderScope } from "./orders.policy.js";
import { ordersByIds, productOrders } from "./orders.service.js";

export function createOrderLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const orderConnection = (side: ParentSide) =>
    nestedConnectionLoader<OrderRow, Order>({
      db,
      table: orders,
      ...side,
      principal,
      scope: (principal) => orderScope(principal),
      ordering: ORDER_ORDERING,
      keys: ORDER_KEYS,
      toNode: toOrder,
      cache: options.cache,
    });
  const ofReturn = returnRelations.loaders(db, principal, options);
  return {
    order: byKeyLoader(async (ids: readonly string[]) => (await ordersByIds(db, principal, ids)).map(toOrder), (o) => o.dbId, options),
    /** A customer's orders, newest first: one statement for all customers of a page. */
    ofCustomer: customerOrders.loaders(db, principal, options).orders,
    /** A dealership's orders: a dealer reads only its own (the order policy), staff any dealer's. */
    ofDealer: dealerOrders.loaders(db, principal, options).orders,
    /** Orders containing a product, scoped by the order policy (a supplier sees none). */
    ofProduct: orderConnection({ parent: productOrders.productId, link: { from: productOrders, on: eq(productOrders.orderId, orders.id) } }),
    /** An order's lines, payments and returns, by order id, as declared. */
    ...orderRelations.loaders(db, principal, options),
    /** A return's lines and refunds, by return id. */
    returnLines: ofReturn.lines,
    refunds: ofReturn.refunds,
  };
}
