import { and, eq, isNull, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { liveCustomerVisibleTo, relateToDealer } from "../customers/customers.service.js";
import type { Database, Executor } from "../db/client.js";
import { dealers, mileageReadings, vehicleModels, vehicleOwnerships, vehicles } from "../db/schema/index.js";
import { badInput, DomainError, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { RecordMileageInput, RecordVehicleSaleInput, RegisterVehicleInput } from "./vehicles.inputs.js";
import { toVehicle } from "./vehicles.declaration.js";
import { vehicleScope } from "./vehicles.policy.js";
import { OwnershipRole } from "./vehicles.types.js";
import { normalizeVin, vinProblem } from "../validation/vin.js";
import { isUniqueViolation } from "../db/violations.js";

const VIN_MESSAGES = {
  LENGTH: "A VIN has exactly 17 characters",
  CHARACTERS: "A VIN uses A–Z and 0–9 without I, O and Q",
  CHECK_DIGIT: "The VIN's check digit (position 9) does not match",
} as const;

function validVin(raw: string, field: string): string {
  const problem = vinProblem(raw);
  if (problem) throw badInput(field, VIN_MESSAGES[problem], { problem });
  return normalizeVin(raw);
}


export async function registerVehicle(db: Database, input: RegisterVehicleInput) {
  const vin = validVin(input.vin, "input.vin");
  const modelId = expectGlobalId(input.modelId, "VehicleModel", "input.modelId");
  const [model] = await db.select().from(vehicleModels).where(eq(vehicleModels.id, modelId));
  if (!model) throw notFound("Vehicle model", "input.modelId");
  const latest = new Date().getUTCFullYear() + 1;
  if (!Number.isInteger(input.modelYear) || input.modelYear < model.firstYear - 1 || input.modelYear > latest) {
    throw badInput("input.modelYear", `The ${model.name} was built from ${model.firstYear - 1} to ${latest}`);
  }
  if ((input.plate?.length ?? 0) > 20) throw badInput("input.plate", "A plate has at most 20 characters");
  if ((input.color?.length ?? 0) > 40) throw badInput("input.color", "A colour has at most 40 characters");
  try {
    const [row] = await db.insert(vehicles).values({ vin, modelId, modelYear: input.modelYear, color: input.color ?? null, plate: input.plate ?? null }).returning();
    return { vehicle: toVehicle(row!) };
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", `A vehicle with VIN ${vin} is registered already`, "input.vin");
    throw error;
  }
}

/**
 * The vehicle a principal may change, locked. A dealer may sell a vehicle nobody owns (new
 * stock) or one it may see (sold or serviced by it); staff any.
 */
async function lockVehicle(tx: Executor, principal: Principal, vin: string, field: string, allowUnowned: boolean) {
  const unowned = sql`not exists (select 1 from ${vehicleOwnerships} where ${vehicleOwnerships.vehicleId} = ${vehicles.id} and ${vehicleOwnerships.endedOn} is null)`;
  const scope = vehicleScope(principal);
  const [row] = await tx
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.vin, vin), scope && allowUnowned ? sql`(${scope} or ${unowned})` : scope))
    .for("update");
  if (!row) throw notFound(`Vehicle ${vin}`, field);
  return row;
}

export async function recordVehicleSale(db: Database, principal: Principal, input: RecordVehicleSaleInput) {
  const vin = validVin(input.vin, "input.vin");
  const customerId = expectGlobalId(input.customerId, "Customer", "input.customerId");
  const soldOn = input.soldOn;
  if (new Date(`${soldOn}T00:00:00Z`).getTime() > Date.now() + 86_400_000) throw badInput("input.soldOn", "A sale cannot lie in the future");
  const sellingDealerId =
    principal.role === "DEALER" ? principal.dealerId : input.sellingDealerId ? expectGlobalId(input.sellingDealerId, "Dealer", "input.sellingDealerId") : null;
  return db.transaction(async (tx) => {
    const vehicle = await lockVehicle(tx, principal, vin, "input.vin", true);
    // A dealer sells only to a buyer it can see already; anyone else is NOT_FOUND, existence not revealed.
    if (!(await liveCustomerVisibleTo(tx, principal, customerId))) throw notFound("Customer", "input.customerId");
    if (sellingDealerId && !(await tx.select({ id: dealers.id }).from(dealers).where(eq(dealers.id, sellingDealerId))).length) {
      throw notFound("Dealer", "input.sellingDealerId");
    }
    const [current] = await tx.select().from(vehicleOwnerships).where(and(eq(vehicleOwnerships.vehicleId, vehicle.id), isNull(vehicleOwnerships.endedOn)));
    if (current?.customerId === customerId) throw new DomainError("CONFLICT", "This customer owns the vehicle already", "input.customerId");
    if (current && soldOn < current.startedOn) {
      throw badInput("input.soldOn", `The current ownership began on ${current.startedOn}; a later sale cannot be dated before it`);
    }
    if (current) await tx.update(vehicleOwnerships).set({ endedOn: soldOn }).where(eq(vehicleOwnerships.id, current.id));
    await tx.insert(vehicleOwnerships).values({ vehicleId: vehicle.id, customerId, role: input.role ?? OwnershipRole.OWNER, startedOn: soldOn, sellingDealerId });
    let warrantyEndsOn = vehicle.warrantyEndsOn;
    if (!warrantyEndsOn) {
      // The warranty starts with the first sale.
      const [model] = await tx.select({ months: vehicleModels.warrantyMonths }).from(vehicleModels).where(eq(vehicleModels.id, vehicle.modelId));
      const end = new Date(`${soldOn}T00:00:00Z`);
      end.setUTCMonth(end.getUTCMonth() + model!.months);
      warrantyEndsOn = end.toISOString().slice(0, 10);
    }
    const [updated] = await tx.update(vehicles).set({ warrantyEndsOn }).where(eq(vehicles.id, vehicle.id)).returning();
    if (sellingDealerId) await relateToDealer(tx, sellingDealerId, customerId, "SALE");
    // A driver of someone else's car is not a vehicle owner in the relationship sense.
    return { vehicle: toVehicle(updated!) };
  });
}

export async function recordMileage(db: Database, principal: Principal, input: RecordMileageInput) {
  const vin = validVin(input.vin, "input.vin");
  checkReading(input.km, input.readAt, "input.km", "input.readAt");
  return db.transaction(async (tx) => {
    const vehicle = await lockVehicle(tx, principal, vin, "input.vin", false);
    const updated = await applyMileageReading(tx, vehicle, input.km, input.readAt, principal.role === "DEALER" ? principal.dealerId : principal.role, "input.km");
    return { vehicle: toVehicle(updated) };
  });
}

/** The bounds of an odometer reading, named after the caller's fields. */
export function checkReading(km: number, readAt: Date, kmField: string, readAtField: string) {
  if (!Number.isInteger(km) || km < 0 || km > 5_000_000) throw badInput(kmField, "km must be a whole number from 0 to 5,000,000");
  if (readAt.getTime() > Date.now() + 3_600_000) throw badInput(readAtField, "A reading cannot lie in the future");
}

/**
 * Records an odometer reading of a vehicle the caller has locked (select ... for update) in its
 * transaction. The one place the rule lives: mileage never goes down.
 */
export async function applyMileageReading(tx: Executor, vehicle: { id: string; mileageKm: number }, km: number, readAt: Date, source: string, field: string) {
  if (km < vehicle.mileageKm) {
    throw badInput(field, `Mileage never goes down: the last reading was ${vehicle.mileageKm} km`, { lastKm: vehicle.mileageKm });
  }
  await tx.insert(mileageReadings).values({ vehicleId: vehicle.id, km, readAt, source });
  const [updated] = await tx.update(vehicles).set({ mileageKm: km }).where(eq(vehicles.id, vehicle.id)).returning();
  return updated!;
}
