import { and, count, eq, getTableColumns, gte, ilike, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { containsPattern } from "../db/patterns.js";
import { categoryAndBelow } from "../db/category-tree.js";
import { orderLines, orders, productRatings, products } from "../db/schema/index.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { given, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { SortDirection } from "../graphql/sort.js";
import { badInput } from "../errors.js";
import { toProduct, type ProductRow } from "./catalog.declaration.js";
import { productScope } from "./catalog.policy.js";
import { ProductOrderField, type ProductFilter, type ProductOrder } from "./catalog.types.js";

/** The price a filter starts from: not below zero. */
function lowestPrice(minPriceMinor: number): number {
  if (minPriceMinor < 0) throw badInput("filter.minPriceMinor", "must not be negative");
  return minPriceMinor;
}

/** A category and its subcategories as one subquery (declared in db/category-tree.ts, which the customer filter reads too). */
export { categoryAndBelow };

/** The catalogue list's conditions, shared by the resolver and the compiled read path (values bound per request there). */
export function productConditions(principal: Principal, filter: ProductFilter | null | undefined, value: FilterValues<ProductFilter> = valuesOf(filter!)): SQL | undefined {
  const conditions: (SQL | undefined)[] = [productScope(principal)];
  if (!filter) return and(...conditions);
  if (given(filter.search)) {
    const pattern = value((f) => containsPattern(f.search!));
    conditions.push(or(ilike(products.name, pattern), ilike(products.sku, pattern), ilike(products.brand, pattern)));
  }
  if (given(filter.categoryId)) {
    const categoryId = value((f) => expectGlobalId(f.categoryId!, "ProductCategory", "filter.categoryId"));
    conditions.push(inArray(products.categoryId, categoryAndBelow(categoryId)));
  }
  if (given(filter.supplierId)) conditions.push(eq(products.supplierId, value((f) => expectGlobalId(f.supplierId!, "Supplier", "filter.supplierId"))));
  if (given(filter.brandKind)) conditions.push(eq(products.brandKind, value((f) => f.brandKind!)));
  if (given(filter.minPriceMinor)) conditions.push(gte(products.priceMinor, value((f) => lowestPrice(f.minPriceMinor!))));
  if (given(filter.maxPriceMinor)) conditions.push(lte(products.priceMinor, value((f) => f.maxPriceMinor!)));
  return and(...conditions);
}

/** The recent period popularity counts units sold in. */
export const POPULARITY_DAYS = 30;

/**
 * Sort keys computed per product (the rating kept in product_ratings, units sold lately), never
 * null so that the keyset can compare them: no rating counts as 0, no sale as 0.
 */
export const COMPUTED_KEYS: Partial<Record<ProductOrderField, SQL>> = {
  [ProductOrderField.RATING]: sql`coalesce((select ${productRatings.average} from ${productRatings} where ${productRatings.productId} = ${products.id}), 0)::float8`,
  [ProductOrderField.POPULARITY]: sql`coalesce((select sum(${orderLines.quantity}) from ${orderLines} join ${orders} on ${orders.id} = ${orderLines.orderId}
    where ${orderLines.productId} = ${products.id} and ${orders.status} <> 'CANCELLED' and ${orders.placedAt} >= now() - make_interval(days => ${sql.raw(String(POPULARITY_DAYS))})), 0)::int`,
};

/** The SQL types of the computed keys, as the compiled keyset casts cursor values. */
export const COMPUTED_TYPES: Partial<Record<ProductOrderField, string>> = { [ProductOrderField.RATING]: "float8", [ProductOrderField.POPULARITY]: "integer" };

export type ListedProduct = ProductRow & { sortKey?: number };

export function productKeys(order: ProductOrder | null | undefined): { ordering: string; keys: KeysetKey<ListedProduct>[] } {
  const field = order?.field ?? ProductOrderField.NAME;
  const direction = order?.direction ?? SortDirection.ASC;
  const computed = COMPUTED_KEYS[field];
  // Compared as an expression: drizzle's operators and the keyset take SQL where they take a column.
  const first: KeysetKey<ListedProduct> = computed
    ? { column: computed as unknown as AnyPgColumn, direction, value: (r) => Number(r.sortKey) }
    : field === ProductOrderField.PRICE
      ? { column: products.priceMinor, direction, value: (r) => r.priceMinor }
      : field === ProductOrderField.CREATED_AT
        ? { column: products.createdAt, direction, value: (r) => r.createdAt }
        : { column: products.name, direction, value: (r) => r.name };
  return { ordering: `${field}_${direction}`, keys: [first, { column: products.id, direction, value: (r) => r.id }] };
}

export function listProducts(
  db: Database,
  principal: Principal,
  filter: ProductFilter | null | undefined,
  order: ProductOrder | null | undefined,
  args: ConnectionArgs,
) {
  const where = productConditions(principal, filter);
  const computed = COMPUTED_KEYS[order?.field ?? ProductOrderField.NAME];
  const columns = computed ? { ...getTableColumns(products), sortKey: sql<number>`${computed}` } : getTableColumns(products);
  return paginate(
    args,
    {
      ...productKeys(order),
      fetch: (after, orderBy, limit) => db.select(columns).from(products).where(and(where, after)).orderBy(...orderBy).limit(limit) as Promise<ListedProduct[]>,
      count: async () => (await db.select({ n: count() }).from(products).where(where))[0]!.n,
    },
    toProduct,
  );
}

export async function productBySku(db: Database, principal: Principal, sku: string) {
  const [row] = await db.select().from(products).where(and(productScope(principal), eq(products.sku, sku)));
  return row ? toProduct(row) : null;
}
