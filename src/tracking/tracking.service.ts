import { idIn } from "../db/patterns.js";
import { and, asc, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { shipments, trackingEvents } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { toShipment, type TrackingEventRow } from "./tracking.mapper.js";
import { shipmentScope } from "./tracking.policy.js";

/** Events in the shipment's own order of recording; `seq` is unique per shipment. */
export const EVENT_KEYS: KeysetKey<TrackingEventRow>[] = [{ column: trackingEvents.seq, direction: "ASC", value: (r) => r.seq }];

export async function shipmentByTrackingNumber(db: Database, principal: Principal, trackingNumber: string) {
  const [row] = await db.select().from(shipments).where(and(shipmentScope(principal), eq(shipments.trackingNumber, trackingNumber)));
  return row ? toShipment(row) : null;
}

export const shipmentsByIds = (db: Database, principal: Principal, ids: readonly string[]) =>
  db.select().from(shipments).where(and(shipmentScope(principal), idIn(shipments.id, ids)));

export const shipmentsOfOrders = (db: Database, principal: Principal, orderIds: readonly string[]) =>
  db.select().from(shipments).where(and(shipmentScope(principal), idIn(shipments.orderId, orderIds))).orderBy(asc(shipments.createdAt), asc(shipments.id));
