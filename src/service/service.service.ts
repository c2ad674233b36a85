import { idIn, oneOf } from "../db/patterns.js";
import { byIds } from "../graphql/loader.js";
import { and, asc, gte, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { serviceAppointments, serviceItems, serviceRecords } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import type { AppointmentRow, ServiceRecordRow } from "./service.mapper.js";
import type { ServiceAppointmentFilter } from "./service.types.js";

/** Latest visit first. */
export const SERVICE_RECORD_KEYS: KeysetKey<ServiceRecordRow>[] = [
  { column: serviceRecords.performedAt, direction: "DESC", value: (r) => r.performedAt },
  { column: serviceRecords.id, direction: "DESC", value: (r) => r.id },
];

export const recordsByIds = (db: Database, principal: Principal, ids: readonly string[]) =>
  db.select().from(serviceRecords).where(and(serviceRecordScope(principal, serviceRecords), idIn(serviceRecords.id, ids)));

/** Items are visible with their record. */
/** A visit's work items in the order they were written. */
export const SERVICE_ITEM_ORDER = [asc(serviceItems.id)];

export const itemsOf = (db: Database, principal: Principal, recordIds: readonly string[]) =>
  byIds(db, "service.itemsOf", principal, recordIds, (ids, principal) => {
    const scope = serviceRecordScope(principal, serviceRecords);
    return db
      .select()
      .from(serviceItems)
      .where(
        and(
          idIn(serviceItems.serviceRecordId, ids),
          scope ? sql`exists (select 1 from ${serviceRecords} where ${serviceRecords.id} = ${serviceItems.serviceRecordId} and ${scope})` : undefined,
        ),
      )
      .orderBy(...SERVICE_ITEM_ORDER);
  });

/** Soonest first; the id orders visits booked for the same hour (loaders and compiled reads). */
export const APPOINTMENT_ORDER = [asc(serviceAppointments.scheduledAt), asc(serviceAppointments.id)];

export const appointmentsOf = (db: Database, principal: Principal, vehicleIds: readonly string[]) =>
  db
    .select()
    .from(serviceAppointments)
    .where(and(serviceRecordScope(principal, serviceAppointments), idIn(serviceAppointments.vehicleId, vehicleIds)))
    .orderBy(...APPOINTMENT_ORDER);

/** Soonest first. */
export const APPOINTMENT_KEYS: KeysetKey<AppointmentRow>[] = [
  { column: serviceAppointments.scheduledAt, direction: "ASC", value: (r) => r.scheduledAt },
  { column: serviceAppointments.id, direction: "ASC", value: (r) => r.id },
];

/**
 * How a filter's values reach the SQL: as themselves (the loader), or as parameters bound per
 * request (the compiled read path, one statement per appointmentFilterShape).
 */
export type AppointmentFilterValues = <T>(read: (filter: ServiceAppointmentFilter) => T) => T | SQL;

export const appointmentConditions = (filter: ServiceAppointmentFilter, value: AppointmentFilterValues = (read) => read(filter)): SQL | undefined =>
  and(
    filter.statuses?.length ? oneOf(serviceAppointments.status, value((f) => f.statuses!)) : undefined,
    filter.from ? gte(serviceAppointments.scheduledAt, value((f) => f.from!)) : undefined,
  );

/** Which conditions a filter makes (not their values): one compiled statement per shape. */
export const appointmentFilterShape = (filter: ServiceAppointmentFilter | null | undefined): string =>
  [filter?.statuses?.length, filter?.from].map((v) => (v ? "1" : "0")).join("");
