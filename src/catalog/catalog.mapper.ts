import type { productCategories, products } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { money } from "../graphql/money.js";
import { Product, ProductCategory } from "./catalog.types.js";

export type ProductRow = typeof products.$inferSelect;
export type CategoryRow = typeof productCategories.$inferSelect;

export const toProduct = (r: ProductRow): Product =>
  Object.assign(new Product(), {
    id: toGlobalId("Product", r.id),
    dbId: r.id,
    categoryDbId: r.categoryId,
    supplierDbId: r.supplierId,
    sku: r.sku,
    name: r.name,
    description: r.description,
    brand: r.brand,
    brandKind: r.brandKind,
    price: money(r.priceMinor, r.currency),
    active: r.active,
    availableFrom: r.availableFrom,
  });

export const toCategory = (r: CategoryRow): ProductCategory =>
  Object.assign(new ProductCategory(), {
    id: toGlobalId("ProductCategory", r.id),
    dbId: r.id,
    parentDbId: r.parentId,
    slug: r.slug,
    name: r.name,
    returnWindowDays: r.returnWindowDays,
  });
