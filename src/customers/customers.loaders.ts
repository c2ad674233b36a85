import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customerById, customerRelations, dealerCustomerRelations } from "./customers.declaration.js";

export function createCustomerLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    /** By id; a merged-away id yields its survivor (customerById). */
    customer: customerById.loader(db, principal, options),
    /** emails, phones, addresses, preferences, consentHistory: by customer id, as declared. */
    ...customerRelations.loaders(db, principal, options),
    /** A dealership's customers, newest first, as declared. */
    ofDealer: dealerCustomerRelations.loaders(db, principal, options).customers,
  };
}
