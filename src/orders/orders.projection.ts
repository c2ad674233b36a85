import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customers, orderLines, orders, payments, products } from "../db/schema/index.js";
import { productScope } from "../catalog/catalog.policy.js";
import { columns, globalId, instants, moneyOf, type TypeProjection } from "../graphql/compiled/projection.js";
import { orderScope, visibleOrderRows } from "./orders.policy.js";
import { LINE_ORDER, ORDER_KEYS, PAYMENT_ORDER } from "./orders.service.js";

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
        ordering: "PLACED_AT_DESC",
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
      subtotal: moneyOf(orders.subtotalMinor, orders.currency),
      shipping: moneyOf(orders.shippingMinor, orders.currency),
      total: moneyOf(orders.totalMinor, orders.currency),
    },
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
    },
  },
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
