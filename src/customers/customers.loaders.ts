import DataLoader from "dataloader";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { eq } from "drizzle-orm";
import { customers } from "../db/schema/index.js";
import { groupedLoader } from "../graphql/loader.js";
import { nestedConnectionLoader } from "../graphql/nested-connection.js";
import { toAddress, toCustomer, toEmail, toPhone, type CustomerRow } from "./customers.mapper.js";
import type { Customer } from "./customers.types.js";
import { addressesOf, customerKeys, customersByIds, dealerCustomerRows, dealerCustomers, emailsOf, phonesOf } from "./customers.service.js";
import { consentHistoryOf, preferencesOf } from "./preferences.service.js";

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
    emails: groupedLoader(async (ids: readonly string[]) => (await emailsOf(db, principal, ids)).map(toEmail), (e) => e.customerDbId, options),
    phones: groupedLoader(async (ids: readonly string[]) => (await phonesOf(db, principal, ids)).map(toPhone), (p) => p.customerDbId, options),
    consentHistory: groupedLoader((ids: readonly string[]) => consentHistoryOf(db, principal, ids), (c) => c.customerDbId, options),
    preferences: groupedLoader((ids: readonly string[]) => preferencesOf(db, principal, ids), (p) => p.customerDbId, options),
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
    addresses: groupedLoader(async (ids: readonly string[]) => (await addressesOf(db, principal, ids)).map(toAddress), (a) => a.customerDbId, options),
  };
}
