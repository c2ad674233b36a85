import DataLoader from "dataloader";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customerRelations, dealerCustomerRelations, toCustomer } from "./customers.declaration.js";
import type { Customer } from "./customers.types.js";
import { customersByIds } from "./customers.service.js";

export function createCustomerLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  return {
    /** By id; a merged-away id yields its survivor. */
    customer: new DataLoader<string, Customer | null>(
      async (ids) => {
        const found = await customersByIds(db, principal, ids);
        return ids.map((id) => {
          const row = found.get(id);
          return row ? toCustomer(row) : null;
        });
      },
      { cache: options.cache ?? true },
    ),
    /** emails, phones, addresses, preferences, consentHistory: by customer id, as declared. */
    ...customerRelations.loaders(db, principal, options),
    /** A dealership's customers, newest first, as declared. */
    ofDealer: dealerCustomerRelations.loaders(db, principal, options).customers,
  };
}
