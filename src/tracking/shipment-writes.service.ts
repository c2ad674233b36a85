import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { carriers, cases, shipmentLines, shipments, trackingEvents } from "../db/schema/index.js";
import { predictArrival, savePredictions, transitTimesFor } from "./arrival-prediction.js";
import type { ShipmentRow } from "./tracking.declaration.js";

/** One parcel to book: a part of an order on its way out, or a return on its way back. */
export interface ShipmentPlan {
  orderId: string;
  customerId: string;
  carrierId: string;
  kind: "DELIVERY" | "RETURN_PICKUP";
  returnId?: string | null;
  originCity?: string | null;
  destinationCity?: string | null;
  estimatedArrival?: Date | null;
  /** The delivery window the customer chose for the order: the arrival prediction respects it. */
  deliveryWindowStart?: Date | null;
  deliveryWindowEnd?: Date | null;
  lines: { orderLineId: string; quantity: number }[];
}

/** Random rather than counted: no sequence to contend on, and not guessable from a neighbour's number. */
const newTrackingNumber = () => `TN${randomBytes(8).toString("hex").toUpperCase()}`;

/** Books parcels (status LABEL_CREATED) with their lines, inside the caller's transaction. */
export async function createShipments(tx: Executor, plans: ShipmentPlan[]): Promise<ShipmentRow[]> {
  if (plans.length === 0) return [];
  const rows = await tx
    .insert(shipments)
    .values(
      plans.map((p) => ({
        orderId: p.orderId,
        customerId: p.customerId,
        carrierId: p.carrierId,
        kind: p.kind,
        returnId: p.returnId ?? null,
        trackingNumber: newTrackingNumber(),
        originCity: p.originCity ?? null,
        destinationCity: p.destinationCity ?? null,
        estimatedArrival: p.estimatedArrival ?? null,
        deliveryWindowStart: p.deliveryWindowStart ?? null,
        deliveryWindowEnd: p.deliveryWindowEnd ?? null,
      })),
    )
    .returning();
  // The first prediction, from the label on: what the customer sees at checkout's confirmation.
  const times = await transitTimesFor(tx, rows);
  const now = new Date();
  for (const row of rows) Object.assign(row, predictArrival(row, times, now));
  await savePredictions(tx, rows);
  const lines = rows.flatMap((row, i) => plans[i]!.lines.map((l) => ({ shipmentId: row.id, orderLineId: l.orderLineId, quantity: l.quantity })));
  if (lines.length > 0) await tx.insert(shipmentLines).values(lines);
  return rows;
}

/**
 * Locks an order's delivery parcels (in id order, as a courier's batch does, which takes the
 * parcels before the order) and tells which of them are still unsent: no tracking event yet.
 */
export function lockDeliveryParcels(tx: Executor, orderId: string) {
  return lockParcels(tx, and(eq(shipments.orderId, orderId), eq(shipments.kind, "DELIVERY"))!);
}

/** The same for the pick-up parcels of a return. */
export function lockReturnParcels(tx: Executor, returnId: string) {
  return lockParcels(tx, and(eq(shipments.returnId, returnId), eq(shipments.kind, "RETURN_PICKUP"))!);
}

function lockParcels(tx: Executor, where: SQL) {
  return tx
    .select({
      id: shipments.id,
      status: shipments.status,
      unsent: sql<boolean>`${shipments.status} = 'LABEL_CREATED' and not exists (select 1 from ${trackingEvents} where ${trackingEvents.shipmentId} = ${shipments.id})`,
    })
    .from(shipments)
    .where(where)
    .orderBy(asc(shipments.id))
    .for("update");
}

/**
 * Voids booked parcels that never moved (the caller checked with `lockDeliveryParcels`). A case a
 * customer opened about such a label keeps its subject: it names the parcel's order instead
 * (the label itself is gone, and a courier must not collect it).
 */
export async function discardParcels(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(cases)
    .set({ orderId: sql`coalesce(${cases.orderId}, (select ${shipments.orderId} from ${shipments} where ${shipments.id} = ${cases.shipmentId}))`, shipmentId: null })
    .where(inArray(cases.shipmentId, ids));
  await tx.delete(shipments).where(inArray(shipments.id, ids));
}

/** The carrier parcels go with when nobody chose one: the first by code, so the choice is stable. */
export async function defaultCarrierId(tx: Executor): Promise<string | null> {
  const [row] = await tx.select({ id: carriers.id }).from(carriers).orderBy(asc(carriers.code)).limit(1);
  return row?.id ?? null;
}

export async function carrierExists(tx: Executor, carrierId: string): Promise<boolean> {
  return (await tx.select({ id: carriers.id }).from(carriers).where(eq(carriers.id, carrierId))).length > 0;
}

/** The lines each of an order's delivery parcels carries, with the parcel's progress. */
export async function deliveryLinesOf(tx: Executor, orderId: string) {
  return tx
    .select({
      shipmentId: shipments.id,
      carrierId: shipments.carrierId,
      status: shipments.status,
      deliveredAt: shipments.deliveredAt,
      orderLineId: shipmentLines.orderLineId,
      quantity: shipmentLines.quantity,
    })
    .from(shipmentLines)
    .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId))
    .where(and(eq(shipments.orderId, orderId), eq(shipments.kind, "DELIVERY")));
}
