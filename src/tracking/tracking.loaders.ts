import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { trackingEvents } from "../db/schema/index.js";
import { byKeyLoader, groupedLoader } from "../graphql/loader.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { toShipment, toShipmentLine, toTrackingEvent, type TrackingEventRow } from "./tracking.mapper.js";
import { visibleShipmentRows } from "./tracking.policy.js";
import { EVENT_KEYS, linesOfShipments, shipmentsByIds, shipmentsOfOrders } from "./tracking.service.js";
import type { TrackingEvent } from "./tracking.types.js";

export function createTrackingLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    shipment: byKeyLoader(async (ids: readonly string[]) => (await shipmentsByIds(db, principal, ids)).map(toShipment), (s) => s.dbId, options),
    ofOrder: groupedLoader(async (ids: readonly string[]) => (await shipmentsOfOrders(db, principal, ids)).map(toShipment), (s) => s.orderDbId, options),
    lines: groupedLoader(async (ids: readonly string[]) => (await linesOfShipments(db, principal, ids)).map(toShipmentLine), (l) => l.shipmentDbId, options),
    events: nestedConnectionLoader<TrackingEventRow, TrackingEvent>({
      db,
      table: trackingEvents,
      parent: trackingEvents.shipmentId,
      principal,
      scope: (principal) => visibleShipmentRows(principal, trackingEvents.shipmentId),
      ordering: "SEQ",
      keys: EVENT_KEYS,
      toNode: toTrackingEvent,
      cache: options.cache,
    }),
  };
}
