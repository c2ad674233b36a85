import { oneOf } from "../db/patterns.js";
import { and, gte, type SQL } from "drizzle-orm";
import { serviceAppointments } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import type { AppointmentRow } from "./service.declaration.js";
import type { ServiceAppointmentFilter } from "./service.types.js";

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
