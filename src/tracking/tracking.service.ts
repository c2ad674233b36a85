import { oneOf } from "../db/patterns.js";
import { and, count, eq, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { shipments } from "../db/schema/index.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { given, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { ShipmentFilter } from "./tracking.inputs.js";
import { toShipment, type ShipmentRow } from "./tracking.declaration.js";
import { shipmentScope } from "./tracking.policy.js";

export async function shipmentByTrackingNumber(db: Database, principal: Principal, trackingNumber: string) {
  const [row] = await db.select().from(shipments).where(and(shipmentScope(principal), eq(shipments.trackingNumber, trackingNumber)));
  return row ? toShipment(row) : null;
}

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
