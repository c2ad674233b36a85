import { idIn } from "../db/patterns.js";
import { byIds } from "../graphql/loader.js";
import { and, asc, count, eq, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { shipmentLines, shipments, trackingEvents } from "../db/schema/index.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { given, oneOf, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { ShipmentFilter } from "./tracking.inputs.js";
import { toShipment, type ShipmentRow, type TrackingEventRow } from "./tracking.mapper.js";
import { shipmentScope, visibleShipmentRows } from "./tracking.policy.js";

/** Events in the shipment's own order of recording; `seq` is unique per shipment. */
export const EVENT_KEYS: KeysetKey<TrackingEventRow>[] = [{ column: trackingEvents.seq, direction: "ASC", value: (r) => r.seq }];

export async function shipmentByTrackingNumber(db: Database, principal: Principal, trackingNumber: string) {
  const [row] = await db.select().from(shipments).where(and(shipmentScope(principal), eq(shipments.trackingNumber, trackingNumber)));
  return row ? toShipment(row) : null;
}

export const shipmentsByIds = (db: Database, principal: Principal, ids: readonly string[]) =>
  db.select().from(shipments).where(and(shipmentScope(principal), idIn(shipments.id, ids)));

/** An order's shipments in the order they were booked. */
export const SHIPMENT_ORDER = [asc(shipments.createdAt), asc(shipments.id)];

export const shipmentsOfOrders = (db: Database, principal: Principal, orderIds: readonly string[]) =>
  byIds(db, "tracking.shipmentsOfOrders", principal, orderIds, (ids, principal) =>
    db.select().from(shipments).where(and(shipmentScope(principal), idIn(shipments.orderId, ids))).orderBy(...SHIPMENT_ORDER),
  );

/** A shipment carries an order line once. */
export const SHIPMENT_LINE_ORDER = [asc(shipmentLines.shipmentId), asc(shipmentLines.orderLineId)];

export const linesOfShipments = (db: Database, principal: Principal, shipmentIds: readonly string[]) =>
  db
    .select()
    .from(shipmentLines)
    .where(and(visibleShipmentRows(principal, shipmentLines.shipmentId), idIn(shipmentLines.shipmentId, shipmentIds)))
    .orderBy(...SHIPMENT_LINE_ORDER);

/** Shipments in booking order, oldest first (a courier's work list, an agent's search). */
export const SHIPMENT_ORDERING = "CREATED_AT";
export const SHIPMENT_KEYS: KeysetKey<ShipmentRow>[] = [
  { column: shipments.createdAt, direction: "ASC", value: (r) => r.createdAt },
  { column: shipments.id, direction: "ASC", value: (r) => r.id },
];

/** The shipments list's conditions, shared by the resolver and the compiled read path (values bound per request there). */
export function shipmentConditions(principal: Principal, filter: ShipmentFilter | null | undefined, value: FilterValues<ShipmentFilter> = valuesOf(filter!)): SQL | undefined {
  if (!filter) return shipmentScope(principal);
  return and(
    shipmentScope(principal),
    given(filter.statuses) ? oneOf(shipments.status, value((f) => f.statuses!)) : undefined,
    given(filter.carrierId) ? eq(shipments.carrierId, value((f) => expectGlobalId(f.carrierId!, "Carrier", "filter.carrierId"))) : undefined,
  );
}

/** Shipments in scope, oldest first. */
export function listShipments(db: Database, principal: Principal, filter: ShipmentFilter | null | undefined, args: ConnectionArgs) {
  const where = shipmentConditions(principal, filter);
  return paginate(
    args,
    {
      ordering: SHIPMENT_ORDERING,
      keys: SHIPMENT_KEYS,
      fetch: (after, order, limit) => db.select().from(shipments).where(and(where, after)).orderBy(...order).limit(limit),
      count: async () => (await db.select({ n: count() }).from(shipments).where(where))[0]!.n,
    },
    toShipment,
  );
}
