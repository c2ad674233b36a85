import DataLoader from "dataloader";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { groupedLoader } from "../graphql/loader.js";
import { toAddress, toCustomer, toEmail, toPhone } from "./customers.mapper.js";
import type { Customer } from "./customers.types.js";
import { identitiesOf } from "../identity/identity.service.js";
import { addressesOf, customersByIds, emailsOf, phonesOf } from "./customers.service.js";
import { consentHistoryOf, preferencesOf } from "./preferences.service.js";

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
    emails: groupedLoader(async (ids: readonly string[]) => (await emailsOf(db, principal, ids)).map(toEmail), (e) => e.customerDbId, options),
    phones: groupedLoader(async (ids: readonly string[]) => (await phonesOf(db, principal, ids)).map(toPhone), (p) => p.customerDbId, options),
    identities: groupedLoader((ids: readonly string[]) => identitiesOf(db, principal, ids), (i) => i.customerDbId, options),
    consentHistory: groupedLoader((ids: readonly string[]) => consentHistoryOf(db, principal, ids), (c) => c.customerDbId, options),
    preferences: groupedLoader((ids: readonly string[]) => preferencesOf(db, principal, ids), (p) => p.customerDbId, options),
    addresses: groupedLoader(async (ids: readonly string[]) => (await addressesOf(db, principal, ids)).map(toAddress), (a) => a.customerDbId, options),
  };
}
