import { and, gte, inArray, type SQL } from "drizzle-orm";
import { serviceAppointments } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import type { AppointmentRow } from "./service.declaration.js";
import type { ServiceAppointmentFilter } from "./service.types.js";

/** Soonest first. */
export const APPOINTMENT_KEYS: KeysetKey<AppointmentRow>[] = [
  { column: serviceAppointments.scheduledAt, direction: "ASC", value: (r) => r.scheduledAt },
  { column: serviceAppointments.id, direction: "ASC", value: (r) => r.id },
];

export const appointmentConditions = (filter: ServiceAppointmentFilter): SQL | undefined =>
  and(
    filter.statuses?.length ? inArray(serviceAppointments.status, filter.statuses) : undefined,
    filter.from ? gte(serviceAppointments.scheduledAt, filter.from) : undefined,
  );
