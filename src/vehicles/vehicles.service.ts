import { and, count, eq, gte, isNull, lt, or, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { vehicles } from "../db/schema/index.js";
import { paginate, type ConnectionArgs } from "../graphql/connection.js";
import { given, valuesOf, type FilterValues, type ValueShapes } from "../graphql/compiled/filters.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { toVehicle, VEHICLE_KEYS, VEHICLE_ORDERING } from "./vehicles.declaration.js";
import { vehicleScope } from "./vehicles.policy.js";
import type { VehicleFilter } from "./vehicles.types.js";
import { normalizeVin } from "../validation/vin.js";

/** Today's date in UTC, what a warranty's last day is compared with. */
const utcToday = () => new Date().toISOString().slice(0, 10);

/**
 * The vehicles list's conditions, shared by the resolver and the compiled read path (values,
 * today's date among them, bound per request there). underWarranty's value decides the SQL.
 */
export function vehicleConditions(principal: Principal, filter: VehicleFilter | null | undefined, value: FilterValues<VehicleFilter> = valuesOf(filter!)): SQL | undefined {
  const conditions: (SQL | undefined)[] = [vehicleScope(principal)];
  if (!filter) return and(...conditions);
  if (given(filter.modelId)) conditions.push(eq(vehicles.modelId, value((f) => expectGlobalId(f.modelId!, "VehicleModel", "filter.modelId"))));
  if (given(filter.modelYear)) conditions.push(eq(vehicles.modelYear, value((f) => f.modelYear!)));
  if (filter.underWarranty === true) conditions.push(gte(vehicles.warrantyEndsOn, value(utcToday)));
  if (filter.underWarranty === false) conditions.push(or(isNull(vehicles.warrantyEndsOn), lt(vehicles.warrantyEndsOn, value(utcToday))));
  return and(...conditions);
}

export const VEHICLE_FILTER_VALUE_SHAPES: ValueShapes<VehicleFilter> = { underWarranty: (current) => current };

export function listVehicles(db: Database, principal: Principal, filter: VehicleFilter | null | undefined, args: ConnectionArgs) {
  const where = vehicleConditions(principal, filter);
  return paginate(
    args,
    {
      ordering: VEHICLE_ORDERING,
      keys: VEHICLE_KEYS,
      fetch: (after, order, limit) => db.select().from(vehicles).where(and(where, after)).orderBy(...order).limit(limit),
      count: async () => (await db.select({ n: count() }).from(vehicles).where(where))[0]!.n,
    },
    toVehicle,
  );
}

export async function vehicleByVin(db: Database, principal: Principal, vin: string) {
  const [row] = await db.select().from(vehicles).where(and(vehicleScope(principal), eq(vehicles.vin, normalizeVin(vin))));
  return row ? toVehicle(row) : null;
}
