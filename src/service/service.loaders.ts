import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { serviceAppointments, serviceRecords } from "../db/schema/index.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { recordLookup, recordRelations, SERVICE_RECORD_KEYS, toAppointment, toServiceRecord, vehicleService, type AppointmentRow, type ServiceRecordRow } from "./service.declaration.js";
import { APPOINTMENT_KEYS, appointmentConditions } from "./service.service.js";
import type { ServiceAppointment, ServiceAppointmentFilter, ServiceRecord } from "./service.types.js";

export function createServiceLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const ofVehicle = vehicleService.loaders(db, principal, options);
  return {
    record: recordLookup.loader(db, principal, options),
    ofVehicle: ofVehicle.serviceRecords,
    ofDealer: nestedConnectionLoader<ServiceRecordRow, ServiceRecord>({
      db,
      table: serviceRecords,
      parent: serviceRecords.dealerId,
      principal,
      scope: (principal) => serviceRecordScope(principal, serviceRecords),
      ordering: "PERFORMED_AT_DESC",
      keys: SERVICE_RECORD_KEYS,
      toNode: toServiceRecord,
      cache: options.cache,
    }),
    items: recordRelations.loaders(db, principal, options).items,
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
    appointments: ofVehicle.appointments,
  };
}
