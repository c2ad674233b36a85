import { sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database } from "../db/client.js";
import { categoryAndBelow } from "../catalog/catalog.service.js";
import { orderLines, orders, products } from "../db/schema/index.js";
import { forbidden } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { money } from "../graphql/money.js";
import { BrandPreference, CategoryUsage, type CategoryMatrix, type CategoryMatrixInput } from "./category-matrix.types.js";
import { MIN_GROUP_SIZE, reportPeriod } from "./supplier-report.service.js";

/** The store-brand share of a buyer's category spend at or above which they prefer store brands, and at or below which national ones. */
export const STORE_BRAND_SHARE = { store: 2 / 3, national: 1 / 3 } as const;

const PREFERENCES = [BrandPreference.STORE_BRAND, BrandPreference.MIXED, BrandPreference.NATIONAL_BRAND];
const USAGES = [CategoryUsage.HEAVY, CategoryUsage.MEDIUM, CategoryUsage.LIGHT];

/**
 * The 9-cell matrix of a category (and its subcategories) over a period, in one grouped
 * statement: each buyer's spend and store-brand share there, the share's band, the spend's
 * tercile among the category's buyers (ntile over spend, ties by customer id), then per cell the
 * buyers, units and revenue. Staff see every cell; a supplier sees the same figures with cells of
 * fewer than MIN_GROUP_SIZE buyers suppressed, as the sales report does. No row names a customer.
 */
export async function categoryMatrix(db: Database, principal: Principal, input: CategoryMatrixInput): Promise<CategoryMatrix> {
  if (!["ADMIN", "AGENT", "SUPPLIER"].includes(principal.role)) throw forbidden("The category matrix is for staff and suppliers");
  const categoryId = expectGlobalId(input.categoryId, "ProductCategory", "input.categoryId");
  const { from, to } = reportPeriod(input.period, "input.period");

  const found = await rows<{ preference: BrandPreference; usage: CategoryUsage; currency: string; buyers: number; units: number; revenue: string }>(
    db,
    sql`with bought as (
        select ${orders.customerId} as customer_id, ${orderLines.quantity} as quantity, ${orderLines.totalMinor} as total_minor,
          ${orderLines.currency} as currency, ${products.brandKind} as brand_kind
        from ${orderLines}
        join ${orders} on ${orders.id} = ${orderLines.orderId}
        join ${products} on ${products.id} = ${orderLines.productId}
        where ${products.categoryId} in ${categoryAndBelow(categoryId)} and ${orders.status} <> 'CANCELLED'
          and ${orders.placedAt} >= ${from.toISOString()}::timestamptz and ${orders.placedAt} < ${to.toISOString()}::timestamptz
      ), buyers as (
        select customer_id, sum(total_minor) as spend,
          coalesce(sum(total_minor) filter (where brand_kind = 'STORE')::float8 / nullif(sum(total_minor), 0), 0) as store_share
        from bought group by customer_id
      ), cells as (
        select customer_id,
          case when store_share >= ${STORE_BRAND_SHARE.store} then 'STORE_BRAND' when store_share <= ${STORE_BRAND_SHARE.national} then 'NATIONAL_BRAND' else 'MIXED' end as preference,
          case ntile(3) over (order by spend, customer_id) when 3 then 'HEAVY' when 2 then 'MEDIUM' else 'LIGHT' end as usage
        from buyers
      )
      select cells.preference, cells.usage, bought.currency, count(distinct cells.customer_id)::int as buyers,
        sum(bought.quantity)::int as units, sum(bought.total_minor)::bigint as revenue
      from cells join bought on bought.customer_id = cells.customer_id
      group by cells.preference, cells.usage, bought.currency`,
  );

  const suppress = principal.role === "SUPPLIER";
  let total = 0;
  const cells = PREFERENCES.flatMap((brandPreference) =>
    USAGES.map((usage) => {
      const here = found.filter((r) => r.preference === brandPreference && r.usage === usage);
      // A buyer's lines share a currency in practice; counting per currency could count one twice, so the most is the cell's.
      const buyers = here.reduce((most, r) => Math.max(most, Number(r.buyers)), 0);
      total += buyers;
      const hidden = suppress && buyers < MIN_GROUP_SIZE;
      return {
        brandPreference,
        usage,
        suppressed: hidden,
        customers: hidden ? null : buyers,
        units: hidden ? null : here.reduce((n, r) => n + Number(r.units), 0),
        revenue: hidden ? null : here.map((r) => money(Number(r.revenue), r.currency)),
      };
    }),
  );
  return { categoryId: input.categoryId, from, to, buyers: total, minimumGroupSize: MIN_GROUP_SIZE, cells };
}
