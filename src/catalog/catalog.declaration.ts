import { productCategories, products } from "../db/schema/index.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { globalId, key, money } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { one, relations } from "../graphql/declare/relations.js";
import { supplierLookup } from "../organisations/organisations.declaration.js";
import { productScope, referenceDataScope } from "./catalog.policy.js";
import { Product, ProductCategory } from "./catalog.types.js";

/**
 * Products and categories, each field and relation declared once (graphql/declare), and their
 * lookups by id: the loaders every field pointing at a product uses, and the compiled relations.
 */
export const productEntity = entity(Product, products, {
  id: globalId("Product", products.id),
  dbId: key(products.id),
  categoryDbId: key(products.categoryId),
  supplierDbId: key(products.supplierId),
  ...columns(products, ["sku", "ean", "name", "description", "brand", "brandKind", "active"]),
  price: money(products.priceMinor, products.currency),
  ...instants(products, ["availableFrom"]),
});

export const categoryEntity = entity(ProductCategory, productCategories, {
  id: globalId("ProductCategory", productCategories.id),
  dbId: key(productCategories.id),
  parentDbId: key(productCategories.parentId),
  ...columns(productCategories, ["slug", "name", "returnWindowDays"]),
});

export type ProductRow = typeof products.$inferSelect;
export const toProduct = productEntity.toNode;

export const productLookup = lookup(productEntity, { key: products.id, scope: productScope });
export const categoryLookup = lookup(categoryEntity, { key: productCategories.id, scope: referenceDataScope });

export const productRelations = relations("Product", {
  category: one(categoryLookup, products.categoryId),
  supplier: one(supplierLookup, products.supplierId),
});

/** A category's parent (null at the top), read from the same table under another name (lookup.ts). */
export const categoryRelations = relations("ProductCategory", { parent: one(categoryLookup, productCategories.parentId) });
