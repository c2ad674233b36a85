import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { byKeyLoader, groupedLoader } from "../graphql/loader.js";
import { toOwnership, toVehicle, toVehicleModel } from "./vehicles.mapper.js";
import { modelsByIds, ownershipsOfVehicles, vehiclesByIds, vehiclesOfCustomers } from "./vehicles.service.js";

export function createVehicleLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    vehicle: byKeyLoader(async (ids: readonly string[]) => (await vehiclesByIds(db, principal, ids)).map(toVehicle), (v) => v.dbId, options),
    model: byKeyLoader(async (ids: readonly string[]) => (await modelsByIds(db, principal, ids)).map(toVehicleModel), (m) => m.dbId, options),
    ownerships: groupedLoader(async (ids: readonly string[]) => (await ownershipsOfVehicles(db, principal, ids)).map(toOwnership), (o) => o.vehicleDbId, options),
    ofCustomer: groupedLoader(
      async (ids: readonly string[]) => (await vehiclesOfCustomers(db, principal, ids)).map((r) => ({ customerId: r.customerId, vehicle: toVehicle(r.vehicle) })),
      (r) => r.customerId,
      options,
    ),
  };
}
