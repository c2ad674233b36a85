import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { productCategories, products, suppliers } from "../db/schema/index.js";
import { organisationScope } from "../organisations/organisations.policy.js";
import { referenceDataScope } from "./catalog.policy.js";
import { columns, globalId, instants, moneyOf, type RootList, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { productConditions, productKeys } from "./catalog.service.js";
import type { ProductFilter, ProductOrder } from "./catalog.types.js";

/** A category's parent, read under its own name (ProductCategory.parent). */
const parentCategory = alias(productCategories, "parent_category");

/** The compiled read path's view of the catalogue (graphql/compiled). */
export const catalogProjections: TypeProjection[] = [
  {
    type: "Product",
    leaves: {
      id: globalId("Product", products.id),
      ...columns(products, ["sku", "name", "description", "brand", "brandKind", "active"]),
      ...instants(products, ["availableFrom"]),
    },
    values: { price: moneyOf(products.priceMinor, products.currency) },
    relations: {
      category: {
        shape: "one",
        type: "ProductCategory",
        tables: [productCategories],
        rows: (principal: Principal) => ({ from: sql`${productCategories}`, where: and(eq(productCategories.id, products.categoryId), referenceDataScope(principal)) }),
      },
      supplier: {
        shape: "one",
        type: "Supplier",
        tables: [suppliers],
        rows: (principal: Principal) => ({ from: sql`${suppliers}`, where: and(eq(suppliers.id, products.supplierId), organisationScope(principal)) }),
      },
    },
  },
  {
    type: "ProductCategory",
    leaves: { id: globalId("ProductCategory", productCategories.id), ...columns(productCategories, ["slug", "name", "returnWindowDays"]) },
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
