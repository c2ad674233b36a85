import { and, gt, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customerAddresses, customerEmails, customerPhones, customers, orders } from "../db/schema/index.js";
import { customerConditions } from "../customers/customers.service.js";
import { shownStage } from "../customers/traits.rules.js";
import type { CustomerFilter } from "../customers/customers.types.js";
import { orderConditions } from "../orders/orders.service.js";
import type { OrderFilter } from "../orders/orders.types.js";
import { toGlobalId } from "../graphql/global-id.js";

export type ExportKind = "CUSTOMERS" | "SEGMENT_MEMBERS" | "ORDERS";
export type ExportFormat = "NDJSON" | "CSV";

/** A value of an exported cell: JSON scalars only, so that NDJSON and CSV say the same. */
export type Cell = string | number | null;

/** What one kind of export reads: its columns (the file's header), its rows after a key, and whether they are personal data. */
export interface ExportSource {
  columns: readonly string[];
  /** The statement of the rows after `after` (all when null), in key order; `limit` for keyset batches. */
  statement(after: string | null, limit?: number): SQL;
  /** A read row as the file's cells, in `columns` order. */
  cells(row: Record<string, unknown>): Cell[];
  /** The row's key (its database id): where a resumed run goes on. */
  key(row: Record<string, unknown>): string;
  /** Customers' names and contact data: each customer exported is audited as READ_PII. */
  personalData: boolean;
}

const iso = (value: unknown): string | null => (value == null ? null : value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
const text = (value: unknown): string | null => (value == null ? null : String(value));

const CUSTOMER_COLUMNS = ["id", "kind", "displayName", "givenName", "familyName", "email", "phone", "city", "stage", "tier", "createdAt"] as const;

/**
 * Customers within the requester's scope and filter (customerConditions, as the customers list),
 * with their primary email, phone and city. Keyed by id: the order of the file is stable, and a
 * retried run resumes after the last id written.
 */
function customerSource(principal: Principal, filter: CustomerFilter | null): ExportSource {
  const where = customerConditions(principal, filter);
  return {
    columns: CUSTOMER_COLUMNS,
    personalData: true,
    statement: (after, limit) => sql`select ${customers.id} as id, ${customers.kind} as kind, ${customers.displayName} as display_name,
        ${customers.givenName} as given_name, ${customers.familyName} as family_name,
        (select ${customerEmails.address} from ${customerEmails} where ${customerEmails.customerId} = ${customers.id}
          order by ${customerEmails.isPrimary} desc, ${customerEmails.createdAt}, ${customerEmails.id} limit 1) as email,
        (select ${customerPhones.e164} from ${customerPhones} where ${customerPhones.customerId} = ${customers.id}
          order by ${customerPhones.isPrimary} desc, ${customerPhones.createdAt}, ${customerPhones.id} limit 1) as phone,
        (select ${customerAddresses.city} from ${customerAddresses} where ${customerAddresses.customerId} = ${customers.id}
          order by ${customerAddresses.createdAt}, ${customerAddresses.id} limit 1) as city,
        ${shownStage} as stage, ${customers.tier} as tier, ${customers.createdAt} as created_at
      from ${customers} where ${and(where, after ? gt(customers.id, after) : undefined)}
      order by ${customers.id}${limit ? sql` limit ${limit}` : sql``}`,
    cells: (r) => [
      toGlobalId("Customer", String(r.id)),
      text(r.kind),
      text(r.display_name),
      text(r.given_name),
      text(r.family_name),
      text(r.email),
      text(r.phone),
      text(r.city),
      text(r.stage),
      text(r.tier),
      iso(r.created_at),
    ],
    key: (r) => String(r.id),
  };
}

const ORDER_COLUMNS = ["id", "number", "customerId", "dealerId", "channel", "status", "paymentMethod", "totalMinor", "currency", "placedAt", "source", "sourceTransactionId"] as const;

/** Orders within the requester's scope and filter (orderConditions, as the orders list); no personal data beyond the customer's id. */
function orderSource(principal: Principal, filter: OrderFilter | null): ExportSource {
  const where = orderConditions(principal, filter);
  return {
    columns: ORDER_COLUMNS,
    personalData: false,
    statement: (after, limit) => sql`select ${orders.id} as id, ${orders.number} as number, ${orders.customerId} as customer_id, ${orders.dealerId} as dealer_id,
        ${orders.channel} as channel, ${orders.status} as status, ${orders.paymentMethod} as payment_method, ${orders.totalMinor} as total_minor,
        ${orders.currency} as currency, ${orders.placedAt} as placed_at, ${orders.source} as source, ${orders.sourceTransactionId} as source_transaction_id
      from ${orders} where ${and(where, after ? gt(orders.id, after) : undefined) ?? sql`true`}
      order by ${orders.id}${limit ? sql` limit ${limit}` : sql``}`,
    cells: (r) => [
      toGlobalId("Order", String(r.id)),
      text(r.number),
      toGlobalId("Customer", String(r.customer_id)),
      r.dealer_id == null ? null : toGlobalId("Dealer", String(r.dealer_id)),
      text(r.channel),
      text(r.status),
      text(r.payment_method),
      Number(r.total_minor),
      text(r.currency),
      iso(r.placed_at),
      text(r.source),
      text(r.source_transaction_id),
    ],
    key: (r) => String(r.id),
  };
}

/** What an export reads, rebuilt from its stored request: the same statement on every run. */
export function exportSource(kind: ExportKind, principal: Principal, filter: Record<string, unknown> | null, segmentId: string | null): ExportSource {
  switch (kind) {
    case "CUSTOMERS":
      return customerSource(principal, filter as CustomerFilter | null);
    case "SEGMENT_MEMBERS":
      // A segment's members are the customers filter's `segmentIds`: the stored memberships, in the requester's scope.
      return customerSource(principal, { segmentIds: [toGlobalId("Segment", segmentId ?? "00000000-0000-0000-0000-000000000000")] } as CustomerFilter);
    case "ORDERS":
      return orderSource(principal, filter as OrderFilter | null);
  }
}

/** The count of rows in scope: the denominator of progress. */
export function countStatement(source: ExportSource): SQL {
  return sql`select count(*)::int as n from (${source.statement(null)}) as rows_in_scope`;
}
