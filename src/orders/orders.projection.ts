import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customerOf } from "../customers/customers.projection.js";
import { customers, dealers, orderLines, orders, payments, products, refunds, returnLines, returns, shipments } from "../db/schema/index.js";
import { productScope } from "../catalog/catalog.policy.js";
import { columns, globalId, instants, literal, moneyOf, type RootList, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { organisationScope } from "../organisations/organisations.policy.js";
import { orderScope, visibleOrderRows } from "./orders.policy.js";
import type { OrderFilter } from "./orders.types.js";
import { LINE_ORDER, ORDER_KEYS, ORDER_ORDERING, orderConditions, PAYMENT_ORDER, REFUND_ORDER, RETURN_LINE_ORDER, RETURN_ORDER } from "./orders.service.js";

/** The compiled read path's view of orders (graphql/compiled): the same scope, keyset and order as the loaders. */
export const orderProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      orders: {
        shape: "connection",
        type: "Order",
        tables: [orders],
        rows: (principal: Principal) => ({ from: sql`${orders}`, where: and(eq(orders.customerId, customers.id), orderScope(principal)) }),
        ordering: ORDER_ORDERING,
        keys: ORDER_KEYS,
      },
    },
  },
  {
    type: "Order",
    leaves: {
      id: globalId("Order", orders.id),
      ...columns(orders, ["number", "channel", "status", "paymentMethod", "deliveryOption", "splitPreference"]),
      ...instants(orders, ["deliveryWindowStart", "deliveryWindowEnd", "placedAt", "deliveredAt"]),
    },
    values: {
      // The mapper spreads the snapshot over line2 and postcode defaulting to null.
      deliveryAddress: Object.fromEntries(["line1", "line2", "city", "province", "postcode", "country"].map((key) => [key, sql`${orders.deliveryAddress} ->> ${sql.raw(literal(key))}`])),
      subtotal: moneyOf(orders.subtotalMinor, orders.currency),
      shipping: moneyOf(orders.shippingMinor, orders.currency),
      total: moneyOf(orders.totalMinor, orders.currency),
    },
    // A JSON null is no snapshot either (the mapper sees null).
    valuesPresentWhen: { deliveryAddress: sql`jsonb_typeof(${orders.deliveryAddress}) = 'object'` },
    relations: {
      lines: {
        shape: "list",
        type: "OrderLine",
        tables: [orderLines],
        rows: (principal: Principal) => ({ from: sql`${orderLines}`, where: and(eq(orderLines.orderId, orders.id), visibleOrderRows(principal, orderLines.orderId)) }),
        orderBy: LINE_ORDER,
      },
      payments: {
        shape: "list",
        type: "Payment",
        tables: [payments],
        rows: (principal: Principal) => ({ from: sql`${payments}`, where: and(eq(payments.orderId, orders.id), visibleOrderRows(principal, payments.orderId)) }),
        orderBy: PAYMENT_ORDER,
      },
      returns: {
        shape: "list",
        type: "Return",
        tables: [returns],
        rows: (principal: Principal) => ({ from: sql`${returns}`, where: and(eq(returns.orderId, orders.id), visibleOrderRows(principal, returns.orderId)) }),
        orderBy: RETURN_ORDER,
      },
      dealer: {
        shape: "one",
        type: "Dealer",
        tables: [dealers],
        rows: (principal: Principal) => ({ from: sql`${dealers}`, where: and(eq(dealers.id, orders.dealerId), organisationScope(principal)) }),
      },
      customer: customerOf(orders.customerId),
    },
  },
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
  {
    type: "Return",
    leaves: { id: globalId("Return", returns.id), ...columns(returns, ["status", "reason"]), ...instants(returns, ["requestedAt", "receivedAt"]) },
    relations: {
      lines: {
        shape: "list",
        type: "ReturnLine",
        tables: [returnLines],
        // The loader joins the line's return for its order; here that return is the parent row.
        rows: (principal: Principal) => ({ from: sql`${returnLines}`, where: and(eq(returnLines.returnId, returns.id), visibleOrderRows(principal, returns.orderId)) }),
        orderBy: RETURN_LINE_ORDER,
      },
      refunds: {
        shape: "list",
        type: "Refund",
        tables: [refunds],
        rows: (principal: Principal) => ({ from: sql`${refunds}`, where: and(eq(refunds.returnId, returns.id), visibleOrderRows(principal, refunds.orderId)) }),
        orderBy: REFUND_ORDER,
      },
    },
  },
  { type: "ReturnLine", leaves: { orderLineId: globalId("OrderLine", returnLines.orderLineId), ...columns(returnLines, ["quantity"]) } },
  { type: "Refund", leaves: instants(refunds, ["refundedAt"]), values: { amount: moneyOf(refunds.amountMinor, refunds.currency) } },
  {
    type: "OrderLine",
    leaves: { id: globalId("OrderLine", orderLines.id), ...columns(orderLines, ["sku", "name", "quantity"]) },
    values: { unitPrice: moneyOf(orderLines.unitPriceMinor, orderLines.currency), total: moneyOf(orderLines.totalMinor, orderLines.currency) },
    relations: {
      product: {
        shape: "one",
        type: "Product",
        tables: [products],
        rows: (principal: Principal) => ({ from: sql`${products}`, where: and(eq(products.id, orderLines.productId), productScope(principal)) }),
      },
    },
  },
  {
    type: "Payment",
    leaves: { ...columns(payments, ["method", "status"]), ...instants(payments, ["paidAt"]) },
    values: { amount: moneyOf(payments.amountMinor, payments.currency) },
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
