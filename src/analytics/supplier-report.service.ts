import { reportPeriod } from "../validation/period.js";
import { and, avg, countDistinct, eq, gte, lt, ne, sql, sum, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customers, orderLines, orders, products, returnLines, reviews } from "../db/schema/index.js";
import { badInput, forbidden } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { money, type Money } from "../graphql/money.js";
import { SalesDimension, type SupplierSalesFilter, type SupplierSalesReport, type SupplierSalesRow } from "./supplier-report.types.js";

/** k-anonymity threshold: a group of fewer distinct customers could point at a person. */
export const MIN_GROUP_SIZE = 5;

const returned = sql<number>`coalesce((select sum(${returnLines.quantity}) from ${returnLines} where ${returnLines.orderLineId} = ${orderLines.id}), 0)`;

/** Each dimension's expressions; nothing here names or identifies a customer. */
const DIMENSIONS: Record<SalesDimension, Record<string, SQL>> = {
  MONTH: { month: sql<string>`to_char(${orders.placedAt} at time zone 'UTC', 'YYYY-MM')` },
  REGION: { region: sql<string>`coalesce(${orders.deliveryAddress}->>'province', 'UNKNOWN')` },
  CUSTOMER_KIND: { customerKind: sql<string>`${customers.kind}` },
  TIER: { tier: sql<string | null>`${customers.tier}` },
  PRODUCT: { productDbId: sql<string>`${products.id}`, productSku: sql<string>`${products.sku}` },
};

function supplierOf(principal: Principal, filter: SupplierSalesFilter): string | null {
  const asked = filter.supplierId ? expectGlobalId(filter.supplierId, "Supplier", "filter.supplierId") : null;
  if (principal.role === "ADMIN") {
    if (!asked) throw badInput("filter.supplierId", "Name the supplier to report on");
    return asked;
  }
  if (principal.role !== "SUPPLIER") throw forbidden("Sales reports are for suppliers and administrators");
  // Another supplier's products are simply not among one's own: the report is empty, not an error.
  return !asked || asked === principal.supplierId ? principal.supplierId : null;
}

/**
 * A supplier's sales of its own products, broken down by the chosen dimensions, de-identified:
 * rows carry no customer attribute finer than kind, tier and province, and any group with fewer
 * than k distinct customers is suppressed (counted, not shown) so totals stay honest.
 */
export async function supplierSalesReport(db: Database, principal: Principal, filter: SupplierSalesFilter): Promise<SupplierSalesReport> {
  const supplierId = supplierOf(principal, filter);
  const { from, to } = reportPeriod(filter.period, "filter.period");
  const dimensions = [...new Set(filter.groupBy ?? [])];

  const report: SupplierSalesReport = {
    // Null only when another supplier's id was asked for: echo it back, with nothing in it.
    supplierId: filter.supplierId ?? toGlobalId("Supplier", supplierId!),
    from,
    to,
    minimumGroupSize: MIN_GROUP_SIZE,
    rows: [],
    suppressedGroups: 0,
    suppressedUnits: 0,
    totalUnits: 0,
    totalRevenue: [],
  };
  if (!supplierId) return report;

  const groupColumns: Record<string, SQL> = Object.assign({ currency: sql<string>`${orderLines.currency}` }, ...dimensions.map((d) => DIMENSIONS[d]));
  const groups = await db
    .select({
      ...groupColumns,
      units: sql<number>`${sum(orderLines.quantity)}::int`,
      revenueMinor: sql<number>`${sum(orderLines.totalMinor)}::bigint`,
      returnedUnits: sql<number>`sum(${returned})::int`,
      averageRating: sql<number | null>`${avg(reviews.stars)}::float8`,
      customerCount: sql<number>`${countDistinct(orders.customerId)}::int`,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .leftJoin(reviews, eq(reviews.orderLineId, orderLines.id))
    .where(and(eq(products.supplierId, supplierId), gte(orders.placedAt, from), lt(orders.placedAt, to), ne(orders.status, "CANCELLED")))
    .groupBy(...Object.values(groupColumns))
    .orderBy(...Object.values(groupColumns));

  const revenue = new Map<string, number>();
  for (const group of groups as unknown as Record<string, unknown>[]) {
    const units = Number(group.units);
    const revenueMinor = Number(group.revenueMinor);
    const currency = String(group.currency);
    report.totalUnits += units;
    revenue.set(currency, (revenue.get(currency) ?? 0) + revenueMinor);
    if (Number(group.customerCount) < MIN_GROUP_SIZE) {
      report.suppressedGroups += 1;
      report.suppressedUnits += units;
      continue;
    }
    report.rows.push(toRow(group, units, money(revenueMinor, currency)));
  }
  report.totalRevenue = [...revenue].map(([currency, amount]) => money(amount, currency));
  return report;
}

function toRow(group: Record<string, unknown>, units: number, revenue: Money): SupplierSalesRow {
  const text = (key: string) => (group[key] == null ? null : String(group[key]));
  return {
    month: text("month"),
    region: text("region"),
    customerKind: text("customerKind") as SupplierSalesRow["customerKind"],
    tier: text("tier") as SupplierSalesRow["tier"],
    productId: group.productDbId ? toGlobalId("Product", String(group.productDbId)) : null,
    productSku: text("productSku"),
    units,
    revenue,
    returnedUnits: Number(group.returnedUnits),
    averageRating: group.averageRating == null ? null : Math.round(Number(group.averageRating) * 100) / 100,
    customerCount: Number(group.customerCount),
  };
}
