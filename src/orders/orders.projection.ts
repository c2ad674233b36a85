import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customerOf } from "../customers/customers.projection.js";
import { orders, shipments } from "../db/schema/index.js";
import { lookupById, lookupByKey, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { orderScope } from "./orders.policy.js";
import type { OrderFilter } from "./orders.types.js";
import { orderConditions } from "./orders.service.js";
import {
  customerOrders,
  dealerOrders,
  lineRelations,
  ORDER_KEYS,
  ORDER_ORDERING,
  orderEntity,
  orderLineEntity,
  orderRelations,
  paymentEntity,
  productOrderRelations,
  refundEntity,
  returnEntity,
  returnLineEntity,
  returnRelations,
} from "./orders.declaration.js";

/** The compiled read path's view of orders (graphql/compiled): as declared in orders.declaration.ts. */
export const orderProjections: TypeProjection[] = [
  ...[orderEntity, orderLineEntity, paymentEntity, returnEntity, returnLineEntity, refundEntity].map((e) => e.projection),
  customerOrders.projection,
  dealerOrders.projection,
  orderRelations.projection,
  lineRelations.projection,
  returnRelations.projection,
  productOrderRelations.projection,
  // Raw relations the declarations cannot express yet: a customer through its merges
  // (customerOf), and an order without a declared lookup.
  { type: "Order", leaves: {}, relations: { customer: customerOf(orders.customerId) } },
  // Shipment.order joins two domains and lives in the higher one, as its resolver does (order-parcels.resolver.ts).
  {
    type: "Shipment",
    leaves: {},
    relations: {
      order: {
        shape: "one",
        type: "Order",
        tables: [orders],
        rows: (principal: Principal) => ({ from: sql`${orders}`, where: and(eq(orders.id, shipments.orderId), orderScope(principal)) }),
      },
    },
  },
];

/** orders(first, after, last, before, filter): listOrders' conditions and keyset, the filter's values bound per request. */
export const orderList: RootList = rootList<OrderFilter>({
  type: "Order",
  table: orders,
  idColumn: orders.id,
  keys: () => ({ ordering: ORDER_ORDERING, keys: ORDER_KEYS }),
  where: orderConditions,
});

/** node(id:) of an order (ordersByIds), and order(number:) (orderByNumber): the order policy's scope. */
export const orderLookups: RootLookup[] = [lookupById("Order", orders, orders.id, orderScope)];
export const orderByNumberLookup = lookupByKey("Order", orders, orders.id, { argument: "number", column: orders.number }, orderScope);
