import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias, QueryBuilder, type AnyPgColumn } from "drizzle-orm/pg-core";
import { referenceDataScope } from "../catalog/catalog.policy.js";
import { TODAY_UTC } from "../db/patterns.js";
import { customers, dealers, serviceRecords, vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { columns, entity } from "../graphql/declare/entity.js";
import { derived, globalId, key } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { connection, list, one, relations } from "../graphql/declare/relations.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import { dealerVehicleListScope, ownershipScope, vehicleScope } from "./vehicles.policy.js";
import { Vehicle, VehicleModel, VehicleOwnership } from "./vehicles.types.js";

/**
 * Vehicles, their models and ownership periods, each field and relation declared once
 * (graphql/declare): the mapper, the loaders and the compiled read path derive from these.
 */
export const vehicleModelEntity = entity(VehicleModel, vehicleModels, {
  id: globalId("VehicleModel", vehicleModels.id),
  dbId: key(vehicleModels.id),
  ...columns(vehicleModels, ["code", "make", "name", "bodyType", "powertrain", "warrantyMonths"]),
});

const today = () => new Date().toISOString().slice(0, 10);

export const vehicleEntity = entity(Vehicle, vehicles, {
  id: globalId("Vehicle", vehicles.id),
  dbId: key(vehicles.id),
  modelDbId: key(vehicles.modelId),
  ...columns(vehicles, ["vin", "modelYear", "color", "plate", "mileageKm", "warrantyEndsOn"]),
  // Today's UTC date on both paths; the mapper also maps the rows writes return.
  underWarranty: derived(
    [vehicles.warrantyEndsOn],
    ([endsOn]) => endsOn !== null && (endsOn as string) >= today(),
    sql`(${vehicles.warrantyEndsOn} is not null and ${vehicles.warrantyEndsOn} >= ${TODAY_UTC})`,
  ),
});

export type VehicleRow = typeof vehicles.$inferSelect;
export const toVehicle = vehicleEntity.toNode;

export const ownershipEntity = entity(VehicleOwnership, vehicleOwnerships, {
  vehicleDbId: key(vehicleOwnerships.vehicleId),
  customerDbId: key(vehicleOwnerships.customerId),
  sellingDealerDbId: key(vehicleOwnerships.sellingDealerId),
  ...columns(vehicleOwnerships, ["role", "startedOn", "endedOn", "source", "sourceSaleId"]),
  current: derived([vehicleOwnerships.endedOn], ([endedOn]) => endedOn === null, sql`(${vehicleOwnerships.endedOn} is null)`),
});

export const vehicleLookup = lookup(vehicleEntity, { key: vehicles.id, scope: vehicleScope });
export const modelLookup = lookup(vehicleModelEntity, { key: vehicleModels.id, scope: referenceDataScope });

/** A customer's vehicles: current ones first, then by when the ownership began (newest first). */
const customerVehicleOrder = (ownership: { endedOn: AnyPgColumn; startedOn: AnyPgColumn }) => [
  sql`${ownership.endedOn} is null desc`,
  desc(ownership.startedOn),
  asc(vehicles.id),
];

/**
 * The customer's own ownership rows under another name, so that a vehicle's owner history
 * (Vehicle.ownerships, the table itself) may nest inside the customer's vehicle list.
 */
const customerVehicle = alias(vehicleOwnerships, "customer_vehicle");

export const customerVehicles = relations("Customer", {
  vehicles: list(vehicleEntity, {
    through: { table: customerVehicle, on: eq(vehicles.id, customerVehicle.vehicleId) },
    key: customerVehicle.customerId,
    parent: customers.id,
    scope: (principal) => and(ownershipScope(principal, customerVehicle), vehicleScope(principal)),
    orderBy: customerVehicleOrder(customerVehicle),
  }),
});

export const vehicleRelations = relations("Vehicle", {
  model: one(modelLookup, vehicles.modelId),
  // Oldest first; the id orders periods that began the same day.
  ownerships: list(ownershipEntity, {
    key: vehicleOwnerships.vehicleId,
    parent: vehicles.id,
    scope: (principal) => ownershipScope(principal),
    orderBy: [asc(vehicleOwnerships.startedOn), asc(vehicleOwnerships.id)],
  }),
});

export const ownershipRelations = relations("VehicleOwnership", { sellingDealer: one(dealerLookup, vehicleOwnerships.sellingDealerId) });

/** Vehicles in VIN order, as everywhere they are listed. */
export const VEHICLE_ORDERING = "VIN";
export const VEHICLE_KEYS: KeysetKey<VehicleRow>[] = [{ column: vehicles.vin, direction: "ASC", value: (r) => r.vin }];

/** Which vehicles are a dealership's: those it sold and those its repair station serviced. */
const builder = new QueryBuilder();
export const dealerVehicles = builder
  .select({ dealerId: vehicleOwnerships.sellingDealerId, vehicleId: vehicleOwnerships.vehicleId })
  .from(vehicleOwnerships)
  .where(isNotNull(vehicleOwnerships.sellingDealerId))
  .union(builder.select({ dealerId: serviceRecords.dealerId, vehicleId: serviceRecords.vehicleId }).from(serviceRecords))
  .as("dealer_vehicles");

/** A dealership's vehicles (sold or serviced there), by VIN. */
export const dealerVehicleRelations = relations("Dealer", {
  vehicles: connection(vehicleEntity, {
    key: dealerVehicles.dealerId,
    parent: dealers.id,
    link: { from: dealerVehicles, on: eq(dealerVehicles.vehicleId, vehicles.id) },
    scope: (principal) => dealerVehicleListScope(principal, dealerVehicles.dealerId),
    ordering: VEHICLE_ORDERING,
    keys: VEHICLE_KEYS,
  }),
});
