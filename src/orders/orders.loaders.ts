import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customerOrders, dealerOrders, orderLookup, orderRelations, productOrderRelations, returnRelations } from "./orders.declaration.js";
import { customerPaymentMethods } from "./payment-methods.declaration.js";

export function createOrderLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const ofReturn = returnRelations.loaders(db, principal, options);
  return {
    order: orderLookup.loader(db, principal, options),
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
    /** A customer's saved cards, the default first: the customer's own and staff. */
    paymentMethods: customerPaymentMethods.loaders(db, principal, options).paymentMethods,
  };
}
