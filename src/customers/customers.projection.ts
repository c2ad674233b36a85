import { and, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { customers } from "../db/schema/index.js";
import { type Relation, type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerScope, mayReadTraits } from "./customers.policy.js";
import { addressEntity, consentEntity, customerEntity, customerKeys, isTraitOrdering, customerRelations, dealerCustomerRelations, emailEntity, phoneEntity, preferenceEntity } from "./customers.declaration.js";
import { CUSTOMER_FILTER_VALUE_SHAPES, customerConditions, MAX_MERGE_HOPS } from "./customers.service.js";
import type { CustomerFilter, CustomerOrder } from "./customers.types.js";

/** The compiled read path's view of customers (graphql/compiled), as declared in customers.declaration.ts. */
export const customerProjections: TypeProjection[] = [
  ...[customerEntity, emailEntity, phoneEntity, addressEntity, preferenceEntity, consentEntity].map((e) => e.projection),
  customerRelations.projection,
  dealerCustomerRelations.projection,
];

/**
 * The survivor of a customer id: the id itself, or where its merges lead (as customersByIds
 * follows them, at most MAX_MERGE_HOPS); as the body of a recursive `merge_chain(id,
 * merged_into_id, hop)`.
 */
const mergeChain = (id: SQL) => sql`select c.id, c.merged_into_id, 0 from ${customers} c where c.id = ${id}
      union all
      select c.id, c.merged_into_id, m.hop + 1 from merge_chain m join ${customers} c on c.id = m.merged_into_id where m.hop < ${sql.raw(String(MAX_MERGE_HOPS - 1))}`;

/**
 * customer(id:): a merged-away id follows its merges to the survivor (as customersByIds does, at
 * most MAX_MERGE_HOPS), and the scope is checked on the survivor.
 */
export const customerLookup: RootLookup = {
  type: "Customer",
  table: customers,
  key: { idType: "Customer" },
  idColumn: customers.id,
  row: (principal, id) => ({
    with: sql`with recursive merge_chain(id, merged_into_id, hop) as (
      ${mergeChain(id)}
    )`,
    from: sql`${customers}`,
    where: and(sql`${customers.id} = (select id from merge_chain where merged_into_id is null limit 1)`, customerScope(principal)),
  }),
};

/**
 * The customer a row names (Order.customer, Case.customer, VehicleOwnership.customer...), as the
 * customer loader reads it: a merged-away id leads to its survivor, whose scope is checked; null
 * where the caller may not see the profile.
 */
export const customerOf = (customerId: AnyPgColumn): Relation => ({
  shape: "one",
  type: "Customer",
  tables: [customers],
  rows: (principal: Principal) => ({
    from: sql`${customers}`,
    where: and(
      sql`${customers.id} = (with recursive merge_chain(id, merged_into_id, hop) as (${mergeChain(sql`${customerId}`)}) select id from merge_chain where merged_into_id is null limit 1)`,
      customerScope(principal),
    ),
  }),
});

/**
 * customers(first, after, last, before, filter, orderBy): the resolver's conditions, ordering and
 * keyset (listCustomers), with the filter's values bound per request.
 */
const customerListOfFilter: RootList = rootList<CustomerFilter>({
  type: "Customer",
  table: customers,
  idColumn: customers.id,
  keys: (args) => customerKeys(args.orderBy as CustomerOrder | null | undefined),
  where: customerConditions,
  valueShapes: CUSTOMER_FILTER_VALUE_SHAPES,
});

/** A trait ordering by a caller who may not read traits is left to the resolver, which refuses it (mayOrderBy). */
export const customerList: RootList = {
  ...customerListOfFilter,
  rows: (principal, args, param) =>
    isTraitOrdering(args.orderBy as CustomerOrder | null | undefined) && !mayReadTraits(principal) ? null : customerListOfFilter.rows(principal, args, param),
};
