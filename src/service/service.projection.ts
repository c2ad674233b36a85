import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { serviceItems, serviceRecords, vehicles } from "../db/schema/index.js";
import { columns, globalId, instant, moneyOf, type TypeProjection } from "../graphql/compiled/projection.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { SERVICE_ITEM_ORDER, SERVICE_RECORD_KEYS } from "./service.service.js";

/** The compiled read path's view of service history (graphql/compiled): the same scope and keyset as the loaders. */
export const serviceProjections: TypeProjection[] = [
  {
    type: "Vehicle",
    leaves: {},
    relations: {
      serviceRecords: {
        shape: "connection",
        type: "ServiceRecord",
        tables: [serviceRecords],
        rows: (principal: Principal) => ({ from: sql`${serviceRecords}`, where: and(eq(serviceRecords.vehicleId, vehicles.id), serviceRecordScope(principal, serviceRecords)) }),
        ordering: "PERFORMED_AT_DESC",
        keys: SERVICE_RECORD_KEYS,
      },
    },
  },
  {
    type: "ServiceRecord",
    leaves: {
      id: globalId("ServiceRecord", serviceRecords.id),
      ...columns(serviceRecords, ["kind", "mileageKm", "technicianNotes"]),
      performedAt: instant(serviceRecords.performedAt),
    },
    values: { total: moneyOf(serviceRecords.totalMinor, serviceRecords.currency) },
    relations: {
      items: {
        shape: "list",
        type: "ServiceItem",
        tables: [serviceItems],
        // The record itself passed its scope in the same statement.
        rows: () => ({ from: sql`${serviceItems}`, where: eq(serviceItems.serviceRecordId, serviceRecords.id) }),
        orderBy: SERVICE_ITEM_ORDER,
      },
    },
  },
  {
    type: "ServiceItem",
    leaves: columns(serviceItems, ["kind", "description", "quantity"]),
    values: { unitPrice: moneyOf(serviceItems.unitPriceMinor, "CNY"), total: moneyOf(serviceItems.totalMinor, "CNY") },
  },
];
