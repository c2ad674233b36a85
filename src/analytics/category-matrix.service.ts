import { sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database } from "../db/client.js";
import { categoryAndBelow } from "../catalog/catalog.service.js";
import { traitsScope } from "../customers/customers.policy.js";
import { customerTraits, orderLines, orders, productCategories, products } from "../db/schema/index.js";
import { forbidden } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { money } from "../graphql/money.js";
import { BrandPreference, CategoryUsage, type CategoryMatrix, type CategoryMatrixInput, type CustomerCategoryCell } from "./category-matrix.types.js";
import { reportPeriod } from "../validation/period.js";
import { MIN_GROUP_SIZE } from "./supplier-report.service.js";

/** The store-brand share of a buyer's category spend at or above which they prefer store brands, and at or below which national ones. */
export const STORE_BRAND_SHARE = { store: 2 / 3, national: 1 / 3 } as const;

const PREFERENCES = [BrandPreference.STORE_BRAND, BrandPreference.MIXED, BrandPreference.NATIONAL_BRAND];
const USAGES = [CategoryUsage.HEAVY, CategoryUsage.MEDIUM, CategoryUsage.LIGHT];

/**
 * Each buyer's cell in a group of products over a period, as the CTEs `bought`, `buyers` and
 * `cells` (each row with its group `grp`): the buyer's spend and store-brand share in the group,
 * the share's band, the spend's tercile among the group's buyers (ntile over spend, ties by
 * customer id). The one definition of a cell: the category matrix counts them, and
 * Customer.traits.categoryCells reads one customer's per top-level category. `join` may bring in
 * the table `group` reads (products and orders are in scope).
 */
function cellCtes(options: { group: SQL; join?: SQL; products: SQL; from: Date; to: Date }): SQL {
  return sql`bought as (
        select ${orders.customerId} as customer_id, ${options.group} as grp, ${orderLines.quantity} as quantity, ${orderLines.totalMinor} as total_minor,
          ${orderLines.currency} as currency, ${products.brandKind} as brand_kind
        from ${orderLines}
        join ${orders} on ${orders.id} = ${orderLines.orderId}
        join ${products} on ${products.id} = ${orderLines.productId}
        ${options.join ?? sql``}
        where ${options.products} and ${orders.status} <> 'CANCELLED'
          and ${orders.placedAt} >= ${options.from.toISOString()}::timestamptz and ${orders.placedAt} < ${options.to.toISOString()}::timestamptz
      ), buyers as (
        select grp, customer_id, sum(total_minor) as spend,
          coalesce(sum(total_minor) filter (where brand_kind = 'STORE')::float8 / nullif(sum(total_minor), 0), 0) as store_share
        from bought group by grp, customer_id
      ), cells as (
        select grp, customer_id, store_share,
          case when store_share >= ${STORE_BRAND_SHARE.store} then 'STORE_BRAND' when store_share <= ${STORE_BRAND_SHARE.national} then 'NATIONAL_BRAND' else 'MIXED' end as preference,
          case ntile(3) over (partition by grp order by spend, customer_id) when 3 then 'HEAVY' when 2 then 'MEDIUM' else 'LIGHT' end as usage
        from buyers
      )`;
}

/**
 * The 9-cell matrix of a category (and its subcategories) over a period, in one grouped
 * statement over the cells of `cellCtes`: per cell the buyers, units and revenue. Staff see
 * every cell; a supplier sees the same figures with cells of fewer than MIN_GROUP_SIZE buyers
 * suppressed, as the sales report does. No row names a customer.
 */
export async function categoryMatrix(db: Database, principal: Principal, input: CategoryMatrixInput): Promise<CategoryMatrix> {
  if (!["ADMIN", "AGENT", "SUPPLIER"].includes(principal.role)) throw forbidden("The category matrix is for staff and suppliers");
  const categoryId = expectGlobalId(input.categoryId, "ProductCategory", "input.categoryId");
  const { from, to } = reportPeriod(input.period, "input.period");

  const found = await rows<{ preference: BrandPreference; usage: CategoryUsage; currency: string; buyers: number; units: number; revenue: string }>(
    db,
    sql`with ${cellCtes({ group: sql`0`, products: sql`${products.categoryId} in ${categoryAndBelow(categoryId)}`, from, to })}
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

/**
 * Each customer's cell per top-level category they bought in over the last 12 months (the
 * category matrix's default period and definitions, subcategories counted with their top), for
 * a batch of customers in one statement. Usage is relative to every buyer of the category, so
 * it is computed when read, over all of the period's lines of those categories: never stale, and
 * one statement per batch (a page of 50 customers is one). Within the traits' scope
 * (`traitsScope`): staff anyone's, a customer their own, other callers none.
 */
export async function categoryCellsOf(db: Database, principal: Principal, customerIds: readonly string[]): Promise<Map<string, CustomerCategoryCell[]>> {
  const byCustomer = new Map<string, CustomerCategoryCell[]>();
  if (customerIds.length === 0) return byCustomer;
  const { from, to } = reportPeriod(undefined, "period");
  const asked = sql`${customerTraits.customerId} = any(${sql.param([...customerIds])}::uuid[]) and ${traitsScope(principal) ?? sql`true`}`;
  const found = await rows<{ customer_id: string; category_id: string; category_name: string; preference: BrandPreference; usage: CategoryUsage; store_share: number }>(
    db,
    sql`with recursive visible as (
        select ${customerTraits.customerId} as id from ${customerTraits} where ${asked}
      ), tops as (
        select id, id as top_id from ${productCategories} where parent_id is null
        union all select c.id, tops.top_id from ${productCategories} c join tops on c.parent_id = tops.id
      ), theirs as (
        select distinct tops.top_id from ${orders}
        join ${orderLines} on ${orderLines.orderId} = ${orders.id}
        join ${products} on ${products.id} = ${orderLines.productId}
        join tops on tops.id = ${products.categoryId}
        where ${orders.customerId} in (select id from visible) and ${orders.status} <> 'CANCELLED'
          and ${orders.placedAt} >= ${from.toISOString()}::timestamptz and ${orders.placedAt} < ${to.toISOString()}::timestamptz
      ), ${cellCtes({
        group: sql`tops.top_id`,
        join: sql`join tops on tops.id = ${products.categoryId}`,
        products: sql`tops.top_id in (select top_id from theirs)`,
        from,
        to,
      })}
      select cells.customer_id, cells.grp as category_id, pc.name as category_name, cells.preference, cells.usage, cells.store_share
      from cells join ${productCategories} pc on pc.id = cells.grp
      where cells.customer_id in (select id from visible)
      order by pc.name, pc.id`,
  );
  for (const r of found) {
    const cells = byCustomer.get(r.customer_id) ?? [];
    cells.push({ categoryId: toGlobalId("ProductCategory", r.category_id), categoryName: r.category_name, brandPreference: r.preference, usage: r.usage, storeBrandShare: Math.round(Number(r.store_share) * 100) / 100 });
    byCustomer.set(r.customer_id, cells);
  }
  return byCustomer;
}
