import { productCategories, products } from "../db/schema/index.js";
import { categoryEntity, categoryRelations, productEntity, productRelations } from "./catalog.declaration.js";
import { productScope, referenceDataScope } from "./catalog.policy.js";
import { lookupById, lookupByKey, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { COMPUTED_KEYS, productConditions, productKeys } from "./catalog.service.js";
import { ProductOrderField, type ProductFilter, type ProductOrder } from "./catalog.types.js";

/** The compiled read path's view of the catalogue (graphql/compiled), as declared in catalog.declaration.ts. */
export const catalogProjections: TypeProjection[] = [productEntity.projection, categoryEntity.projection, productRelations.projection, categoryRelations.projection];

const listed: RootList = rootList<ProductFilter>({
  type: "Product",
  table: products,
  idColumn: products.id,
  keys: (args) => productKeys(args.orderBy as ProductOrder | null | undefined),
  where: productConditions,
});

/**
 * products(first, after, last, before, filter, orderBy): listProducts' conditions, ordering and
 * keyset, the filter's values bound per request. The computed orderings (RATING, POPULARITY) are
 * left to the resolver: their keys are expressions, not columns.
 */
export const productList: RootList = {
  ...listed,
  rows: (principal, args, param) => (COMPUTED_KEYS[(args.orderBy as ProductOrder | null | undefined)?.field ?? ProductOrderField.NAME] ? null : listed.rows(principal, args, param)),
};

/** node(id:) of a product or category, within the catalogue's scope (the loaders'). */
export const catalogLookups: RootLookup[] = [
  lookupById("Product", products, products.id, productScope),
  lookupById("ProductCategory", productCategories, productCategories.id, referenceDataScope),
];

/** product(sku:), as productBySku reads it. */
export const productBySkuLookup = lookupByKey("Product", products, products.id, { argument: "sku", column: products.sku }, productScope);
