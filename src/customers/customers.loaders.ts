import DataLoader from "dataloader";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { eq } from "drizzle-orm";
import { customers } from "../db/schema/index.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { customerRelations, toCustomer, type CustomerRow } from "./customers.declaration.js";
import type { Customer } from "./customers.types.js";
import { customerKeys, customersByIds, dealerCustomerRows, dealerCustomers } from "./customers.service.js";

export function createCustomerLoaders(db: Database, principal: Principal, options: { cache?: boolean } = {}) {
  const newestFirst = customerKeys(null);
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
    /** A dealership's customers, newest first. */
    ofDealer: nestedConnectionLoader<CustomerRow, Customer>({
      db,
      table: customers,
      parent: dealerCustomers.dealerId,
      link: { from: dealerCustomers, on: eq(dealerCustomers.customerId, customers.id) },
      principal,
      scope: dealerCustomerRows,
      ordering: newestFirst.ordering,
      keys: newestFirst.keys,
      toNode: toCustomer,
      cache: options.cache,
    }),
  };
}
