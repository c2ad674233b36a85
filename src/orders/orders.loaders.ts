import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { byKeyLoader } from "../graphql/loader.js";
import { customerOrders, dealerOrders, orderRelations, productOrderRelations, returnRelations, toOrder } from "./orders.declaration.js";
import { ordersByIds } from "./orders.service.js";

export function createOrderLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const ofReturn = returnRelations.loaders(db, principal, options);
  return {
    order: byKeyLoader(async (ids: readonly string[]) => (await ordersByIds(db, principal, ids)).map(toOrder), (o) => o.dbId, options),
    /** A customer's orders, newest first: one statement for all customers of a page. */
    ofCustomer: customerOrders.loaders(db, principal, options).orders,
    /** A dealership's orders: a dealer reads only its own (the order policy), staff any dealer's. */
    ofDealer: dealerOrders.loaders(db, principal, options).orders,
    /** Orders containing a product, scoped by the order policy (a supplier sees none). */
    ofProduct: productOrderRelations.loaders(db, principal, options).orders,
    /** An order's lines, payments and returns, by order id, as declared. */
    ...orderRelations.loaders(db, principal, options),
    /** A return's lines and refunds, by return id. */
    returnLines: ofReturn.lines,
    refunds: ofReturn.refunds,
  };
}
