import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customerAddresses, customerEmails, customerPhones, customers } from "../db/schema/index.js";
import { columns, globalId, instants, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { customerScope, visibleCustomerRows } from "./customers.policy.js";
import { ADDRESS_ORDER, EMAIL_ORDER, MAX_MERGE_HOPS, PHONE_ORDER } from "./customers.service.js";

/** The compiled read path's view of customers (graphql/compiled): the same scope as the loaders. */
export const customerProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {
      id: globalId("Customer", customers.id),
      ...columns(customers, ["kind", "stage", "tier", "displayName", "givenName", "familyName", "organisationName", "birthday", "preferredLanguage"]),
      ...instants(customers, ["createdAt", "updatedAt"]),
    },
    relations: {
      emails: {
        shape: "list",
        type: "CustomerEmail",
        tables: [customerEmails],
        rows: (principal: Principal) => ({ from: sql`${customerEmails}`, where: and(eq(customerEmails.customerId, customers.id), visibleCustomerRows(principal, customerEmails.customerId)) }),
        orderBy: EMAIL_ORDER,
      },
      phones: {
        shape: "list",
        type: "CustomerPhone",
        tables: [customerPhones],
        rows: (principal: Principal) => ({ from: sql`${customerPhones}`, where: and(eq(customerPhones.customerId, customers.id), visibleCustomerRows(principal, customerPhones.customerId)) }),
        orderBy: PHONE_ORDER,
      },
      addresses: {
        shape: "list",
        type: "Address",
        tables: [customerAddresses],
        rows: (principal: Principal) => ({ from: sql`${customerAddresses}`, where: and(eq(customerAddresses.customerId, customers.id), visibleCustomerRows(principal, customerAddresses.customerId)) }),
        orderBy: ADDRESS_ORDER,
      },
    },
  },
  { type: "CustomerEmail", leaves: columns(customerEmails, ["address", "isPrimary", "verified"]) },
  { type: "CustomerPhone", leaves: columns(customerPhones, ["e164", "kind", "isPrimary"]) },
  {
    type: "Address",
    leaves: {
      id: globalId("Address", customerAddresses.id),
      ...columns(customerAddresses, ["kind", "line1", "line2", "city", "province", "postcode", "country", "lat", "lng", "isDefaultDelivery"]),
    },
  },
];

/**
 * customer(id:): a merged-away id follows its merges to the survivor (as customersByIds does, at
 * most MAX_MERGE_HOPS), and the scope is checked on the survivor.
 */
export const customerLookup: RootLookup = {
  type: "Customer",
  table: customers,
  idType: "Customer",
  idColumn: customers.id,
  row: (principal, id) => ({
    with: sql`with recursive merge_chain(id, merged_into_id, hop) as (
      select c.id, c.merged_into_id, 0 from ${customers} c where c.id = ${id}
      union all
      select c.id, c.merged_into_id, m.hop + 1 from merge_chain m join ${customers} c on c.id = m.merged_into_id where m.hop < ${sql.raw(String(MAX_MERGE_HOPS - 1))}
    )`,
    from: sql`${customers}`,
    where: and(sql`${customers.id} = (select id from merge_chain where merged_into_id is null limit 1)`, customerScope(principal)),
  }),
};
