import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { byKeyLoader } from "../graphql/loader.js";
import { toCategory, toProduct } from "./catalog.mapper.js";
import { categoriesByIds, productsByIds } from "./catalog.service.js";

export function createCatalogLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    product: byKeyLoader(async (ids: readonly string[]) => (await productsByIds(db, principal, ids)).map(toProduct), (p) => p.dbId, options),
    category: byKeyLoader(async (ids: readonly string[]) => (await categoriesByIds(db, principal, ids)).map(toCategory), (c) => c.dbId, options),
  };
}
