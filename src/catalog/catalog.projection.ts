import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { productCategories, products } from "../db/schema/index.js";
import { categoryEntity, productEntity, productRelations } from "./catalog.declaration.js";
import { productScope, referenceDataScope } from "./catalog.policy.js";
import { lookupById, lookupByKey, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { productConditions, productKeys } from "./catalog.service.js";
import type { ProductFilter, ProductOrder } from "./catalog.types.js";

/** A category's parent, read under its own name (ProductCategory.parent). */
const parentCategory = alias(productCategories, "parent_category");

/**
 * The compiled read path's view of the catalogue (graphql/compiled): as declared in
 * catalog.declaration.ts, and ProductCategory.parent, a raw relation (the same table under
 * another name, which a declared lookup cannot read yet).
 */
export const catalogProjections: TypeProjection[] = [
  productEntity.projection,
  categoryEntity.projection,
  productRelations.projection,
  {
    type: "ProductCategory",
    leaves: {},
    relations: {
      // The parent is read from the same table: the subquery reads it under another name and
      // keeps the table's own name outside, for the ProductCategory leaves (one level; a
      // grandparent repeats that name on the path and is left to the resolvers).
      parent: {
        shape: "one",
        type: "ProductCategory",
        tables: [parentCategory],
        rows: (principal: Principal) => ({
          from: sql`(select ${parentCategory}.* from ${productCategories} ${parentCategory}
            where ${and(eq(parentCategory.id, productCategories.parentId), referenceDataScope(principal))}) ${productCategories}`,
          where: undefined,
        }),
      },
    },
  },
];

/** products(first, after, last, before, filter, orderBy): listProducts' conditions, ordering and keyset, the filter's values bound per request. */
export const productList: RootList = rootList<ProductFilter>({
  type: "Product",
  table: products,
  idColumn: products.id,
  keys: (args) => productKeys(args.orderBy as ProductOrder | null | undefined),
  where: productConditions,
});

/** node(id:) of a product or category, within the catalogue's scope (the loaders'). */
export const catalogLookups: RootLookup[] = [
  lookupById("Product", products, products.id, productScope),
  lookupById("ProductCategory", productCategories, productCategories.id, referenceDataScope),
];

/** product(sku:), as productBySku reads it. */
export const productBySkuLookup = lookupByKey("Product", products, products.id, { argument: "sku", column: products.sku }, productScope);
