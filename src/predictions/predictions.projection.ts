import { sql } from "drizzle-orm";
import { vehicles } from "../db/schema/index.js";
import { customerById } from "../customers/customers.declaration.js";
import { visibleVehicleRows } from "../customers/history.policy.js";
import type { TypeProjection } from "../graphql/compiled/projection.js";
import { vehicleLookup } from "../vehicles/vehicles.declaration.js";
import { dueTable } from "./service-due.service.js";

const due = (column: string) => sql.raw(`due.${column}`);

/**
 * The compiled read path's view of Vehicle.nextServiceDue: the loader's derived table (dueTable)
 * for the one vehicle being read, correlated with `vehicles.id` and in the loader's scope; its
 * vehicle and owner through the lookups their loaders use.
 */
export const predictionProjections: TypeProjection[] = [
  {
    type: "Vehicle",
    leaves: {},
    relations: {
      nextServiceDue: {
        shape: "one",
        type: "ServiceDue",
        // The derived table names its own vehicles row `due_vehicle`: it may stand below `vehicles`.
        tables: [],
        rows: (principal) => ({ from: dueTable((v) => sql`${v.id} = ${vehicles.id}${visibleVehicleRows(principal, v.id) ? sql` and ${visibleVehicleRows(principal, v.id)}` : sql``}`), where: undefined }),
      },
    },
  },
  {
    type: "ServiceDue",
    leaves: {
      date: sql`${due("date")}::text`,
      mileage: due("mileage"),
      projectedMileage: due("projected_mileage"),
      overdue: due("overdue"),
      reason: due("reason"),
      lastServiceOn: due("last_service_on"),
    },
    relations: {
      vehicle: vehicleLookup.from(due("vehicle_id")),
      owner: customerById.from(due("customer_id")),
    },
  },
];
