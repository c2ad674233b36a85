import { customerById } from "../customers/customers.declaration.js";
import { orders } from "../db/schema/index.js";
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
  shipmentOrder,
  refundEntity,
  returnEntity,
  returnLineEntity,
  returnRelations,
} from "./orders.declaration.js";
import { customerPaymentMethods, savedPaymentMethodEntity } from "./payment-methods.declaration.js";

/** The compiled read path's view of orders (graphql/compiled): as declared in orders.declaration.ts. */
export const orderProjections: TypeProjection[] = [
  ...[orderEntity, orderLineEntity, paymentEntity, returnEntity, returnLineEntity, refundEntity, savedPaymentMethodEntity].map((e) => e.projection),
  customerOrders.projection,
  customerPaymentMethods.projection,
  dealerOrders.projection,
  orderRelations.projection,
  lineRelations.projection,
  returnRelations.projection,
  productOrderRelations.projection,
  // The customer through its merges, as the customers loader reads it (customerById): one loader for every field naming a customer.
  { type: "Order", leaves: {}, relations: { customer: customerById.from(orders.customerId) } },
  shipmentOrder.projection,
];

/** orders(first, after, last, before, filter): listOrders' conditions and keyset, the filter's values bound per request. */
export const orderList: RootList = rootList<OrderFilter>({
  type: "Order",
  table: orders,
  idColumn: orders.id,
  keys: () => ({ ordering: ORDER_ORDERING, keys: ORDER_KEYS }),
  where: orderConditions,
});

/** node(id:) of an order (orderLookup's loader), and order(number:) (orderByNumber): the order policy's scope. */
export const orderLookups: RootLookup[] = [lookupById("Order", orders, orders.id, orderScope)];
export const orderByNumberLookup = lookupByKey("Order", orders, orders.id, { argument: "number", column: orders.number }, orderScope);
