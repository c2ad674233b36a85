import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { eq } from "drizzle-orm";
import { vehicles } from "../db/schema/index.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { customerVehicles, modelLookup, toVehicle, vehicleLookup, vehicleRelations, type VehicleRow } from "./vehicles.declaration.js";
import { dealerVehicleListScope } from "./vehicles.policy.js";
import { dealerVehicles, VEHICLE_KEYS } from "./vehicles.service.js";
import type { Vehicle } from "./vehicles.types.js";

export function createVehicleLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    vehicle: vehicleLookup.loader(db, principal, options),
    model: modelLookup.loader(db, principal, options),
    /** A vehicle's owner history, as declared. */
    ownerships: vehicleRelations.loaders(db, principal, options).ownerships,
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
    /** A customer's vehicles, as declared. */
    ofCustomer: customerVehicles.loaders(db, principal, options).vehicles,
  };
}
