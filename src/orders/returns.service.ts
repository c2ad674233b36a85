import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { orderLines, orders, payments, productCategories, products, refunds, returnLines, returns } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { recordNotice } from "../interactions/notices.service.js";
import { createShipments, deliveryLinesOf, discardParcels, lockReturnParcels } from "../tracking/shipment-writes.service.js";
import { formatMoney, lockOrder, optionalText, wholeNumber } from "./order-access.js";
import { canMove } from "./order-status.js";
import type { ReceiveReturnInput, RejectReturnInput, RequestReturnInput } from "./order-writes.inputs.js";
import { toOrder, toReturn } from "./orders.declaration.js";
import { orderScope } from "./orders.policy.js";

const MAX_RETURN_LINES = 100;
const DAY_MS = 86_400_000;

interface Returnable {
  orderLineId: string;
  sku: string;
  ordered: number;
  delivered: number;
  deliveredAt: Date | null;
  carrierId: string | null;
  alreadyReturned: number;
  windowDays: number;
}

/** Per line of the order: how much was delivered, when, by whom, and how much is on its way back already. */
async function returnableLines(tx: Executor, orderId: string, defaultWindowDays: number): Promise<Map<string, Returnable>> {
  const lines = await tx
    .select({ id: orderLines.id, sku: orderLines.sku, quantity: orderLines.quantity, windowDays: productCategories.returnWindowDays })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
    .where(eq(orderLines.orderId, orderId));
  const parcels = await deliveryLinesOf(tx, orderId);
  const returned = await tx
    .select({ orderLineId: returnLines.orderLineId, quantity: sql<number>`sum(${returnLines.quantity})`.mapWith(Number) })
    .from(returnLines)
    .innerJoin(returns, eq(returns.id, returnLines.returnId))
    .where(and(eq(returns.orderId, orderId), ne(returns.status, "REJECTED")))
    .groupBy(returnLines.orderLineId);
  const back = new Map(returned.map((r) => [r.orderLineId, r.quantity]));
  return new Map(
    lines.map((line) => {
      const arrived = parcels.filter((p) => p.orderLineId === line.id && p.status === "DELIVERED");
      const deliveredAt = arrived.length ? new Date(Math.max(...arrived.map((p) => p.deliveredAt?.getTime() ?? 0))) : null;
      return [
        line.id,
        {
          orderLineId: line.id,
          sku: line.sku,
          ordered: line.quantity,
          delivered: arrived.reduce((sum, p) => sum + p.quantity, 0),
          deliveredAt,
          carrierId: arrived[0]?.carrierId ?? null,
          alreadyReturned: back.get(line.id) ?? 0,
          windowDays: line.windowDays ?? defaultWindowDays,
        },
      ];
    }),
  );
}

/**
 * A return of delivered lines, each within its category's return window (counted from the
 * line's delivery) and at most what was delivered and not yet returned. Within the window a
 * return needs no approval: it opens at once with its pick-up booked with the delivering carrier.
 */
export async function requestReturn(db: Database, principal: Principal, input: RequestReturnInput, defaultWindowDays: number) {
  if (!["ADMIN", "AGENT", "CUSTOMER"].includes(principal.role)) throw forbidden("Returns are requested by the customer or by staff");
  if (input.lines.length === 0 || input.lines.length > MAX_RETURN_LINES) throw badInput("input.lines", `A return has 1 to ${MAX_RETURN_LINES} lines`);
  const reason = optionalText(input.reason, "input.reason", 1000);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, principal, input.orderId, "input.orderId");
    const returnable = await returnableLines(tx, order.id, defaultWindowDays);
    const now = new Date();
    const seen = new Set<string>();
    const lines = input.lines.map((entry, i) => {
      const at = `input.lines.${i}`;
      const lineId = expectGlobalId(entry.orderLineId, "OrderLine", `${at}.orderLineId`);
      const line = returnable.get(lineId);
      if (!line) throw notFound("Order line", `${at}.orderLineId`);
      if (seen.has(lineId)) throw badInput(`${at}.orderLineId`, "A line appears once per return");
      seen.add(lineId);
      if (!line.deliveredAt) throw badInput(`${at}.orderLineId`, `${line.sku} has not been delivered yet`);
      const windowEndsAt = new Date(line.deliveredAt.getTime() + line.windowDays * DAY_MS);
      if (now > windowEndsAt) {
        throw badInput(`${at}.orderLineId`, `The return window of ${line.sku} (${line.windowDays} days) ended on ${windowEndsAt.toISOString().slice(0, 10)}`, {
          windowEndsAt: windowEndsAt.toISOString(),
        });
      }
      const open = line.delivered - line.alreadyReturned;
      if (open <= 0) throw badInput(`${at}.quantity`, `All delivered ${line.sku} are returned already`, { returnable: 0 });
      const quantity = wholeNumber(entry.quantity, `${at}.quantity`, 1, open);
      return { line, quantity };
    });
    const [created] = await tx
      .insert(returns)
      .values({ orderId: order.id, customerId: order.customerId, status: "OPEN", reason, requestedAt: now })
      .returning();
    await tx.insert(returnLines).values(lines.map((l) => ({ returnId: created!.id, orderLineId: l.line.orderLineId, quantity: l.quantity })));
    const [pickup] = await createShipments(tx, [
      {
        orderId: order.id,
        customerId: order.customerId,
        carrierId: lines[0]!.line.carrierId!,
        kind: "RETURN_PICKUP",
        returnId: created!.id,
        originCity: order.deliveryAddress?.city ?? null,
        lines: lines.map((l) => ({ orderLineId: l.line.orderLineId, quantity: l.quantity })),
      },
    ]);
    await recordNotice(tx, {
      kind: "RETURN_ACCEPTED",
      customerId: order.customerId,
      orderId: order.id,
      subject: `Return for order ${order.number} accepted — pick-up ${pickup!.trackingNumber} booked`,
    });
    return { return: toReturn(created!), order: toOrder(order) };
  });
}

/**
 * Receives a return inside the caller's transaction. Arrival and refund are one step: the goods
 * are back, the refund at the lines' snapshot prices is issued, and the return is CLOSED (with
 * `receivedAt`); a separate RECEIVED state would only be a wait for a refund nobody has to
 * approve. The order turns RETURNED once every line has come back in full.
 * Lock order (see `src/orders/order-access.ts`): the caller holds the return's pick-up parcels
 * (a courier's batch, or staff receiving it); here the order, then the return. Without a field (the tracking
 * hook) a return that is no longer open is left alone instead of refused.
 */
export async function receiveInTransaction(tx: Executor, orderId: string, returnId: string, field: string | null) {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  const [current] = await tx.select().from(returns).where(eq(returns.id, returnId)).for("update");
  if (current!.status !== "OPEN") {
    if (field === null) return null;
    throw new DomainError("CONFLICT", `A ${current!.status} return cannot be received`, field, { currentStatus: current!.status });
  }
  const now = new Date();
  const [received] = await tx.update(returns).set({ status: "CLOSED", receivedAt: now }).where(eq(returns.id, returnId)).returning();
  const [sum] = await tx
    .select({ amount: sql<number>`coalesce(sum(${returnLines.quantity} * ${orderLines.unitPriceMinor}), 0)`.mapWith(Number) })
    .from(returnLines)
    .innerJoin(orderLines, eq(orderLines.id, returnLines.orderLineId))
    .where(eq(returnLines.returnId, returnId));
  await tx.insert(refunds).values({ orderId, returnId, amountMinor: sum!.amount, currency: order!.currency, refundedAt: now });
  await recordNotice(tx, {
    kind: "RETURN_RECEIVED",
    customerId: order!.customerId,
    orderId,
    subject: `Return for order ${order!.number} received — refund of ${formatMoney(sum!.amount, order!.currency)} issued`,
  });

  const [open] = await tx
    .select({ lines: sql<number>`count(*)`.mapWith(Number) })
    .from(orderLines)
    .where(
      and(
        eq(orderLines.orderId, orderId),
        sql`${orderLines.quantity} > coalesce((select sum(${returnLines.quantity}) from ${returnLines} join ${returns} on ${returns.id} = ${returnLines.returnId}
              where ${returnLines.orderLineId} = ${orderLines.id} and ${returns.status} = 'CLOSED'), 0)`,
      ),
    );
  let orderRow = order!;
  if (open!.lines === 0 && canMove(order!.status, "RETURNED")) {
    const [updated] = await tx.update(orders).set({ status: "RETURNED" }).where(eq(orders.id, orderId)).returning();
    orderRow = updated!;
    await tx
      .update(payments)
      .set({ status: "REFUNDED" })
      .where(and(eq(payments.orderId, orderId), inArray(payments.status, ["AUTHORIZED", "CAPTURED"])));
    await recordNotice(tx, { kind: "ORDER_RETURNED", customerId: order!.customerId, orderId, subject: `Order ${order!.number} returned in full` });
  }
  return { return: toReturn(received!), order: toOrder(orderRow) };
}

/** A return staff may act on, or NOT_FOUND naming the field. */
async function visibleReturn(tx: Executor, principal: Principal, globalId: string, field: string) {
  const returnId = expectGlobalId(globalId, "Return", field);
  const [found] = await tx
    .select({ id: returns.id, orderId: returns.orderId })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .where(and(eq(returns.id, returnId), orderScope(principal)));
  if (!found) throw notFound("Return", field);
  return found;
}

/**
 * Staff decline an open return: REJECTED, no refund, and its quantities count as not returned.
 * A pick-up that never moved is voided; the parcels are locked before the order, as a courier's
 * batch takes them.
 */
export async function rejectReturn(db: Database, principal: Principal, input: RejectReturnInput) {
  if (principal.role !== "ADMIN" && principal.role !== "AGENT") throw forbidden("Returns are rejected by staff");
  const reason = optionalText(input.reason, "input.reason", 500);
  return db.transaction(async (tx) => {
    const found = await visibleReturn(tx, principal, input.returnId, "input.returnId");
    const parcels = await lockReturnParcels(tx, found.id);
    const [order] = await tx.select().from(orders).where(eq(orders.id, found.orderId)).for("update");
    const [current] = await tx.select().from(returns).where(eq(returns.id, found.id)).for("update");
    if (current!.status !== "OPEN") {
      throw new DomainError("CONFLICT", `A ${current!.status} return cannot be rejected`, "input.returnId", { currentStatus: current!.status });
    }
    await discardParcels(tx, parcels.filter((p) => p.unsent).map((p) => p.id));
    const [rejected] = await tx.update(returns).set({ status: "REJECTED" }).where(eq(returns.id, found.id)).returning();
    await recordNotice(tx, { kind: "RETURN_DECLINED", customerId: order!.customerId, orderId: order!.id, subject: `Return for order ${order!.number} declined${reason ? `: ${reason}` : ""}` });
    return { return: toReturn(rejected!), order: toOrder(order!) };
  });
}

/**
 * Staff mark a return as arrived at the warehouse (brought in, or the pick-up was never scanned
 * delivered). A pick-up label that never moved is voided, so no courier collects goods already
 * back; its parcel is locked before the order, as a courier's batch does.
 */
export async function receiveReturn(db: Database, principal: Principal, input: ReceiveReturnInput) {
  if (principal.role !== "ADMIN" && principal.role !== "AGENT") throw forbidden("Returns are received by staff");
  return db.transaction(async (tx) => {
    const found = await visibleReturn(tx, principal, input.returnId, "input.returnId");
    const parcels = await lockReturnParcels(tx, found.id);
    const received = (await receiveInTransaction(tx, found.orderId, found.id, "input.returnId"))!;
    await discardParcels(tx, parcels.filter((p) => p.unsent).map((p) => p.id));
    return received;
  });
}
