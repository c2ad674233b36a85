import { and, count, eq, gte, ilike, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { containsPattern } from "../db/patterns.js";
import { productCategories, products } from "../db/schema/index.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { SortDirection } from "../graphql/sort.js";
import { badInput } from "../errors.js";
import { toProduct, type ProductRow } from "./catalog.declaration.js";
import { productScope } from "./catalog.policy.js";
import { ProductOrderField, type ProductFilter, type ProductOrder } from "./catalog.types.js";

function productConditions(principal: Principal, filter: ProductFilter | null | undefined): SQL | undefined {
  const conditions: (SQL | undefined)[] = [productScope(principal)];
  if (!filter) return and(...conditions);
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    conditions.push(or(ilike(products.name, pattern), ilike(products.sku, pattern), ilike(products.brand, pattern)));
  }
  if (filter.categoryId) {
    const categoryId = expectGlobalId(filter.categoryId, "ProductCategory", "filter.categoryId");
    conditions.push(
      inArray(
        products.categoryId,
        sql`(with recursive tree as (
              select id from ${productCategories} where id = ${categoryId}
              union all select c.id from ${productCategories} c join tree on c.parent_id = tree.id)
            select id from tree)`,
      ),
    );
  }
  if (filter.supplierId) conditions.push(eq(products.supplierId, expectGlobalId(filter.supplierId, "Supplier", "filter.supplierId")));
  if (filter.brandKind) conditions.push(eq(products.brandKind, filter.brandKind));
  if (filter.minPriceMinor != null) {
    if (filter.minPriceMinor < 0) throw badInput("filter.minPriceMinor", "must not be negative");
    conditions.push(gte(products.priceMinor, filter.minPriceMinor));
  }
  if (filter.maxPriceMinor != null) conditions.push(lte(products.priceMinor, filter.maxPriceMinor));
  return and(...conditions);
}

function productKeys(order: ProductOrder | null | undefined): { ordering: string; keys: KeysetKey<ProductRow>[] } {
  const field = order?.field ?? ProductOrderField.NAME;
  const direction = order?.direction ?? SortDirection.ASC;
  const first: KeysetKey<ProductRow> =
    field === ProductOrderField.PRICE
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
  return paginate(
    args,
    {
      ...productKeys(order),
      fetch: (after, orderBy, limit) => db.select().from(products).where(and(where, after)).orderBy(...orderBy).limit(limit),
      count: async () => (await db.select({ n: count() }).from(products).where(where))[0]!.n,
    },
    toProduct,
  );
}

export async function productBySku(db: Database, principal: Principal, sku: string) {
  const [row] = await db.select().from(products).where(and(productScope(principal), eq(products.sku, sku)));
  return row ? toProduct(row) : null;
}
