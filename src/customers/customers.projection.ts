import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { consentEvents, customers } from "../db/schema/index.js";
import { type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import { customerScope, preferredDealerScope, visibleCustomerRows } from "./customers.policy.js";
import { addressEntity, consentEntity, CONSENT_ORDER, customerEntity, customerRelations, emailEntity, phoneEntity, preferenceEntity } from "./customers.declaration.js";
import { customerConditions, customerFilterShape, customerKeys, MAX_MERGE_HOPS } from "./customers.service.js";
import type { CustomerFilter, CustomerOrder } from "./customers.types.js";

const consentHistory = (principal: Principal) => and(eq(consentEvents.customerId, customers.id), visibleCustomerRows(principal, consentEvents.customerId));

/**
 * The compiled read path's view of customers (graphql/compiled): the declared types and relations
 * (customers.declaration.ts), and the two relations the resolvers derive otherwise.
 */
export const customerProjections: TypeProjection[] = [
  ...[customerEntity, emailEntity, phoneEntity, addressEntity, preferenceEntity, consentEntity].map((e) => e.projection),
  customerRelations.projection,
  {
    type: "Customer",
    leaves: {},
    relations: {
      // currentConsents: the latest decision per channel and purpose (history order), unless it
      // has expired; the subquery keeps the table's name so that the Consent leaves apply to it.
      consents: {
        shape: "list",
        type: "Consent",
        tables: [consentEvents],
        rows: (principal: Principal) => ({
          from: sql`(select distinct on (${consentEvents.channel}, ${consentEvents.purpose}) * from ${consentEvents} where ${consentHistory(principal)}
            order by ${consentEvents.channel}, ${consentEvents.purpose}, ${sql.join(CONSENT_ORDER, sql`, `)}) ${consentEvents}`,
          where: sql`(${consentEvents.expiresAt} is null or ${consentEvents.expiresAt} > now())`,
        }),
        orderBy: CONSENT_ORDER,
      },
      // A dealer learns a customer's preferred dealership only when it is itself.
      preferredDealer: dealerLookup.from(customers.preferredDealerId, (principal) => preferredDealerScope(principal, customers.preferredDealerId)),
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

const filterOf = (args: Record<string, unknown>) => args.filter as CustomerFilter | null | undefined;
const orderOf = (args: Record<string, unknown>) => args.orderBy as CustomerOrder | null | undefined;

/**
 * customers(first, after, last, before, filter, orderBy): the resolver's conditions, ordering and
 * keyset (listCustomers), with the filter's values bound per request.
 */
export const customerList: RootList = {
  type: "Customer",
  table: customers,
  idColumn: customers.id,
  shape: (args) => [customerKeys(orderOf(args)).ordering, customerFilterShape(filterOf(args))],
  keys: (args) => customerKeys(orderOf(args)),
  rows: (principal, args, param) => {
    if (customerFilterShape(filterOf(args)) === null) return null;
    // Dates bind as the ISO text both drivers read.
    const where = customerConditions(principal, filterOf(args), (read) => param((a) => driverValue(read(filterOf(a)!))));
    return { from: sql`${customers}`, where };
  },
};

const driverValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
