import { asc } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { dealers, serviceAppointments, serviceItems, serviceRecords, vehicles } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { columns, entity } from "../graphql/declare/entity.js";
import { globalId, instant, key, money } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { connection, list, one, relations } from "../graphql/declare/relations.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import { vehicleLookup } from "../vehicles/vehicles.declaration.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { APPOINTMENT_KEYS, appointmentConditions, appointmentFilterShape } from "./service.service.js";
import { ServiceAppointment, ServiceItem, ServiceRecord, type ServiceAppointmentFilter } from "./service.types.js";

/**
 * Service history, each field and relation declared once (graphql/declare): the mapper, the
 * loaders and the compiled read path derive from these.
 */
export const serviceRecordEntity = entity(ServiceRecord, serviceRecords, {
  id: globalId("ServiceRecord", serviceRecords.id),
  dbId: key(serviceRecords.id),
  vehicleDbId: key(serviceRecords.vehicleId),
  dealerDbId: key(serviceRecords.dealerId),
  ...columns(serviceRecords, ["kind", "mileageKm", "technicianNotes", "source", "sourceVisitId"]),
  performedAt: instant(serviceRecords.performedAt),
  total: money(serviceRecords.totalMinor, serviceRecords.currency),
});

export const serviceItemEntity = entity(ServiceItem, serviceItems, {
  recordDbId: key(serviceItems.serviceRecordId),
  ...columns(serviceItems, ["kind", "description", "quantity"]),
  unitPrice: money(serviceItems.unitPriceMinor, "CNY"),
  total: money(serviceItems.totalMinor, "CNY"),
});

export const appointmentEntity = entity(ServiceAppointment, serviceAppointments, {
  id: globalId("ServiceAppointment", serviceAppointments.id),
  vehicleDbId: key(serviceAppointments.vehicleId),
  dealerDbId: key(serviceAppointments.dealerId),
  serviceRecordDbId: key(serviceAppointments.serviceRecordId),
  customerDbId: key(serviceAppointments.customerId),
  scheduledAt: instant(serviceAppointments.scheduledAt),
  ...columns(serviceAppointments, ["status", "purpose"]),
});

export type ServiceRecordRow = typeof serviceRecords.$inferSelect;
export type AppointmentRow = typeof serviceAppointments.$inferSelect;
export const toServiceRecord = serviceRecordEntity.toNode;
export const toAppointment = appointmentEntity.toNode;

const recordScope = (principal: Principal) => serviceRecordScope(principal, serviceRecords);
const appointmentScope = (principal: Principal) => serviceRecordScope(principal, serviceAppointments);

export const recordLookup = lookup(serviceRecordEntity, { key: serviceRecords.id, scope: recordScope });

/** Latest visit first. */
export const SERVICE_RECORD_KEYS: KeysetKey<ServiceRecordRow>[] = [
  { column: serviceRecords.performedAt, direction: "DESC", value: (r) => r.performedAt },
  { column: serviceRecords.id, direction: "DESC", value: (r) => r.id },
];

export const vehicleService = relations("Vehicle", {
  serviceRecords: connection(serviceRecordEntity, { key: serviceRecords.vehicleId, parent: vehicles.id, scope: recordScope, ordering: "PERFORMED_AT_DESC", keys: SERVICE_RECORD_KEYS }),
  // Soonest first; the id orders visits booked for the same hour.
  appointments: list(appointmentEntity, {
    key: serviceAppointments.vehicleId,
    parent: vehicles.id,
    scope: appointmentScope,
    orderBy: [asc(serviceAppointments.scheduledAt), asc(serviceAppointments.id)],
  }),
});

export const recordRelations = relations("ServiceRecord", {
  // A visit's work items in the order they were written, visible with their record.
  items: list(serviceItemEntity, { key: serviceItems.serviceRecordId, parent: serviceRecords.id, scope: recordScope, joinParent: true, orderBy: [asc(serviceItems.id)] }),
  station: one(dealerLookup, serviceRecords.dealerId),
  vehicle: one(vehicleLookup, serviceRecords.vehicleId),
});

export const appointmentRelations = relations("ServiceAppointment", {
  station: one(dealerLookup, serviceAppointments.dealerId),
  serviceRecord: one(recordLookup, serviceAppointments.serviceRecordId),
  vehicle: one(vehicleLookup, serviceAppointments.vehicleId),
});

/** The station's work and bookings (the dealer portal): the same scope as a vehicle's. */
export const dealerService = relations("Dealer", {
  serviceRecords: connection(serviceRecordEntity, { key: serviceRecords.dealerId, parent: dealers.id, scope: recordScope, ordering: "PERFORMED_AT_DESC", keys: SERVICE_RECORD_KEYS }),
  serviceAppointments: connection(appointmentEntity, {
    key: serviceAppointments.dealerId,
    parent: dealers.id,
    scope: appointmentScope,
    ordering: "SCHEDULED_AT_ASC",
    keys: APPOINTMENT_KEYS,
    filter: { shape: (filter: ServiceAppointmentFilter | null) => appointmentFilterShape(filter), where: appointmentConditions },
  }),
});
