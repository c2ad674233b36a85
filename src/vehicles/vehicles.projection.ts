import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { referenceDataScope } from "../catalog/catalog.policy.js";
import { customers, dealers, vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { columns, globalId, type RootList, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerOf } from "../customers/customers.projection.js";
import { organisationScope } from "../organisations/organisations.policy.js";
import { ownershipScope, vehicleScope } from "./vehicles.policy.js";
import { customerVehicleOrder, OWNERSHIP_ORDER, VEHICLE_FILTER_VALUE_SHAPES, VEHICLE_KEYS, VEHICLE_ORDERING, vehicleConditions } from "./vehicles.service.js";
import type { VehicleFilter } from "./vehicles.types.js";

/**
 * The customer's own ownership rows under another name, so that a vehicle's owner history
 * (Vehicle.ownerships, the table itself) may nest inside the customer's vehicle list.
 */
const customerVehicle = alias(vehicleOwnerships, "customer_vehicle");

/** The compiled read path's view of vehicles (graphql/compiled): the same scope and order as the loaders. */
export const vehicleProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      vehicles: {
        shape: "list",
        type: "Vehicle",
        tables: [customerVehicle, vehicles],
        rows: (principal: Principal) => ({
          from: sql`${vehicleOwnerships} ${customerVehicle} inner join ${vehicles} on ${vehicles.id} = ${customerVehicle.vehicleId}`,
          // Under an alias, so that a vehicle's owner history (vehicle_ownerships again) may nest below.
          where: and(eq(customerVehicle.customerId, customers.id), ownershipScope(principal, customerVehicle), vehicleScope(principal)),
        }),
        orderBy: customerVehicleOrder(customerVehicle),
      },
    },
  },
  {
    type: "Vehicle",
    leaves: {
      id: globalId("Vehicle", vehicles.id),
      ...columns(vehicles, ["vin", "modelYear", "color", "plate", "mileageKm", "warrantyEndsOn"]),
      // The mapper compares with today's UTC date.
      underWarranty: sql`(${vehicles.warrantyEndsOn} is not null and ${vehicles.warrantyEndsOn} >= (now() at time zone 'UTC')::date)`,
    },
    relations: {
      model: {
        shape: "one",
        type: "VehicleModel",
        tables: [vehicleModels],
        rows: (principal: Principal) => ({ from: sql`${vehicleModels}`, where: and(eq(vehicleModels.id, vehicles.modelId), referenceDataScope(principal)) }),
      },
      ownerships: {
        shape: "list",
        type: "VehicleOwnership",
        tables: [vehicleOwnerships],
        rows: (principal: Principal) => ({ from: sql`${vehicleOwnerships}`, where: and(eq(vehicleOwnerships.vehicleId, vehicles.id), ownershipScope(principal)) }),
        orderBy: OWNERSHIP_ORDER,
      },
    },
  },
  {
    type: "VehicleModel",
    leaves: { id: globalId("VehicleModel", vehicleModels.id), ...columns(vehicleModels, ["code", "make", "name", "bodyType", "powertrain", "warrantyMonths"]) },
  },
  {
    type: "VehicleOwnership",
    leaves: { ...columns(vehicleOwnerships, ["role", "startedOn", "endedOn"]), current: sql`(${vehicleOwnerships.endedOn} is null)` },
    relations: {
      sellingDealer: {
        shape: "one",
        type: "Dealer",
        tables: [dealers],
        rows: (principal: Principal) => ({ from: sql`${dealers}`, where: and(eq(dealers.id, vehicleOwnerships.sellingDealerId), organisationScope(principal)) }),
      },
      // Under a customer's own vehicles the customers table is on the path: left to the resolvers there.
      customer: customerOf(vehicleOwnerships.customerId),
    },
  },
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
