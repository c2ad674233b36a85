import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { serviceAppointments, serviceRecords } from "../db/schema/index.js";
import { byKeyLoader, groupedLoader } from "../graphql/loader.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { toAppointment, toServiceItem, toServiceRecord, type AppointmentRow, type ServiceRecordRow } from "./service.mapper.js";
import { APPOINTMENT_KEYS, appointmentConditions, appointmentsOf, itemsOf, recordsByIds, SERVICE_RECORD_KEYS } from "./service.service.js";
import type { ServiceAppointment, ServiceAppointmentFilter, ServiceRecord } from "./service.types.js";

export function createServiceLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const records = (parent: typeof serviceRecords.vehicleId | typeof serviceRecords.dealerId) =>
    nestedConnectionLoader<ServiceRecordRow, ServiceRecord>({
      db,
      table: serviceRecords,
      parent,
      principal,
      scope: (principal) => serviceRecordScope(principal, serviceRecords),
      ordering: "PERFORMED_AT_DESC",
      keys: SERVICE_RECORD_KEYS,
      toNode: toServiceRecord,
      cache: options.cache,
    });
  return {
    record: byKeyLoader(async (ids: readonly string[]) => (await recordsByIds(db, principal, ids)).map(toServiceRecord), (r) => r.dbId, options),
    ofVehicle: records(serviceRecords.vehicleId),
    ofDealer: records(serviceRecords.dealerId),
    items: groupedLoader(async (ids: readonly string[]) => (await itemsOf(db, principal, ids)).map(toServiceItem), (i) => i.recordDbId, options),
    appointmentsOfDealer: nestedConnectionLoader<AppointmentRow, ServiceAppointment, ServiceAppointmentFilter>({
      db,
      table: serviceAppointments,
      parent: serviceAppointments.dealerId,
      principal,
      scope: (principal) => serviceRecordScope(principal, serviceAppointments),
      ordering: "SCHEDULED_AT_ASC",
      keys: APPOINTMENT_KEYS,
      filter: appointmentConditions,
      toNode: toAppointment,
      cache: options.cache,
    }),
    appointments: groupedLoader(async (ids: readonly string[]) => (await appointmentsOf(db, principal, ids)).map(toAppointment), (a) => a.vehicleDbId, options),
  };
}
