import { eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { orders } from "../db/schema/index.js";
import { byKeyLoader, groupedLoader } from "../graphql/loader.js";
import { nestedConnectionLoader, type ParentSide } from "../graphql/nested-connection.js";
import type { Order } from "./orders.types.js";
import { toOrder, toOrderLine, toPayment, toRefund, toReturn, toReturnLine, type OrderRow } from "./orders.mapper.js";
import { orderScope } from "./orders.policy.js";
import { linesOf, ORDER_KEYS, ORDER_ORDERING, ordersByIds, paymentsOf, productOrders, refundsOf, returnLinesOf, returnsOf } from "./orders.service.js";

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
  return {
    order: byKeyLoader(async (ids: readonly string[]) => (await ordersByIds(db, principal, ids)).map(toOrder), (o) => o.dbId, options),
    /** A customer's orders, newest first: one statement for all customers of a page. */
    ofCustomer: orderConnection({ parent: orders.customerId }),
    /** A dealership's orders: a dealer reads only its own (the order policy), staff any dealer's. */
    ofDealer: orderConnection({ parent: orders.dealerId }),
    /** Orders containing a product, scoped by the order policy (a supplier sees none). */
    ofProduct: orderConnection({ parent: productOrders.productId, link: { from: productOrders, on: eq(productOrders.orderId, orders.id) } }),
    lines: groupedLoader(async (ids: readonly string[]) => (await linesOf(db, principal, ids)).map(toOrderLine), (l) => l.orderDbId, options),
    payments: groupedLoader(async (ids: readonly string[]) => (await paymentsOf(db, principal, ids)).map(toPayment), (p) => p.orderDbId, options),
    returns: groupedLoader(async (ids: readonly string[]) => (await returnsOf(db, principal, ids)).map(toReturn), (r) => r.orderDbId, options),
    returnLines: groupedLoader(async (ids: readonly string[]) => (await returnLinesOf(db, principal, ids)).map(toReturnLine), (l) => l.returnDbId, options),
    refunds: groupedLoader(async (ids: readonly string[]) => (await refundsOf(db, principal, ids)).map(toRefund), (r) => r.returnDbId ?? "", options),
  };
}
