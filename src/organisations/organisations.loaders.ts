import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { byKeyLoader } from "../graphql/loader.js";
import { toCarrier, toDealer, toSupplier } from "./organisations.mapper.js";
import { carriersByIds, dealersByIds, suppliersByIds } from "./organisations.service.js";

export function createOrganisationLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    dealer: byKeyLoader(async (ids: readonly string[]) => (await dealersByIds(db, principal, ids)).map(toDealer), (d) => d.dbId, options),
    supplier: byKeyLoader(async (ids: readonly string[]) => (await suppliersByIds(db, principal, ids)).map(toSupplier), (s) => s.dbId, options),
    carrier: byKeyLoader(async (ids: readonly string[]) => (await carriersByIds(db, principal, ids)).map(toCarrier), (c) => c.dbId, options),
  };
}
