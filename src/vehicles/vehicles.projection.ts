import { referenceDataScope } from "../catalog/catalog.policy.js";
import { vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { lookupById, lookupByKey, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerById } from "../customers/customers.declaration.js";
import { customerVehicles, dealerVehicleRelations, ownershipEntity, ownershipRelations, VEHICLE_KEYS, VEHICLE_ORDERING, vehicleEntity, vehicleModelEntity, vehicleRelations } from "./vehicles.declaration.js";
import { vehicleScope } from "./vehicles.policy.js";
import { VEHICLE_FILTER_VALUE_SHAPES, vehicleConditions } from "./vehicles.service.js";
import type { VehicleFilter } from "./vehicles.types.js";
import { normalizeVin } from "../validation/vin.js";

/** The compiled read path's view of vehicles (graphql/compiled): as declared in vehicles.declaration.ts. */
export const vehicleProjections: TypeProjection[] = [
  ...[vehicleEntity, vehicleModelEntity, ownershipEntity].map((e) => e.projection),
  customerVehicles.projection,
  vehicleRelations.projection,
  ownershipRelations.projection,
  dealerVehicleRelations.projection,
  // The customer through its merges, as the customers loader reads it (customerById): one loader for every field naming a customer.
  // Under a customer's own vehicles the customers table is on the path: left to the resolvers there.
  { type: "VehicleOwnership", leaves: {}, relations: { customer: customerById.from(vehicleOwnerships.customerId) } },
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
