import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { eq } from "drizzle-orm";
import { vehicles } from "../db/schema/index.js";
import { byKeyLoader, groupedLoader } from "../graphql/loader.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { toOwnership, toVehicle, toVehicleModel, type VehicleRow } from "./vehicles.mapper.js";
import { dealerVehicleListScope } from "./vehicles.policy.js";
import { dealerVehicles, modelsByIds, ownershipsOfVehicles, VEHICLE_KEYS, vehiclesByIds, vehiclesOfCustomers } from "./vehicles.service.js";
import type { Vehicle } from "./vehicles.types.js";

export function createVehicleLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    vehicle: byKeyLoader(async (ids: readonly string[]) => (await vehiclesByIds(db, principal, ids)).map(toVehicle), (v) => v.dbId, options),
    model: byKeyLoader(async (ids: readonly string[]) => (await modelsByIds(db, principal, ids)).map(toVehicleModel), (m) => m.dbId, options),
    ownerships: groupedLoader(async (ids: readonly string[]) => (await ownershipsOfVehicles(db, principal, ids)).map(toOwnership), (o) => o.vehicleDbId, options),
    /** A dealership's vehicles (sold or serviced there), by VIN. */
    ofDealer: nestedConnectionLoader<VehicleRow, Vehicle>({
      db,
      table: vehicles,
      parent: dealerVehicles.dealerId,
      link: { from: dealerVehicles, on: eq(dealerVehicles.vehicleId, vehicles.id) },
      principal,
      scope: (principal) => dealerVehicleListScope(principal, dealerVehicles.dealerId),
      ordering: "VIN",
      keys: VEHICLE_KEYS,
      toNode: toVehicle,
      cache: options.cache,
    }),
    ofCustomer: groupedLoader(
      async (ids: readonly string[]) => (await vehiclesOfCustomers(db, principal, ids)).map((r) => ({ customerId: r.customerId, vehicle: toVehicle(r.vehicle) })),
      (r) => r.customerId,
      options,
    ),
  };
}
