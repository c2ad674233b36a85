import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customerVehicles, dealerVehicleRelations, modelLookup, vehicleLookup, vehicleRelations } from "./vehicles.declaration.js";

export function createVehicleLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    vehicle: vehicleLookup.loader(db, principal, options),
    model: modelLookup.loader(db, principal, options),
    /** A vehicle's owner history, as declared. */
    ownerships: vehicleRelations.loaders(db, principal, options).ownerships,
    /** A dealership's vehicles (sold or serviced there), by VIN, as declared. */
    ofDealer: dealerVehicleRelations.loaders(db, principal, options).vehicles,
    /** A customer's vehicles, as declared. */
    ofCustomer: customerVehicles.loaders(db, principal, options).vehicles,
  };
}
