import { and, asc, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Transaction } from "../db/client.js";
import { orderLines, orders, payments, products, refunds } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { recordNotice } from "../interactions/notices.service.js";
import { carrierExists, createShipments, defaultCarrierId, discardParcels, type ShipmentPlan } from "../tracking/shipment-writes.service.js";
import { expectedArrival, planParts, type PlannedPart } from "./delivery.js";
import { lockOrder, lockOrderWithParcels, optionalText, wholeNumber } from "./order-access.js";
import { assertMove } from "./order-status.js";
import type { CancelOrderInput, ConfirmOrderInput, SplitOrderInput } from "./order-writes.inputs.js";
import { toOrder, type OrderRow } from "./orders.declaration.js";

const MAX_PARTS = 20;

/** Confirming and splitting are the seller's steps: staff, or the dealership the order belongs to (scope checks that). */
function assertSeller(principal: Principal) {
  if (principal.role !== "ADMIN" && principal.role !== "AGENT" && principal.role !== "DEALER") throw forbidden("Only staff and the order's dealer confirm and split orders");
}

async function carrierFor(tx: Transaction, globalId: string | null | undefined, field: string): Promise<string> {
  if (globalId) {
    const id = expectGlobalId(globalId, "Carrier", field);
    if (!(await carrierExists(tx, id))) throw notFound("Carrier", field);
    return id;
  }
  const fallback = await defaultCarrierId(tx);
  if (!fallback) throw new DomainError("CONFLICT", "No carrier is set up to ship with", field);
  return fallback;
}

const linesWithAvailability = (tx: Transaction, orderId: string) =>
  tx
    .select({ id: orderLines.id, quantity: orderLines.quantity, availableFrom: products.availableFrom })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.id));

const toPlan = (order: OrderRow, part: PlannedPart, carrierId: string): ShipmentPlan => ({
  orderId: order.id,
  customerId: order.customerId,
  carrierId,
  kind: "DELIVERY",
  destinationCity: order.deliveryAddress?.city ?? null,
  estimatedArrival: expectedArrival(order.deliveryOption, part.readyAt),
  deliveryWindowStart: order.deliveryWindowStart,
  deliveryWindowEnd: order.deliveryWindowEnd,
  lines: part.lines,
});

async function markConfirmed(tx: Transaction, order: OrderRow, parcels: number) {
  const [row] = await tx.update(orders).set({ status: "CONFIRMED" }).where(eq(orders.id, order.id)).returning();
  await recordNotice(tx, {
    kind: parcels > 1 ? "ORDER_SPLIT" : "ORDER_CONFIRMED",
    customerId: order.customerId,
    orderId: order.id,
    subject: `Order ${order.number} confirmed${parcels > 1 ? ` — it comes in ${parcels} parcels` : ""}`,
  });
  return row!;
}

/**
 * Confirms a pending order and books its parcels: by the products' availability and the
 * customer's split preference (what is in stock now in one parcel, the rest as it arrives; or
 * everything together once all is in stock).
 */
export async function confirmOrder(db: Database, principal: Principal, input: ConfirmOrderInput) {
  assertSeller(principal);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, principal, input.orderId, "input.orderId");
    assertMove(order.status, "CONFIRMED", "input.orderId");
    const carrierId = await carrierFor(tx, input.carrierId, "input.carrierId");
    const lines = await linesWithAvailability(tx, order.id);
    const parts = planParts(
      lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity, availableFrom: l.availableFrom })),
      order.splitPreference,
      new Date(),
    );
    await createShipments(tx, parts.map((part) => toPlan(order, part, carrierId)));
    return { order: toOrder(await markConfirmed(tx, order, parts.length)) };
  });
}

/**
 * A split by hand. Every line's quantity is covered exactly by the parts. A pending order is
 * confirmed with it; a confirmed order's parcels are rebooked as long as none has left.
 */
export async function splitOrder(db: Database, principal: Principal, input: SplitOrderInput) {
  assertSeller(principal);
  if (input.parts.length === 0 || input.parts.length > MAX_PARTS) throw badInput("input.parts", `A split has 1 to ${MAX_PARTS} parcels`);
  return db.transaction(async (tx) => {
    const { order, parcels } = await lockOrderWithParcels(tx, principal, input.orderId, "input.orderId");
    if (order.status !== "PENDING" && order.status !== "CONFIRMED") {
      throw new DomainError("CONFLICT", `A ${order.status} order can no longer be split`, "input.orderId", { currentStatus: order.status });
    }
    if (parcels.some((p) => !p.unsent)) {
      throw new DomainError("CONFLICT", "A parcel of this order is with the carrier already; it can no longer be split", "input.orderId", { currentStatus: order.status });
    }
    const lines = new Map((await linesWithAvailability(tx, order.id)).map((l) => [l.id, l]));
    const covered = new Map<string, number>();
    const now = new Date();
    const plans: ShipmentPlan[] = [];
    for (const [p, part] of input.parts.entries()) {
      const at = `input.parts.${p}`;
      if (part.lines.length === 0) throw badInput(`${at}.lines`, "A parcel carries at least one line");
      const seen = new Set<string>();
      const partLines = part.lines.map((entry, i) => {
        const lineId = expectGlobalId(entry.orderLineId, "OrderLine", `${at}.lines.${i}.orderLineId`);
        const line = lines.get(lineId);
        if (!line) throw notFound("Order line", `${at}.lines.${i}.orderLineId`);
        if (seen.has(lineId)) throw badInput(`${at}.lines.${i}.orderLineId`, "A line appears once per parcel");
        seen.add(lineId);
        const quantity = wholeNumber(entry.quantity, `${at}.lines.${i}.quantity`, 1, line.quantity);
        covered.set(lineId, (covered.get(lineId) ?? 0) + quantity);
        if (covered.get(lineId)! > line.quantity) throw badInput(`${at}.lines.${i}.quantity`, `The parcels carry more than the ${line.quantity} ordered`);
        return { orderLineId: lineId, quantity, availableFrom: line.availableFrom };
      });
      const readyAt = new Date(Math.max(now.getTime(), ...partLines.map((l) => l.availableFrom?.getTime() ?? 0)));
      const carrierId = await carrierFor(tx, part.carrierId, `${at}.carrierId`);
      plans.push(toPlan(order, { lines: partLines.map(({ orderLineId, quantity }) => ({ orderLineId, quantity })), readyAt }, carrierId));
    }
    const short = [...lines.values()].find((l) => (covered.get(l.id) ?? 0) !== l.quantity);
    if (short) throw badInput("input.parts", `The parcels must carry all ${short.quantity} of every line; one line has ${covered.get(short.id) ?? 0}`);
    await discardParcels(tx, parcels.map((p) => p.id));
    await createShipments(tx, plans);
    return { order: toOrder(order.status === "PENDING" ? await markConfirmed(tx, order, plans.length) : order) };
  });
}

/**
 * Cancels an order before anything has shipped: a card authorisation is released, a captured
 * card payment refunded; cash on delivery and invoices are never collected.
 */
export async function cancelOrder(db: Database, principal: Principal, input: CancelOrderInput) {
  if (!["ADMIN", "AGENT", "DEALER", "CUSTOMER"].includes(principal.role)) throw forbidden();
  const reason = optionalText(input.reason, "input.reason", 500);
  return db.transaction(async (tx) => {
    const { order, parcels } = await lockOrderWithParcels(tx, principal, input.orderId, "input.orderId");
    assertMove(order.status, "CANCELLED", "input.orderId");
    // Booked labels that never moved are voided; a parcel with an event stays as the record of it.
    await discardParcels(tx, parcels.filter((p) => p.unsent).map((p) => p.id));
    const now = new Date();
    for (const payment of await tx.select().from(payments).where(eq(payments.orderId, order.id)).for("update")) {
      if (payment.method === "CARD" && payment.status === "CAPTURED") {
        await tx.insert(refunds).values({ orderId: order.id, amountMinor: payment.amountMinor, currency: payment.currency, refundedAt: now });
      }
      const status = payment.status === "AUTHORIZED" || payment.status === "CAPTURED" ? "REFUNDED" : payment.status === "PENDING" ? "FAILED" : payment.status;
      if (status !== payment.status) await tx.update(payments).set({ status }).where(and(eq(payments.id, payment.id)));
    }
    const [row] = await tx.update(orders).set({ status: "CANCELLED" }).where(eq(orders.id, order.id)).returning();
    await recordNotice(tx, { kind: "ORDER_CANCELLED", customerId: order.customerId, orderId: order.id, subject: `Order ${order.number} cancelled${reason ? `: ${reason}` : ""}` });
    return { order: toOrder(row!) };
  });
}
