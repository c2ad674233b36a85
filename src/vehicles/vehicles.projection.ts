import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { referenceDataScope } from "../catalog/catalog.policy.js";
import { customers, vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { columns, globalId, type TypeProjection } from "../graphql/compiled/projection.js";
import { ownershipScope, vehicleScope } from "./vehicles.policy.js";
import { CUSTOMER_VEHICLE_ORDER } from "./vehicles.service.js";

/** The compiled read path's view of vehicles (graphql/compiled): the same scope and order as the loaders. */
export const vehicleProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      vehicles: {
        shape: "list",
        type: "Vehicle",
        tables: [vehicleOwnerships, vehicles],
        rows: (principal: Principal) => ({
          from: sql`${vehicleOwnerships} inner join ${vehicles} on ${vehicles.id} = ${vehicleOwnerships.vehicleId}`,
          where: and(eq(vehicleOwnerships.customerId, customers.id), ownershipScope(principal), vehicleScope(principal)),
        }),
        orderBy: CUSTOMER_VEHICLE_ORDER,
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
    },
  },
  {
    type: "VehicleModel",
    leaves: { id: globalId("VehicleModel", vehicleModels.id), ...columns(vehicleModels, ["code", "make", "name", "bodyType", "powertrain", "warrantyMonths"]) },
  },
];
