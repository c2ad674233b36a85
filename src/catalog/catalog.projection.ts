import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { productCategories, products, suppliers } from "../db/schema/index.js";
import { organisationScope } from "../organisations/organisations.policy.js";
import { productScope, referenceDataScope } from "./catalog.policy.js";
import { columns, globalId, instants, lookupById, lookupByKey, moneyOf, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";

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
  { type: "ProductCategory", leaves: { id: globalId("ProductCategory", productCategories.id), ...columns(productCategories, ["slug", "name", "returnWindowDays"]) } },
];

/** node(id:) of a product or category, within the catalogue's scope (the loaders'). */
export const catalogLookups: RootLookup[] = [
  lookupById("Product", products, products.id, productScope),
  lookupById("ProductCategory", productCategories, productCategories.id, referenceDataScope),
];

/** product(sku:), as productBySku reads it. */
export const productBySkuLookup = lookupByKey("Product", products, products.id, { argument: "sku", column: products.sku }, productScope);
