import { and, eq, gt, lt, ne } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { dealers, serviceAppointments } from "../db/schema/index.js";
import { DomainError } from "../errors.js";

/** How long a booked visit occupies a service bay. */
export const APPOINTMENT_MINUTES = 60;
const SLOT_MS = APPOINTMENT_MINUTES * 60_000;

/**
 * Refuses a visit at `at` when every bay of the station is taken at some moment of its slot
 * (CONFLICT naming `input.scheduledAt`). The station's row is locked first (FOR NO KEY UPDATE:
 * it serialises bookings of one station without blocking rows that merely reference the dealer),
 * so two bookings racing for the last bay cannot both see it free. Lock order: a rescheduled
 * appointment's row, then its station; nothing locks a station and then an existing appointment.
 */
export async function assertBayFree(tx: Executor, stationId: string, at: Date, movingAppointmentId: string | null = null): Promise<void> {
  const [station] = await tx.select({ bays: dealers.serviceBays, name: dealers.name }).from(dealers).where(eq(dealers.id, stationId)).for("no key update");
  const neighbours = await tx
    .select({ scheduledAt: serviceAppointments.scheduledAt })
    .from(serviceAppointments)
    .where(
      and(
        eq(serviceAppointments.dealerId, stationId),
        eq(serviceAppointments.status, "BOOKED"),
        gt(serviceAppointments.scheduledAt, new Date(at.getTime() - SLOT_MS)),
        lt(serviceAppointments.scheduledAt, new Date(at.getTime() + SLOT_MS)),
        movingAppointmentId ? ne(serviceAppointments.id, movingAppointmentId) : undefined,
      ),
    );
  // Occupancy only rises when a visit starts, so its peak within the slot is at the slot's start or at a neighbour's start inside it.
  const starts = neighbours.map((n) => n.scheduledAt.getTime());
  const moments = [at.getTime(), ...starts.filter((t) => t > at.getTime())];
  const peak = Math.max(...moments.map((m) => starts.filter((t) => t <= m && m < t + SLOT_MS).length));
  if (peak >= station!.bays) {
    throw new DomainError("CONFLICT", `All ${station!.bays} service bays of ${station!.name} are booked at that time; choose another time`, "input.scheduledAt", {
      serviceBays: station!.bays,
    });
  }
}
