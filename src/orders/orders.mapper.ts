import type { orderLines, orders, payments, refunds, returnLines, returns } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { money } from "../graphql/money.js";
import { DeliveryAddress, Order, OrderLine, Payment, Refund, Return, ReturnLine } from "./orders.types.js";

export type OrderRow = typeof orders.$inferSelect;

export const toOrder = (r: OrderRow): Order =>
  Object.assign(new Order(), {
    id: toGlobalId("Order", r.id),
    dbId: r.id,
    customerDbId: r.customerId,
    dealerDbId: r.dealerId,
    number: r.number,
    channel: r.channel,
    status: r.status,
    paymentMethod: r.paymentMethod,
    deliveryOption: r.deliveryOption,
    splitPreference: r.splitPreference,
    deliveryWindowStart: r.deliveryWindowStart,
    deliveryWindowEnd: r.deliveryWindowEnd,
    deliveryAddress: r.deliveryAddress
      ? Object.assign(new DeliveryAddress(), { line2: null, postcode: null, ...r.deliveryAddress })
      : null,
    subtotal: money(r.subtotalMinor, r.currency),
    shipping: money(r.shippingMinor, r.currency),
    total: money(r.totalMinor, r.currency),
    placedAt: r.placedAt,
    deliveredAt: r.deliveredAt,
  });

export const toOrderLine = (r: typeof orderLines.$inferSelect): OrderLine =>
  Object.assign(new OrderLine(), {
    id: toGlobalId("OrderLine", r.id),
    dbId: r.id,
    orderDbId: r.orderId,
    productDbId: r.productId,
    sku: r.sku,
    name: r.name,
    quantity: r.quantity,
    unitPrice: money(r.unitPriceMinor, r.currency),
    total: money(r.totalMinor, r.currency),
  });

export const toPayment = (r: typeof payments.$inferSelect): Payment =>
  Object.assign(new Payment(), {
    orderDbId: r.orderId,
    method: r.method,
    status: r.status,
    amount: money(r.amountMinor, r.currency),
    paidAt: r.paidAt,
  });

export const toReturn = (r: typeof returns.$inferSelect): Return =>
  Object.assign(new Return(), {
    id: toGlobalId("Return", r.id),
    dbId: r.id,
    orderDbId: r.orderId,
    status: r.status,
    reason: r.reason,
    requestedAt: r.requestedAt,
    receivedAt: r.receivedAt,
  });

export const toRefund = (r: typeof refunds.$inferSelect): Refund =>
  Object.assign(new Refund(), { returnDbId: r.returnId, amount: money(r.amountMinor, r.currency), refundedAt: r.refundedAt });

export const toReturnLine = (r: typeof returnLines.$inferSelect): ReturnLine =>
  Object.assign(new ReturnLine(), { returnDbId: r.returnId, orderLineId: toGlobalId("OrderLine", r.orderLineId), quantity: r.quantity });
