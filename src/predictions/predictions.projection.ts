import { and, eq, sql, type SQL } from "drizzle-orm";
import { customers, dealers, repurchasePredictions, vehicles } from "../db/schema/index.js";
import { categoryLookup, productLookup } from "../catalog/catalog.declaration.js";
import { visibleCustomerRows } from "../customers/customers.policy.js";
import { customerById } from "../customers/customers.declaration.js";
import { visibleVehicleRows } from "../customers/history.policy.js";
import type { ConnectionFilter, TypeProjection } from "../graphql/compiled/projection.js";
import { vehicleLookup } from "../vehicles/vehicles.declaration.js";
import { TODAY_UTC } from "../db/patterns.js";
import { checkedWithin, DUE_SOON_KEYS, DUE_SOON_ORDERING, dueWithin } from "./repurchase.service.js";
import { checkedServiceWithin, dealerDueRows, dueTable, SERVICE_DUE_KEYS, SERVICE_DUE_ORDERING, serviceDueWithin } from "./service-due.service.js";

const p = repurchasePredictions;

const due = (column: string) => sql.raw(`due.${column}`);

/**
 * A `within` argument (days ahead of today) as a connection's filter: checked as the loader checks
 * it (a value out of range leaves the request to the resolver's BAD_USER_INPUT), bound per request.
 */
const withinFilter = (checked: (within: number) => number, condition: (within: number) => SQL): ConnectionFilter => ({
  argument: "within",
  shape: () => "within",
  where: (_within: never, value) => condition(value((within: number) => checked(within)) as number),
});

/**
 * The compiled read path's view of Customer.dueSoon (the loader's conditions and keyset, `within`
 * bound per request; a value out of range leaves the request to the resolver's BAD_USER_INPUT) and
 * of Vehicle.nextServiceDue and Dealer.ownersDueForService: the loader's derived table (dueTable)
 * for the one vehicle being read, correlated with `vehicles.id` and in the loader's scope; its
 * vehicle and owner through the lookups their loaders use.
 */
export const predictionProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      dueSoon: {
        shape: "connection",
        type: "DueItem",
        tables: [p],
        rows: (principal) => ({ from: sql`${p}`, where: and(eq(p.customerId, customers.id), visibleCustomerRows(principal, p.customerId)) }),
        ordering: DUE_SOON_ORDERING,
        keys: DUE_SOON_KEYS,
        filter: withinFilter(checkedWithin, dueWithin),
      },
    },
  },
  {
    type: "DueItem",
    leaves: { expectedOn: sql`${p.expectedOn}::text`, lowOn: sql`${p.lowOn}::text`, highOn: sql`${p.highOn}::text`, overdue: sql`${p.expectedOn} < ${TODAY_UTC}` },
    values: {
      evidence: {
        purchases: sql`${p.purchases}`,
        lastPurchases: sql`${p.lastPurchases}`,
        lastQuantity: sql`${p.lastQuantity}`,
        ownIntervalDays: sql`${p.ownDays}`,
        populationIntervalDays: sql`${p.populationDays}`,
        ownWeight: sql`${p.weight}`,
      },
    },
    relations: { product: productLookup.from(p.productId), category: categoryLookup.from(p.categoryId) },
  },
  {
    type: "Vehicle",
    leaves: {},
    relations: {
      nextServiceDue: {
        shape: "one",
        type: "ServiceDue",
        // The derived table names its own vehicles row `due_vehicle`: it may stand below `vehicles`.
        tables: [],
        rows: (principal) => ({ from: dueTable((v) => and(eq(v.id, vehicles.id), visibleVehicleRows(principal, v.id))), where: undefined }),
      },
    },
  },
  {
    type: "Dealer",
    leaves: {},
    relations: {
      ownersDueForService: {
        shape: "connection",
        type: "ServiceDue",
        tables: [],
        rows: (principal) => dealerDueRows(principal, sql`${dealers.id}`),
        ordering: SERVICE_DUE_ORDERING,
        keys: SERVICE_DUE_KEYS,
        filter: withinFilter(checkedServiceWithin, serviceDueWithin),
      },
    },
  },
  {
    type: "ServiceDue",
    leaves: {
      date: sql`${due("date")}::text`,
      mileage: due("mileage"),
      projectedMileage: due("projected_mileage"),
      overdue: due("overdue"),
      reason: due("reason"),
      lastServiceOn: due("last_service_on"),
    },
    relations: {
      vehicle: vehicleLookup.from(due("vehicle_id")),
      owner: customerById.from(due("customer_id")),
    },
  },
];
