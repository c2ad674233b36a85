import { products } from "../db/schema/index.js";
import { columns, globalId, instants, moneyOf, type TypeProjection } from "../graphql/compiled/projection.js";

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
  },
];
