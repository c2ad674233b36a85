import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { categoryLookup, productLookup } from "./catalog.declaration.js";

export function createCatalogLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    product: productLookup.loader(db, principal, options),
    category: categoryLookup.loader(db, principal, options),
  };
}
