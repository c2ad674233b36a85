import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Principal } from "../auth/principal.js";
import { liveCustomerVisibleTo, relateToDealer } from "../customers/customers.service.js";
import type { Database, Executor } from "../db/client.js";
import { dealers, products, serviceItemKind, serviceItems, serviceKind, serviceRecords, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { badInput, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { intBetween, optionalText, requiredText, validate } from "../validation/input.js";
import { applyMileageReading, checkReading } from "../vehicles/vehicle-writes.service.js";
import { normalizeVin, vinProblem } from "../validation/vin.js";
import type { RecordServiceRecordInput, ServiceWorkInput } from "./service.inputs.js";
import { toServiceRecord } from "./service.declaration.js";

const MAX_INT = 2_147_483_647;

const workSchema = z.object({
  kind: z.enum(serviceKind.enumValues),
  mileageKm: intBetween(0, 5_000_000, "mileageKm"),
  performedAt: z.date().nullish(),
  technicianNotes: optionalText(5000, "technician notes"),
  items: z
    .array(
      z.object({
        kind: z.enum(serviceItemKind.enumValues),
        description: requiredText(200, "a description"),
        productId: z.string().nullish(),
        quantity: intBetween(1, 10_000, "quantity").nullish().transform((q) => q ?? 1),
        unitPriceMinor: intBetween(0, 100_000_000, "unitPriceMinor"),
      }),
    )
    .max(100, "at most 100 items"),
});

export type ValidWork = z.output<typeof workSchema> & { total: number };

/** Checks the work of a visit before anything is written; prices in minor units add up to the total. */
export function validateWork(input: ServiceWorkInput): ValidWork {
  const work = validate(workSchema, input, "input");
  if (work.performedAt && work.performedAt.getTime() > Date.now() + 3_600_000) throw badInput("input.performedAt", "performedAt lies in the future");
  const total = work.items.reduce((sum, item) => sum + item.quantity * item.unitPriceMinor, 0);
  if (total > MAX_INT) throw badInput("input.items", "The items add up to more than a service record can hold");
  checkReading(work.mileageKm, work.performedAt ?? new Date(), "input.mileageKm", "input.performedAt");
  return { ...work, total };
}

/** The repair station that records or books work: a dealer its own (it must run a repair station); staff name one. */
export async function stationFor(tx: Executor, principal: Principal, stationGlobalId: string | null | undefined) {
  if (principal.role === "DEALER") {
    if (stationGlobalId && expectGlobalId(stationGlobalId, "Dealer", "input.stationId") !== principal.dealerId) {
      throw forbidden("A dealer records and books work at its own station only");
    }
    const [own] = await tx.select().from(dealers).where(eq(dealers.id, principal.dealerId));
    if (!own?.repairs) throw forbidden("This dealership runs no repair station");
    return own;
  }
  if (!stationGlobalId) throw badInput("input.stationId", "stationId is required");
  const [station] = await tx.select().from(dealers).where(eq(dealers.id, expectGlobalId(stationGlobalId, "Dealer", "input.stationId")));
  if (!station) throw notFound("Repair station", "input.stationId");
  if (!station.repairs) throw badInput("input.stationId", `${station.name} runs no repair station`);
  return station;
}

/**
 * A vehicle by id or VIN, locked when `lock` is set (mileage is written), with its current owner.
 * `mayUse` decides whether the caller may act on it; a vehicle it may not is NOT_FOUND.
 */
export async function vehicleFor(
  tx: Executor,
  ref: { vehicleId?: string | null; vin?: string | null; dbId?: string },
  options: { lock: boolean; mayUse: (ownerId: string | null) => boolean | Promise<boolean> },
) {
  if (!ref.dbId && Boolean(ref.vehicleId) === Boolean(ref.vin)) throw badInput("input.vin", "Give either vehicleId or vin");
  const field = ref.vin ? "input.vin" : "input.vehicleId";
  let where;
  if (ref.dbId) where = eq(vehicles.id, ref.dbId);
  else if (ref.vin) {
    if (vinProblem(ref.vin)) throw badInput("input.vin", `'${ref.vin.slice(0, 40)}' is not a valid VIN`);
    where = eq(vehicles.vin, normalizeVin(ref.vin));
  } else where = eq(vehicles.id, expectGlobalId(ref.vehicleId!, "Vehicle", "input.vehicleId"));
  const query = tx.select().from(vehicles).where(where);
  const [vehicle] = options.lock ? await query.for("update") : await query;
  if (!vehicle) throw notFound("Vehicle", field);
  const [owner] = await tx
    .select({ customerId: vehicleOwnerships.customerId })
    .from(vehicleOwnerships)
    .where(and(eq(vehicleOwnerships.vehicleId, vehicle.id), isNull(vehicleOwnerships.endedOn)));
  const ownerId = owner?.customerId ?? null;
  if (!(await options.mayUse(ownerId))) throw notFound("Vehicle", field);
  return { vehicle, ownerId };
}

/**
 * Whether the caller may record or book work on a vehicle with this owner. Work links the owner to
 * the station (a SERVICE relationship) and so opens their profile to it: a dealer works on vehicles
 * nobody owns or whose owner it can see already (its own customer); a stranger's car, known only
 * by its VIN, is NOT_FOUND. The owner, or staff, book a first visit at a new station.
 */
export async function stationMayServe(tx: Executor, principal: Principal, ownerId: string | null): Promise<boolean> {
  if (principal.role === "CUSTOMER") return ownerId === principal.customerId;
  if (principal.role !== "DEALER" || !ownerId) return true;
  return Boolean(await liveCustomerVisibleTo(tx, principal, ownerId));
}

/**
 * Writes a service record with its items at a station, inside the caller's transaction (the
 * vehicle locked): the odometer becomes a mileage reading through the vehicles domain's rule, and
 * the station becomes a SERVICE dealership of the owner.
 */
export async function writeServiceRecord(
  tx: Executor,
  vehicle: { id: string; mileageKm: number },
  ownerId: string | null,
  stationId: string,
  work: ValidWork,
) {
  const performedAt = work.performedAt ?? new Date();
  const productIds = work.items.map((item, i) => (item.productId ? expectGlobalId(item.productId, "Product", `input.items.${i}.productId`) : null));
  for (const [i, id] of productIds.entries()) {
    if (id && !(await tx.select({ id: products.id }).from(products).where(eq(products.id, id))).length) throw notFound("Product", `input.items.${i}.productId`);
  }
  await applyMileageReading(tx, vehicle, work.mileageKm, performedAt, stationId, "input.mileageKm");
  const [record] = await tx
    .insert(serviceRecords)
    .values({ vehicleId: vehicle.id, customerId: ownerId, dealerId: stationId, kind: work.kind, mileageKm: work.mileageKm, performedAt, totalMinor: work.total, technicianNotes: work.technicianNotes })
    .returning();
  if (work.items.length) {
    await tx.insert(serviceItems).values(
      work.items.map((item, i) => ({
        serviceRecordId: record!.id,
        kind: item.kind,
        description: item.description,
        productId: productIds[i],
        quantity: item.quantity,
        unitPriceMinor: item.unitPriceMinor,
        totalMinor: item.quantity * item.unitPriceMinor,
      })),
    );
  }
  if (ownerId) await relateToDealer(tx, stationId, ownerId, "SERVICE");
  return record!;
}

/**
 * Work done at a station: a dealer with a repair station records its own (by VIN or id, on a
 * vehicle of its own customer or of nobody yet, see `stationMayServe`), staff for any station.
 */
export async function recordServiceRecord(db: Database, principal: Principal, input: RecordServiceRecordInput) {
  const work = validateWork(input);
  return db.transaction(async (tx) => {
    const station = await stationFor(tx, principal, input.stationId);
    const { vehicle, ownerId } = await vehicleFor(tx, input, { lock: true, mayUse: (owner) => stationMayServe(tx, principal, owner) });
    const record = await writeServiceRecord(tx, vehicle, ownerId, station.id, work);
    return { serviceRecord: toServiceRecord(record) };
  });
}
