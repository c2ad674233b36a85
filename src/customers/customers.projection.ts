import { and, sql } from "drizzle-orm";
import { customers } from "../db/schema/index.js";
import { type RootList, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerScope, mayReadTraits } from "./customers.policy.js";
import { addressEntity, consentEntity, customerEntity, customerKeys, isTraitOrdering, customerRelations, dealerCustomerRelations, emailEntity, phoneEntity, preferenceEntity, survivorOf } from "./customers.declaration.js";
import { CUSTOMER_FILTER_VALUE_SHAPES, customerConditions } from "./customers.service.js";
import type { CustomerFilter, CustomerOrder } from "./customers.types.js";

/** The compiled read path's view of customers (graphql/compiled), as declared in customers.declaration.ts. */
export const customerProjections: TypeProjection[] = [
  ...[customerEntity, emailEntity, phoneEntity, addressEntity, preferenceEntity, consentEntity].map((e) => e.projection),
  customerRelations.projection,
  dealerCustomerRelations.projection,
];

/**
 * customer(id:): a merged-away id follows its merges to the survivor, and the scope is checked on
 * the survivor, as the loader does (customerById).
 */
export const customerLookup: RootLookup = {
  type: "Customer",
  table: customers,
  key: { idType: "Customer" },
  idColumn: customers.id,
  row: (principal, id) => ({ from: sql`${customers}`, where: and(sql`${customers.id} = ${survivorOf(id)}`, customerScope(principal)) }),
};

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
