import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { carrierLookup, dealerLookup, supplierLookup } from "./organisations.declaration.js";

export function createOrganisationLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    dealer: dealerLookup.loader(db, principal, options),
    supplier: supplierLookup.loader(db, principal, options),
    carrier: carrierLookup.loader(db, principal, options),
  };
}
