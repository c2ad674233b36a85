import { and, count, eq, inArray } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { shipments } from "../db/schema/index.js";
import { paginate, type ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { ShipmentFilter } from "./tracking.inputs.js";
import { toShipment } from "./tracking.declaration.js";
import { shipmentScope } from "./tracking.policy.js";

export async function shipmentByTrackingNumber(db: Database, principal: Principal, trackingNumber: string) {
  const [row] = await db.select().from(shipments).where(and(shipmentScope(principal), eq(shipments.trackingNumber, trackingNumber)));
  return row ? toShipment(row) : null;
}

/** Shipments in scope, oldest first (a courier's work list, an agent's search). */
export function listShipments(db: Database, principal: Principal, filter: ShipmentFilter | null | undefined, args: ConnectionArgs) {
  const where = and(
    shipmentScope(principal),
    filter?.statuses?.length ? inArray(shipments.status, filter.statuses) : undefined,
    filter?.carrierId ? eq(shipments.carrierId, expectGlobalId(filter.carrierId, "Carrier", "filter.carrierId")) : undefined,
  );
  return paginate(
    args,
    {
      ordering: "CREATED_AT",
      keys: [
        { column: shipments.createdAt, direction: "ASC", value: (r) => r.createdAt },
        { column: shipments.id, direction: "ASC", value: (r) => r.id },
      ],
      fetch: (after, order, limit) => db.select().from(shipments).where(and(where, after)).orderBy(...order).limit(limit),
      count: async () => (await db.select({ n: count() }).from(shipments).where(where))[0]!.n,
    },
    toShipment,
  );
}
