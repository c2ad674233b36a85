import { asc, eq } from "drizzle-orm";
import { QueryBuilder, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { productLookup } from "../catalog/catalog.declaration.js";
import { customers, dealers, orderLines, orders, payments, products, refunds, returnLines, returns, shipments } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { globalId, key, money, snapshot, whenAll } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { connection, list, one, relations } from "../graphql/declare/relations.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import { orderScope, visibleOrderRows } from "./orders.policy.js";
import { DeliveryAddress, Order, OrderLine, Payment, Refund, Return, ReturnLine } from "./orders.types.js";
import { PaymentCard } from "./payment-methods.types.js";

/**
 * Orders and what hangs off them, each field and relation declared once (graphql/declare): the
 * mapper, the loaders and the compiled read path derive from these.
 */
export const orderEntity = entity(Order, orders, {
  id: globalId("Order", orders.id),
  dbId: key(orders.id),
  customerDbId: key(orders.customerId),
  dealerDbId: key(orders.dealerId),
  ...columns(orders, ["number", "channel", "status", "paymentMethod", "deliveryOption", "splitPreference", "source", "sourceTransactionId"]),
  ...instants(orders, ["deliveryWindowStart", "deliveryWindowEnd", "placedAt", "deliveredAt"]),
  deliveryAddress: snapshot(() => new DeliveryAddress(), orders.deliveryAddress, ["line1", "line2", "city", "province", "postcode", "country"]),
  subtotal: money(orders.subtotalMinor, orders.currency),
  shipping: money(orders.shippingMinor, orders.currency),
  total: money(orders.totalMinor, orders.currency),
});

export type OrderRow = typeof orders.$inferSelect;
export const toOrder = orderEntity.toNode;

export const orderLineEntity = entity(OrderLine, orderLines, {
  id: globalId("OrderLine", orderLines.id),
  dbId: key(orderLines.id),
  orderDbId: key(orderLines.orderId),
  productDbId: key(orderLines.productId),
  ...columns(orderLines, ["sku", "name", "quantity"]),
  unitPrice: money(orderLines.unitPriceMinor, orderLines.currency),
  total: money(orderLines.totalMinor, orderLines.currency),
});

export const paymentEntity = entity(Payment, payments, {
  orderDbId: key(payments.orderId),
  ...columns(payments, ["method", "status"]),
  ...instants(payments, ["paidAt"]),
  amount: money(payments.amountMinor, payments.currency),
  card: whenAll(() => new PaymentCard(), { brand: payments.cardBrand, last4: payments.cardLast4 }),
});

export const returnEntity = entity(Return, returns, {
  id: globalId("Return", returns.id),
  dbId: key(returns.id),
  orderDbId: key(returns.orderId),
  ...columns(returns, ["status", "reason"]),
  ...instants(returns, ["requestedAt", "receivedAt"]),
});

export const toReturn = returnEntity.toNode;

export const returnLineEntity = entity(ReturnLine, returnLines, {
  returnDbId: key(returnLines.returnId),
  orderLineId: globalId("OrderLine", returnLines.orderLineId),
  ...columns(returnLines, ["quantity"]),
});

export const refundEntity = entity(Refund, refunds, {
  returnDbId: key(refunds.returnId),
  amount: money(refunds.amountMinor, refunds.currency),
  ...instants(refunds, ["refundedAt"]),
});

/** Newest first: what a customer view, an agent and a dealer portal all want to see on top. */
export const ORDER_ORDERING = "PLACED_AT_DESC";
export const ORDER_KEYS: KeysetKey<OrderRow>[] = [
  { column: orders.placedAt, direction: "DESC", value: (r) => r.placedAt },
  { column: orders.id, direction: "DESC", value: (r) => r.id },
];

export const customerOrders = relations("Customer", {
  orders: connection(orderEntity, { key: orders.customerId, parent: customers.id, scope: orderScope, ordering: ORDER_ORDERING, keys: ORDER_KEYS }),
});

/** A dealership's orders: a dealer reads only its own (the order policy), staff any dealer's. */
export const dealerOrders = relations("Dealer", {
  orders: connection(orderEntity, { key: orders.dealerId, parent: dealers.id, scope: orderScope, ordering: ORDER_ORDERING, keys: ORDER_KEYS }),
});

/** An order by id, in the order policy's scope: node(id:), Shipment.order. */
export const orderLookup = lookup(orderEntity, { key: orders.id, scope: orderScope });

/** The order a parcel belongs to (the shipment's domain is lower: the relation lives here). */
export const shipmentOrder = relations("Shipment", { order: one(orderLookup, shipments.orderId) });

/** Which orders contain which product: one pair per (product, order), however many lines. */
export const productOrders = new QueryBuilder()
  .selectDistinct({ productId: orderLines.productId, orderId: orderLines.orderId })
  .from(orderLines)
  .as("product_orders");

/** Orders containing a product, once each, in the order policy's scope (a supplier sees none). */
export const productOrderRelations = relations("Product", {
  orders: connection(orderEntity, {
    key: productOrders.productId,
    parent: products.id,
    link: { from: productOrders, on: eq(productOrders.orderId, orders.id) },
    scope: orderScope,
    ordering: ORDER_ORDERING,
    keys: ORDER_KEYS,
  }),
});

/** Child rows of an order are scoped by their own order id: a loader does not trust the parent that asked. */
const ofOrder = (column: AnyPgColumn) => ({ key: column, parent: orders.id, scope: (principal: Principal) => visibleOrderRows(principal, column) });

export const orderRelations = relations("Order", {
  dealer: one(dealerLookup, orders.dealerId),
  // In the order they were placed.
  lines: list(orderLineEntity, { ...ofOrder(orderLines.orderId), orderBy: [asc(orderLines.id)] }),
  payments: list(paymentEntity, { ...ofOrder(payments.orderId), orderBy: [asc(payments.createdAt), asc(payments.id)] }),
  // Oldest request first; the id orders requests made in the same instant.
  returns: list(returnEntity, { ...ofOrder(returns.orderId), orderBy: [asc(returns.requestedAt), asc(returns.id)] }),
});

/** The product now (name and price may have changed since the line's snapshot). */
export const lineRelations = relations("OrderLine", { product: one(productLookup, orderLines.productId) });

export const returnRelations = relations("Return", {
  // A return takes an order line back once; a line is visible with its return's order.
  lines: list(returnLineEntity, {
    key: returnLines.returnId,
    parent: returns.id,
    scope: (principal) => visibleOrderRows(principal, returns.orderId),
    joinParent: true,
    orderBy: [asc(returnLines.returnId), asc(returnLines.orderLineId)],
  }),
  refunds: list(refundEntity, { key: refunds.returnId, parent: returns.id, scope: (principal) => visibleOrderRows(principal, refunds.orderId), orderBy: [asc(refunds.refundedAt), asc(refunds.id)] }),
});
