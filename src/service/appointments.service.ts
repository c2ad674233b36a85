import { and, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { relateToDealer } from "../customers/customers.service.js";
import type { Database, Executor } from "../db/client.js";
import { serviceAppointments } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { requiredText, validate } from "../validation/input.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import type {
  BookServiceAppointmentInput,
  CompleteServiceAppointmentInput,
  RescheduleServiceAppointmentInput,
  ServiceAppointmentRefInput,
} from "./service.inputs.js";
import { assertBayFree } from "./bays.js";
import { toAppointment, toServiceRecord } from "./service.declaration.js";
import { stationFor, stationMayServe, validateWork, vehicleFor, writeServiceRecord } from "./service-writes.service.js";

/** Booking lead time bounds: not in the past (five minutes of clock skew), at most a year ahead. */
const MAX_AHEAD_MS = 366 * 86_400_000;

function checkScheduledAt(at: Date) {
  const now = Date.now();
  if (at.getTime() < now + 5 * 60_000) throw badInput("input.scheduledAt", "An appointment lies in the future");
  if (at.getTime() > now + MAX_AHEAD_MS) throw badInput("input.scheduledAt", "An appointment is at most a year ahead");
}

type Step = "reschedule" | "cancel" | "complete" | "noShow";

/** Which statuses each step may start from: BOOKED -> CANCELLED | COMPLETED | NO_SHOW, and nothing leaves those. */
const ALLOWED_FROM: Record<Step, string[]> = { reschedule: ["BOOKED"], cancel: ["BOOKED"], complete: ["BOOKED"], noShow: ["BOOKED"] };
const PAST: Record<Step, string> = { reschedule: "rescheduled", cancel: "cancelled", complete: "completed", noShow: "marked as a no-show" };

/**
 * A visit takes one service bay for APPOINTMENT_MINUTES; a time at which all of the station's bays
 * are taken is CONFLICT (see `bays.ts`).
 * The customer books for a vehicle they own now, a dealer at its own station (for a vehicle of
 * its own customer, see `stationMayServe`), staff anywhere. The appointment belongs to the
 * vehicle's current owner, who becomes a SERVICE customer of the station.
 */
export async function bookServiceAppointment(db: Database, principal: Principal, input: BookServiceAppointmentInput) {
  checkScheduledAt(input.scheduledAt);
  const purpose = validate(requiredText(500, "purpose"), input.purpose, "input.purpose");
  return db.transaction(async (tx) => {
    // The station first: a dealer without a repair station is FORBIDDEN whatever the vehicle.
    const station = await stationFor(tx, principal, input.stationId);
    const { vehicle, ownerId } = await vehicleFor(tx, input, {
      lock: false,
      mayUse: (owner) => stationMayServe(tx, principal, owner),
    });
    if (!ownerId) throw badInput(input.vin ? "input.vin" : "input.vehicleId", "The vehicle has no owner to book for");
    await assertBayFree(tx, station.id, input.scheduledAt);
    const [row] = await tx
      .insert(serviceAppointments)
      .values({ vehicleId: vehicle.id, customerId: ownerId, dealerId: station.id, scheduledAt: input.scheduledAt, purpose })
      .returning();
    // The station serves this customer now: it may see who is coming.
    await relateToDealer(tx, station.id, ownerId, "SERVICE");
    return { appointment: toAppointment(row!), serviceRecord: null };
  });
}

/** An appointment the principal may see, locked; others' are NOT_FOUND. */
async function lockAppointment(tx: Executor, principal: Principal, globalId: string, step: Step) {
  const id = expectGlobalId(globalId, "ServiceAppointment", "input.appointmentId");
  const [row] = await tx
    .select()
    .from(serviceAppointments)
    .where(and(eq(serviceAppointments.id, id), serviceRecordScope(principal, serviceAppointments)))
    .for("update");
  if (!row) throw notFound("Service appointment", "input.appointmentId");
  if (!ALLOWED_FROM[step].includes(row.status)) {
    throw new DomainError("CONFLICT", `A ${row.status} appointment cannot be ${PAST[step]}`, "input.appointmentId", { currentStatus: row.status });
  }
  return row;
}

export async function rescheduleServiceAppointment(db: Database, principal: Principal, input: RescheduleServiceAppointmentInput) {
  checkScheduledAt(input.scheduledAt);
  return db.transaction(async (tx) => {
    const current = await lockAppointment(tx, principal, input.appointmentId, "reschedule");
    await assertBayFree(tx, current.dealerId, input.scheduledAt, current.id);
    const [row] = await tx.update(serviceAppointments).set({ scheduledAt: input.scheduledAt }).where(eq(serviceAppointments.id, current.id)).returning();
    return { appointment: toAppointment(row!), serviceRecord: null };
  });
}

export async function cancelServiceAppointment(db: Database, principal: Principal, input: ServiceAppointmentRefInput) {
  return closeAppointment(db, principal, input, "cancel", "CANCELLED");
}

export async function markServiceAppointmentNoShow(db: Database, principal: Principal, input: ServiceAppointmentRefInput) {
  if (principal.role === "CUSTOMER") throw forbidden("The station marks a missed visit");
  return closeAppointment(db, principal, input, "noShow", "NO_SHOW");
}

async function closeAppointment(db: Database, principal: Principal, input: ServiceAppointmentRefInput, step: Step, status: "CANCELLED" | "NO_SHOW") {
  return db.transaction(async (tx) => {
    const current = await lockAppointment(tx, principal, input.appointmentId, step);
    const [row] = await tx.update(serviceAppointments).set({ status }).where(eq(serviceAppointments.id, current.id)).returning();
    return { appointment: toAppointment(row!), serviceRecord: null };
  });
}

/** The visit took place: the appointment is COMPLETED and becomes a service record of its station. */
export async function completeServiceAppointment(db: Database, principal: Principal, input: CompleteServiceAppointmentInput) {
  if (principal.role === "CUSTOMER") throw forbidden("The station completes a visit");
  const work = validateWork(input);
  return db.transaction(async (tx) => {
    const current = await lockAppointment(tx, principal, input.appointmentId, "complete");
    const { vehicle, ownerId } = await vehicleFor(tx, { dbId: current.vehicleId }, { lock: true, mayUse: () => true });
    const record = await writeServiceRecord(tx, vehicle, ownerId ?? current.customerId, current.dealerId, work);
    const [row] = await tx
      .update(serviceAppointments)
      .set({ status: "COMPLETED", serviceRecordId: record.id })
      .where(eq(serviceAppointments.id, current.id))
      .returning();
    return { appointment: toAppointment(row!), serviceRecord: toServiceRecord(record) };
  });
}
