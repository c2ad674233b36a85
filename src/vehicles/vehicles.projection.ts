import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { referenceDataScope } from "../catalog/catalog.policy.js";
import { dealers, vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { lookupById, lookupByKey, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerOf } from "../customers/customers.projection.js";
import { customerVehicles, ownershipEntity, ownershipRelations, vehicleEntity, vehicleModelEntity, vehicleRelations } from "./vehicles.declaration.js";
import { dealerVehicleListScope, vehicleScope } from "./vehicles.policy.js";
import { dealerVehicles, VEHICLE_FILTER_VALUE_SHAPES, VEHICLE_KEYS, VEHICLE_ORDERING, vehicleConditions } from "./vehicles.service.js";
import type { VehicleFilter } from "./vehicles.types.js";
import { normalizeVin } from "./vin.js";

/** The compiled read path's view of vehicles (graphql/compiled): as declared in vehicles.declaration.ts. */
export const vehicleProjections: TypeProjection[] = [
  ...[vehicleEntity, vehicleModelEntity, ownershipEntity].map((e) => e.projection),
  customerVehicles.projection,
  vehicleRelations.projection,
  ownershipRelations.projection,
  // Raw relations the declarations cannot express yet: vehicles through a link subquery (a
  // dealership's), and a customer through its merges (customerOf).
  {
    // Vehicles the dealership sold or serviced, by VIN: the loader's link, scope and keyset.
    type: "Dealer",
    leaves: {},
    relations: {
      vehicles: {
        shape: "connection",
        type: "Vehicle",
        tables: [vehicles],
        rows: (principal: Principal) => ({
          from: sql`${vehicles} inner join ${dealerVehicles} on ${eq(dealerVehicles.vehicleId, vehicles.id)}`,
          where: and(eq(dealerVehicles.dealerId, dealers.id), dealerVehicleListScope(principal, dealerVehicles.dealerId)),
        }),
        ordering: VEHICLE_ORDERING,
        keys: VEHICLE_KEYS,
      },
    },
  },
  // Under a customer's own vehicles the customers table is on the path: left to the resolvers there.
  { type: "VehicleOwnership", leaves: {}, relations: { customer: customerOf(vehicleOwnerships.customerId) } },
];

/** vehicles(first, after, last, before, filter): listVehicles' conditions and keyset, the filter's values bound per request. */
export const vehicleList: RootList = rootList<VehicleFilter>({
  type: "Vehicle",
  table: vehicles,
  idColumn: vehicles.id,
  keys: () => ({ ordering: VEHICLE_ORDERING, keys: VEHICLE_KEYS }),
  where: vehicleConditions,
  valueShapes: VEHICLE_FILTER_VALUE_SHAPES,
});

/** node(id:) of a vehicle (vehicleLookup) or a model (modelLookup), and vehicle(vin:) in any case (vehicleByVin). */
export const vehicleLookups: RootLookup[] = [
  lookupById("Vehicle", vehicles, vehicles.id, vehicleScope),
  lookupById("VehicleModel", vehicleModels, vehicleModels.id, referenceDataScope),
];
export const vehicleByVinLookup = lookupByKey("Vehicle", vehicles, vehicles.id, { argument: "vin", column: vehicles.vin, normalise: normalizeVin }, vehicleScope);
