import { productCategories, products } from "../db/schema/index.js";
import { categoryEntity, categoryRelations, productEntity, productRelations } from "./catalog.declaration.js";
import { productScope, referenceDataScope } from "./catalog.policy.js";
import { lookupById, lookupByKey, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { COMPUTED_KEYS, COMPUTED_TYPES, productConditions, productKeys } from "./catalog.service.js";
import { ProductOrderField, type ProductFilter, type ProductOrder } from "./catalog.types.js";

/** The compiled read path's view of the catalogue (graphql/compiled), as declared in catalog.declaration.ts. */
export const catalogProjections: TypeProjection[] = [productEntity.projection, categoryEntity.projection, productRelations.projection, categoryRelations.projection];

/**
 * products(first, after, last, before, filter, orderBy): listProducts' conditions, ordering and
 * keyset, the filter's values bound per request. A computed key (RATING, POPULARITY) is the same
 * expression on both paths, correlated with the listed product here as a derived key.
 */
export const productList: RootList = rootList<ProductFilter>({
  type: "Product",
  table: products,
  idColumn: products.id,
  keys: (args) => {
    const order = args.orderBy as ProductOrder | null | undefined;
    const { ordering, keys } = productKeys(order);
    const computed = COMPUTED_KEYS[order?.field ?? ProductOrderField.NAME];
    return { ordering, keys: computed ? keys.map((k, i) => (i === 0 ? { column: { derived: computed, sqlType: COMPUTED_TYPES[order!.field]! }, direction: k.direction } : k)) : keys };
  },
  where: productConditions,
});

/** node(id:) of a product or category, within the catalogue's scope (the loaders'). */
export const catalogLookups: RootLookup[] = [
  lookupById("Product", products, products.id, productScope),
  lookupById("ProductCategory", productCategories, productCategories.id, referenceDataScope),
];

/** product(sku:), as productBySku reads it. */
export const productBySkuLookup = lookupByKey("Product", products, products.id, { argument: "sku", column: products.sku }, productScope);
