import { and, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { dealers, serviceAppointments, serviceItems, serviceRecords, vehicles } from "../db/schema/index.js";
import { columns, globalId, instant, moneyOf, type TypeProjection } from "../graphql/compiled/projection.js";
import { organisationScope } from "../organisations/organisations.policy.js";
import { serviceRecordScope, vehicleScope } from "../vehicles/vehicles.policy.js";
import { customerOf } from "../customers/customers.projection.js";
import { APPOINTMENT_ORDER, SERVICE_ITEM_ORDER, SERVICE_RECORD_KEYS } from "./service.service.js";

/** The repair station (a dealer) by a row's dealer id, as the dealer loader reads it. */
const stationOf = (dealerId: AnyPgColumn) => ({
  shape: "one" as const,
  type: "Dealer",
  tables: [dealers],
  rows: (principal: Principal) => ({ from: sql`${dealers}`, where: and(eq(dealers.id, dealerId), organisationScope(principal)) }),
});

/** A vehicle by a row's vehicle id, as the vehicle loader reads it: null when outside the caller's scope. */
const vehicleOf = (vehicleId: AnyPgColumn) => ({
  shape: "one" as const,
  type: "Vehicle",
  tables: [vehicles],
  rows: (principal: Principal) => ({ from: sql`${vehicles}`, where: and(eq(vehicles.id, vehicleId), vehicleScope(principal)) }),
});

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
      appointments: {
        shape: "list",
        type: "ServiceAppointment",
        tables: [serviceAppointments],
        rows: (principal: Principal) => ({
          from: sql`${serviceAppointments}`,
          where: and(eq(serviceAppointments.vehicleId, vehicles.id), serviceRecordScope(principal, serviceAppointments)),
        }),
        orderBy: APPOINTMENT_ORDER,
      },
    },
  },
  {
    type: "ServiceAppointment",
    leaves: { id: globalId("ServiceAppointment", serviceAppointments.id), ...columns(serviceAppointments, ["status", "purpose"]), scheduledAt: instant(serviceAppointments.scheduledAt) },
    relations: {
      station: stationOf(serviceAppointments.dealerId),
      customer: customerOf(serviceAppointments.customerId),
      vehicle: vehicleOf(serviceAppointments.vehicleId),
      serviceRecord: {
        shape: "one",
        type: "ServiceRecord",
        tables: [serviceRecords],
        rows: (principal: Principal) => ({ from: sql`${serviceRecords}`, where: and(eq(serviceRecords.id, serviceAppointments.serviceRecordId), serviceRecordScope(principal, serviceRecords)) }),
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
      station: stationOf(serviceRecords.dealerId),
      vehicle: vehicleOf(serviceRecords.vehicleId),
    },
  },
  {
    type: "ServiceItem",
    leaves: columns(serviceItems, ["kind", "description", "quantity"]),
    values: { unitPrice: moneyOf(serviceItems.unitPriceMinor, "CNY"), total: moneyOf(serviceItems.totalMinor, "CNY") },
  },
];
