import { and, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { rows, type Executor } from "../db/client.js";
import { TODAY_UTC } from "../db/patterns.js";
import { checkedWithin } from "./repurchase.service.js";
import { type ConnectionArgs, type ConnectionShape, paginate } from "../graphql/connection.js";
import { visibleVehicleRows } from "../customers/history.policy.js";
import { vehicles } from "../db/schema/index.js";
import { ServiceDueReason, type ServiceDue } from "./predictions.types.js";

/** The longest look-ahead of `ownersDueForService`, in days. */
export const MAX_SERVICE_WITHIN_DAYS = 366;

/** Readings over this many days back give a vehicle's rate of kilometres per day. */
const RATE_WINDOW_DAYS = 730;
/** A rate needs readings at least this many days apart. */
const RATE_MIN_SPAN_DAYS = 14;

interface DueRow {
  vehicle_id: string;
  customer_id: string | null;
  date: string;
  mileage: number;
  projected_mileage: number;
  overdue: boolean;
  reason: "TIME" | "MILEAGE";
  last_service_on: string | null;
}

/**
 * The vehicles table inside the derived table, under its own name: the derived table may stand
 * below a vehicle (Vehicle.nextServiceDue on the compiled path) whose row is `vehicles`.
 */
const dueVehicle = alias(vehicles, "due_vehicle");

/**
 * The next maintenance of every vehicle `selected` picks (a condition on the vehicles table, under the name it is given), as a derived table `due`: the model's interval counted from the latest MAINTENANCE
 * visit at any station (or from delivery, the first ownership, at 0 km), by time and by distance;
 * the distance interval's day from the rate of the odometer over the readings and visits of the
 * last two years (the latest reading taken as today's without a rate: the mileage interval then
 * falls due only when reached). Whichever comes first is the reason.
 */
export function dueTable(selected: (vehicle: typeof dueVehicle) => SQL | undefined): SQL {
  return sql`(
    with v as (
      select due_vehicle.id as vehicle_id, due_vehicle.mileage_km, due_vehicle.created_at, vm.service_interval_months as months, vm.service_interval_km as km,
        (select o.customer_id from vehicle_ownerships o where o.vehicle_id = due_vehicle.id and o.ended_on is null and o.role = 'OWNER' order by o.started_on desc limit 1) as customer_id,
        (select min(o.started_on) from vehicle_ownerships o where o.vehicle_id = due_vehicle.id) as delivered_on
      from vehicles due_vehicle join vehicle_models vm on vm.id = due_vehicle.model_id
      where ${selected(dueVehicle) ?? sql`true`}
    ), last_service as (
      select distinct on (r.vehicle_id) r.vehicle_id, (r.performed_at at time zone 'UTC')::date as day, r.mileage_km
      from service_records r where r.kind = 'MAINTENANCE' and r.vehicle_id in (select vehicle_id from v)
      order by r.vehicle_id, r.performed_at desc
    ), points as (
      select m.vehicle_id, m.read_at as at, m.km from mileage_readings m where m.vehicle_id in (select vehicle_id from v)
      union all select r.vehicle_id, r.performed_at, r.mileage_km from service_records r where r.vehicle_id in (select vehicle_id from v)
    ), rate as (
      select vehicle_id, max(km) as latest_km, (max(at) at time zone 'UTC')::date as latest_on,
        case when extract(epoch from max(at) - min(at)) >= ${RATE_MIN_SPAN_DAYS * 86_400}
          then (max(km) - min(km)) / (extract(epoch from max(at) - min(at)) / 86400.0) end as per_day
      from points where at > ${TODAY_UTC} - ${RATE_WINDOW_DAYS}::int
      group by vehicle_id
    ), basis as (
      select v.vehicle_id, v.customer_id, ls.day as last_service_on,
        (coalesce(ls.day, v.delivered_on, (v.created_at at time zone 'UTC')::date) + make_interval(months => v.months))::date as time_due,
        coalesce(ls.mileage_km, 0) + v.km as due_km,
        greatest(coalesce(r.latest_km, 0), v.mileage_km) as latest_km, coalesce(r.latest_on, ${TODAY_UTC}) as latest_on, r.per_day
      from v left join last_service ls on ls.vehicle_id = v.vehicle_id left join rate r on r.vehicle_id = v.vehicle_id
    ), projected as (
      select b.*,
        case when b.due_km <= b.latest_km then b.latest_on
          when b.per_day > 0 then b.latest_on + ceil((b.due_km - b.latest_km) / b.per_day)::int end as km_due,
        b.latest_km + round(coalesce(b.per_day, 0) * greatest(${TODAY_UTC} - b.latest_on, 0))::int as projected_km
      from basis b
    )
    select vehicle_id, customer_id, least(time_due, coalesce(km_due, time_due)) as date, due_km as mileage, projected_km as projected_mileage,
      least(time_due, coalesce(km_due, time_due)) <= ${TODAY_UTC} or projected_km >= due_km as overdue,
      case when km_due < time_due then 'MILEAGE' else 'TIME' end as reason, last_service_on::text as last_service_on
    from projected
  ) due`;
}

const toDue = (r: DueRow): ServiceDue => ({
  vehicleDbId: r.vehicle_id,
  customerDbId: r.customer_id,
  date: String(r.date).slice(0, 10),
  mileage: Number(r.mileage),
  projectedMileage: Number(r.projected_mileage),
  overdue: Boolean(r.overdue),
  reason: r.reason === "MILEAGE" ? ServiceDueReason.MILEAGE : ServiceDueReason.TIME,
  lastServiceOn: r.last_service_on,
});

/** Each vehicle's next maintenance (those the caller may see), one statement per batch. */
export async function nextServiceDue(db: Executor, principal: Principal, vehicleIds: readonly string[]): Promise<Map<string, ServiceDue>> {
  const found = await rows<DueRow>(db, sql`select due.* from ${dueTable((v) => and(sql`${v.id} = any(${sql.param([...vehicleIds])}::uuid[])`, visibleVehicleRows(principal, v.id)))}`);
  return new Map(found.map((r) => [r.vehicle_id, toDue(r)]));
}

/** Who may list a dealership's owners due for service: staff, and the dealership itself. */
const mayListDue = (principal: Principal, dealerId: SQL): SQL =>
  principal.role === "ADMIN" || principal.role === "AGENT" ? sql`true` : principal.role === "DEALER" ? sql`${dealerId} = ${principal.dealerId}::uuid` : sql`false`;

/**
 * The service-due rows of a dealership's customers' vehicles (a relationship to it: a sale, a
 * visit, an order), as the derived table `due`, with the owned-and-visible condition: the
 * loader's and the compiled relation's (where `dealerId` is the parent row's column).
 */
export function dealerDueRows(principal: Principal, dealerId: SQL): { from: SQL; where: SQL } {
  const vehiclesOfDealer = (v: typeof dueVehicle) => sql`${mayListDue(principal, dealerId)} and exists (
    select 1 from vehicle_ownerships o join dealer_relationships dr on dr.customer_id = o.customer_id
    where o.vehicle_id = ${v.id} and o.ended_on is null and o.role = 'OWNER' and dr.dealer_id = ${dealerId})`;
  return { from: dueTable(vehiclesOfDealer), where: sql`due.customer_id is not null` };
}

/** `within` as ownersDueForService takes it, or its BAD_USER_INPUT. */
export const checkedServiceWithin = (within: number): number => checkedWithin(within, MAX_SERVICE_WITHIN_DAYS);

/** Due on or before today + `within` days (overdue ones included). */
export const serviceDueWithin = (within: number | SQL): SQL => sql`due.date <= ${TODAY_UTC} + ${within}::int`;

/** By due day, then vehicle: the loader's and the compiled page's keyset, so cursors stay interchangeable. */
export const SERVICE_DUE_ORDERING = "ownersDueForService";
export const SERVICE_DUE_KEYS = [
  { column: { derived: sql`due.date`, sqlType: "date" }, direction: "ASC" as const, value: (r: DueRow) => String(r.date).slice(0, 10) },
  { column: { derived: sql`due.vehicle_id`, sqlType: "uuid" }, direction: "ASC" as const, value: (r: DueRow) => r.vehicle_id },
];

/**
 * The current owners of vehicles due for maintenance within `within` days (overdue ones first),
 * among the dealership's customers, by due day then vehicle, keyset-paged. Staff and the
 * dealership itself; anyone else gets an empty page.
 */
export async function ownersDueForService(db: Executor, principal: Principal, dealerId: string, within: number, page: ConnectionArgs): Promise<ConnectionShape<ServiceDue>> {
  const { from, where: owned } = dealerDueRows(principal, sql`${dealerId}::uuid`);
  const condition = sql`${owned} and ${serviceDueWithin(checkedServiceWithin(within))}`;
  return paginate(
    page,
    {
      ordering: SERVICE_DUE_ORDERING,
      keys: SERVICE_DUE_KEYS,
      fetch: (where, order, limit) =>
        rows<DueRow>(db, sql`select due.* from ${from} where ${condition}${where ? sql` and ${where}` : sql``} order by ${sql.join(order, sql`, `)} limit ${limit}`),
      count: async () => {
        const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${from} where ${condition}`);
        return Number(row?.n ?? 0);
      },
    },
    toDue,
  );
}
