import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { QueryBuilder, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { consentEvents, customerAddresses, customerEmails, customerPhones, customerPreferences, customers, customerTraits, dealerRelationships, dealers } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { SortDirection } from "../graphql/sort.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { derived, globalId, key } from "../graphql/declare/fields.js";
import { frequencyScore, monetaryScore, recencyScore, shownStage, stageShown, TRAIT_VALUES } from "./traits.rules.js";
import { CustomerTrait } from "./filter-conditions.inputs.js";
import { connection, list, one, relations } from "../graphql/declare/relations.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import { lookup } from "../graphql/declare/lookup.js";
import { customerScope, dealerCustomerListScope, preferredDealerScope, visibleCustomerRows } from "./customers.policy.js";
import { Address, Customer, CustomerEmail, CustomerOrderField, CustomerPhone, type CustomerOrder, type LifecycleStage } from "./customers.types.js";
import { Consent, Preference } from "./preferences.types.js";

/**
 * The profile and what hangs directly off it, each field and relation declared once
 * (graphql/declare): the mapper, the loaders and the compiled read path derive from these.
 */
export const customerEntity = entity(Customer, customers, {
  id: globalId("Customer", customers.id),
  dbId: key(customers.id),
  preferredDealerDbId: key(customers.preferredDealerId),
  ...columns(customers, ["kind", "tier", "displayName", "givenName", "familyName", "organisationName", "birthday", "preferredLanguage"]),
  stage: derived([customers.stage, customers.lapsesAt], ([stored, at]) => stageShown(stored as LifecycleStage, at as Date | null) as LifecycleStage, shownStage),
  ...instants(customers, ["createdAt", "updatedAt"]),
});

export type CustomerRow = typeof customers.$inferSelect;
export const toCustomer = customerEntity.toNode;

/** How many merges a chain of merged-away ids may have before it is treated as broken data. */
export const MAX_MERGE_HOPS = 16;

/**
 * The survivor of a customer id, as a scalar subquery: the id itself, or where its merges lead (at
 * most MAX_MERGE_HOPS); null for an unknown id or a chain too long.
 */
export const survivorOf = (id: SQL): SQL => sql`(with recursive merge_chain(id, merged_into_id, hop) as (
      select c.id, c.merged_into_id, 0 from ${customers} c where c.id = ${id}
      union all
      select c.id, c.merged_into_id, m.hop + 1 from merge_chain m join ${customers} c on c.id = m.merged_into_id where m.hop < ${sql.raw(String(MAX_MERGE_HOPS - 1))}
    ) select id from merge_chain where merged_into_id is null limit 1)`;

/**
 * A customer by id, as every field naming one reads it (Order, Case, ServiceAppointment and
 * VehicleOwnership.customer, the loaders): a merged-away id leads to its survivor, and the scope is
 * checked on the survivor, so an old id never opens a profile the caller may not see.
 */
export const customerById = lookup(customerEntity, { key: customers.id, scope: customerScope, follow: survivorOf });

export const emailEntity = entity(CustomerEmail, customerEmails, {
  customerDbId: key(customerEmails.customerId),
  ...columns(customerEmails, ["address", "isPrimary", "verified"]),
});

export const phoneEntity = entity(CustomerPhone, customerPhones, {
  customerDbId: key(customerPhones.customerId),
  ...columns(customerPhones, ["e164", "kind", "isPrimary"]),
});

export const addressEntity = entity(Address, customerAddresses, {
  customerDbId: key(customerAddresses.customerId),
  id: globalId("Address", customerAddresses.id),
  ...columns(customerAddresses, ["kind", "line1", "line2", "city", "province", "postcode", "country", "lat", "lng", "isDefaultDelivery"]),
});

export const toAddress = addressEntity.toNode;

export const preferenceEntity = entity(Preference, customerPreferences, {
  customerDbId: key(customerPreferences.customerId),
  ...columns(customerPreferences, ["key", "value"]),
});

export const consentEntity = entity(Consent, consentEvents, {
  customerDbId: key(consentEvents.customerId),
  ...columns(consentEvents, ["channel", "purpose", "status", "source"]),
  ...instants(consentEvents, ["recordedAt", "expiresAt"]),
});

/** Newest first; the id orders decisions recorded in the same instant. */
export const CONSENT_ORDER = [desc(consentEvents.recordedAt), desc(consentEvents.id)];

/**
 * The decision in force per customer, channel and purpose: the latest one, unless it has expired
 * (an expired latest decision is no decision, not the one before it).
 */
const consentsInForce = {
  rows: sql`select distinct on (${consentEvents.customerId}, ${consentEvents.channel}, ${consentEvents.purpose}) * from ${consentEvents}
    order by ${consentEvents.customerId}, ${consentEvents.channel}, ${consentEvents.purpose}, ${sql.join(CONSENT_ORDER, sql`, `)}`,
  where: sql`(${consentEvents.expiresAt} is null or ${consentEvents.expiresAt} > now())`,
};

/** Child rows are scoped by their own customer id: a loader does not trust the parent that asked. */
const ofCustomer = (column: AnyPgColumn) => ({ key: column, parent: customers.id, scope: (principal: Principal) => visibleCustomerRows(principal, column) });

/** Contact lists: the primary (or default delivery) entry first, then oldest first. */
export const customerRelations = relations("Customer", {
  emails: list(emailEntity, { ...ofCustomer(customerEmails.customerId), orderBy: [desc(customerEmails.isPrimary), asc(customerEmails.createdAt), asc(customerEmails.id)] }),
  phones: list(phoneEntity, { ...ofCustomer(customerPhones.customerId), orderBy: [desc(customerPhones.isPrimary), asc(customerPhones.createdAt), asc(customerPhones.id)] }),
  addresses: list(addressEntity, {
    ...ofCustomer(customerAddresses.customerId),
    orderBy: [desc(customerAddresses.isDefaultDelivery), asc(customerAddresses.createdAt), asc(customerAddresses.id)],
  }),
  // The key is unique per customer.
  preferences: list(preferenceEntity, { ...ofCustomer(customerPreferences.customerId), orderBy: [asc(customerPreferences.key)] }),
  // The whole append-only history, and the decisions in force derived from it.
  consentHistory: list(consentEntity, { ...ofCustomer(consentEvents.customerId), orderBy: CONSENT_ORDER }),
  consents: list(consentEntity, { ...ofCustomer(consentEvents.customerId), orderBy: CONSENT_ORDER, source: consentsInForce }),
  // A dealer learns a customer's preferred dealership only when it is itself.
  preferredDealer: one(dealerLookup, customers.preferredDealerId, (principal) => preferredDealerScope(principal, customers.preferredDealerId)),
});

/**
 * The trait orderings: each trait's value (traits.rules.ts) read from the customer's traits row.
 * LAST_ORDER_AT sorts by the instant in microseconds; DAYS_SINCE_LAST_ORDER by the same instant
 * negated (fewer days is a later order), so that a page boundary does not move at midnight.
 */
const TRAIT_ORDER_VALUES: Partial<Record<CustomerOrderField, SQL>> = {
  [CustomerOrderField.LIFETIME_VALUE]: TRAIT_VALUES[CustomerTrait.LIFETIME_VALUE],
  [CustomerOrderField.ORDER_COUNT]: TRAIT_VALUES[CustomerTrait.ORDER_COUNT],
  [CustomerOrderField.AVERAGE_ORDER_VALUE]: TRAIT_VALUES[CustomerTrait.AVERAGE_ORDER_VALUE],
  [CustomerOrderField.LAST_ORDER_AT]: sql`(extract(epoch from ${customerTraits.lastOrderAt}) * 1000000)`,
  [CustomerOrderField.DAYS_SINCE_LAST_ORDER]: sql`(-extract(epoch from ${customerTraits.lastOrderAt}) * 1000000)`,
  [CustomerOrderField.CHURN_RISK]: TRAIT_VALUES[CustomerTrait.CHURN_RISK],
  [CustomerOrderField.RFM_SCORE]: sql`(${recencyScore} * 100 + ${frequencyScore} * 10 + ${monetaryScore})`,
};

/** Whether a list ordering reads traits (which a dealer may not: customers.policy.ts mayReadTraits). */
export const isTraitOrdering = (order: CustomerOrder | null | undefined): boolean => !!order && order.field in TRAIT_ORDER_VALUES;

/** A trait of the listed customer's traits row (every profile has one), as a keyset expression. */
const traitOf = (value: SQL): SQL => sql`(select ${value} from ${customerTraits} where ${customerTraits.customerId} = ${customers.id})`;

/** The keyset of a customer list in an ordering (the root list, a dealership's customers): newest first by default. */
export function customerKeys(order: CustomerOrder | null | undefined): { ordering: string; keys: KeysetKey<CustomerRow>[] } {
  const field = order?.field ?? CustomerOrderField.CREATED_AT;
  const direction = order?.direction ?? (field === CustomerOrderField.CREATED_AT ? SortDirection.DESC : SortDirection.ASC);
  const id: KeysetKey<CustomerRow> = { column: customers.id, direction, value: (r) => r.id };
  const ordering = `${field}_${direction}`;
  const trait = TRAIT_ORDER_VALUES[field];
  if (trait) {
    // Customers without a value last in either direction: a 0/1 flag ascending, then the value (never null) and the id.
    const flag: KeysetKey<CustomerRow> = { column: { derived: traitOf(sql`(${trait} is null)::int`), sqlType: "integer" }, direction: SortDirection.ASC, value: (r) => (r as CustomerRow & Partial<TraitSorted>).sortMissing };
    const value: KeysetKey<CustomerRow> = { column: { derived: traitOf(sql`coalesce((${trait})::numeric, 0)`), sqlType: "numeric" }, direction, value: (r) => (r as CustomerRow & Partial<TraitSorted>).sortValue };
    return { ordering, keys: [flag, value, id] };
  }
  const first: KeysetKey<CustomerRow> =
    field === CustomerOrderField.DISPLAY_NAME
      ? { column: customers.displayName, direction, value: (r) => r.displayName }
      : { column: customers.createdAt, direction, value: (r) => r.createdAt };
  return { ordering, keys: [first, id] };
}

/** A customer row with its trait ordering's keys, as the resolver's page reads them (the cursor holds the value as text, as the compiled path writes it). */
interface TraitSorted {
  sortMissing: number;
  sortValue: string;
}

/** What the resolver's page selects besides the profile for an ordering: the trait keys, if any. */
export function customerSortColumns(order: CustomerOrder | null | undefined): Record<string, SQL> {
  const trait = order ? TRAIT_ORDER_VALUES[order.field] : undefined;
  if (!trait) return {};
  return {
    sortMissing: sql<number>`${traitOf(sql`(${trait} is null)::int`)}`.mapWith(Number),
    sortValue: sql<string>`${traitOf(sql`coalesce((${trait})::numeric, 0)`)}::text`,
  };
}

/** Which customers are a dealership's, one pair per (dealer, customer) whatever the basis. */
export const dealerCustomers = new QueryBuilder()
  .selectDistinct({ dealerId: dealerRelationships.dealerId, customerId: dealerRelationships.customerId })
  .from(dealerRelationships)
  .as("dealer_customers");

/** The dealership's list scope over `dealerCustomers`; merged-away profiles resolve to their survivor by id but are never listed. */
export const dealerCustomerRows = (principal: Principal): SQL | undefined =>
  and(dealerCustomerListScope(principal, dealerCustomers.dealerId), isNull(customers.mergedIntoId));

/** A dealership's customers, newest first. */
export const dealerCustomerRelations = relations("Dealer", {
  customers: connection(customerEntity, {
    key: dealerCustomers.dealerId,
    parent: dealers.id,
    link: { from: dealerCustomers, on: eq(dealerCustomers.customerId, customers.id) },
    scope: dealerCustomerRows,
    ...customerKeys(null),
  }),
});
