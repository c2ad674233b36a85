import { idIn, oneOf } from "../db/patterns.js";
import { notFound } from "../errors.js";
import { and, asc, count, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { orderStatusFromShipments, type OrderStatus } from "./order-status.js";
import { recordNotice, type NoticeKind } from "../interactions/notices.service.js";
import { receiveInTransaction } from "./returns.service.js";
import type { ShipmentsMoved } from "../tracking/shipments-moved.js";
import { orders, payments, returns } from "../db/schema/index.js";
import { paginate, type ConnectionArgs } from "../graphql/connection.js";
import { given, rangeEnd, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { ORDER_KEYS, ORDER_ORDERING, toOrder } from "./orders.declaration.js";
import { orderScope } from "./orders.policy.js";
import type { OrderFilter } from "./orders.types.js";

/**
 * The orders list's conditions, shared by the resolver and the compiled read path
 * (orders.projection.ts), which binds each value per request (graphql/compiled/filters.ts).
 */
export function orderConditions(principal: Principal, filter: OrderFilter | null | undefined, value: FilterValues<OrderFilter> = valuesOf(filter!)): SQL | undefined {
  const conditions: (SQL | undefined)[] = [orderScope(principal)];
  if (!filter) return and(...conditions);
  if (given(filter.statuses)) conditions.push(oneOf(orders.status, value((f) => f.statuses!)));
  if (given(filter.channel)) conditions.push(eq(orders.channel, value((f) => f.channel!)));
  if (given(filter.customerId)) conditions.push(eq(orders.customerId, value((f) => expectGlobalId(f.customerId!, "Customer", "filter.customerId"))));
  if (given(filter.dealerId)) conditions.push(eq(orders.dealerId, value((f) => expectGlobalId(f.dealerId!, "Dealer", "filter.dealerId"))));
  if (given(filter.placedAfter)) conditions.push(gte(orders.placedAt, value((f) => f.placedAfter!)));
  if (given(filter.placedBefore)) {
    conditions.push(lt(orders.placedAt, value((f) => rangeEnd(f.placedAfter, f.placedBefore!, "filter.placedBefore", "placedBefore must be later than placedAfter"))));
  }
  return and(...conditions);
}

export function listOrders(db: Database, principal: Principal, filter: OrderFilter | null | undefined, args: ConnectionArgs) {
  const where = orderConditions(principal, filter);
  return paginate(
    args,
    {
      ordering: ORDER_ORDERING,
      keys: ORDER_KEYS,
      fetch: (after, order, limit) => db.select().from(orders).where(and(where, after)).orderBy(...order).limit(limit),
      count: async () => (await db.select({ n: count() }).from(orders).where(where))[0]!.n,
    },
    toOrder,
  );
}

export async function orderByNumber(db: Database, principal: Principal, number: string) {
  const [row] = await db.select().from(orders).where(and(orderScope(principal), eq(orders.number, number)));
  return row ? toOrder(row) : null;
}

/** The order's id when the caller may see it; NOT_FOUND (naming `orderId`) when not. */
export async function visibleOrderId(db: Database, principal: Principal, orderId: string): Promise<string> {
  const [order] = await db.select({ id: orders.id }).from(orders).where(and(orderScope(principal), eq(orders.id, orderId)));
  if (!order) throw notFound("Order", "orderId");
  return order.id;
}

const PROGRESS_NOTICE: Partial<Record<OrderStatus, string>> = { PARTIALLY_SHIPPED: "partly shipped", SHIPPED: "shipped", DELIVERED: "delivered" };
const PROGRESS_KIND: Partial<Record<OrderStatus, NoticeKind>> = { PARTIALLY_SHIPPED: "ORDER_PARTIALLY_SHIPPED", SHIPPED: "ORDER_SHIPPED", DELIVERED: "ORDER_DELIVERED" };

/**
 * Moves orders forward as their delivery parcels travel (PARTIALLY_SHIPPED, SHIPPED, DELIVERED),
 * inside the caller's transaction. Takes the orders' row locks in id order, so that two batches
 * delivering parcels of the same order cannot both read the old state, nor deadlock. Each move
 * leaves a notice on the customer's timeline; a card is captured when the first parcel leaves,
 * cash on delivery when the last one is delivered.
 * Returns whose pick-up arrived at the warehouse (`returnedIds`) are received; their orders are
 * locked in the same id-ordered statement. Registered as tracking's OnShipmentsMoved hook
 * (src/reactions.ts).
 */
export async function followShipments(tx: Executor, { parcelsByOrder, returnedIds }: ShipmentsMoved): Promise<void> {
  const arrived = returnedIds.length
    ? await tx.select({ id: returns.id, orderId: returns.orderId }).from(returns).where(idIn(returns.id, returnedIds)).orderBy(asc(returns.orderId), asc(returns.id))
    : [];
  const orderIds = new Set([...parcelsByOrder.keys(), ...arrived.map((r) => r.orderId)]);
  if (orderIds.size === 0) return;
  const locked = await tx
    .select({ id: orders.id, status: orders.status, number: orders.number, customerId: orders.customerId })
    .from(orders)
    .where(idIn(orders.id, orderIds))
    .orderBy(asc(orders.id))
    .for("update");
  for (const order of locked) {
    const parcels = parcelsByOrder.get(order.id);
    if (!parcels) continue;
    const next = orderStatusFromShipments(order.status, parcels.map((p) => p.status));
    if (next === order.status) continue;
    const deliveredAt = next === "DELIVERED" ? new Date(Math.max(...parcels.map((p) => p.deliveredAt?.getTime() ?? 0))) : undefined;
    await tx
      .update(orders)
      .set({ status: next, ...(deliveredAt ? { deliveredAt } : {}) })
      .where(eq(orders.id, order.id));
    if (order.status === "CONFIRMED") {
      // Cards are charged when the goods leave, not when they are ordered.
      await tx
        .update(payments)
        .set({ status: "CAPTURED", paidAt: new Date() })
        .where(and(eq(payments.orderId, order.id), eq(payments.method, "CARD"), eq(payments.status, "AUTHORIZED")));
    }
    if (deliveredAt) {
      await tx
        .update(payments)
        .set({ status: "CAPTURED", paidAt: deliveredAt })
        .where(and(eq(payments.orderId, order.id), eq(payments.method, "CASH_ON_DELIVERY"), eq(payments.status, "PENDING")));
    }
    await recordNotice(tx, {
      kind: PROGRESS_KIND[next]!,
      customerId: order.customerId,
      orderId: order.id,
      channel: "SMS",
      subject: `Order ${order.number} ${PROGRESS_NOTICE[next]}`,
      occurredAt: deliveredAt,
    });
  }
  for (const ret of arrived) await receiveInTransaction(tx, ret.orderId, ret.id, null);
}
