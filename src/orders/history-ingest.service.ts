import { sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import { rows, type Database, type Executor, type Transaction } from "../db/client.js";
import { badInput, DomainError } from "../errors.js";
import { productsByRefs } from "../catalog/source-codes.service.js";
import { texts, type ReadRecord } from "../organisations/source-batches.js";
import { deleteHistory, ingestHistoryBatch, type HistoryKind, type Rejected, type HistoryOutcome, type Previous, type Resolved } from "../organisations/source-history-store.js";
import { dealerOfSource } from "../organisations/sources.js";
import { historyLineId, ORDER_RECORDS, platformActivity, removeOrders, syncSourceOrders, unrelateWithoutOrders, type HistoryState } from "./history-build.js";
import { historyHash, readSourceOrder, resolveSourceOrder, type HistoryPayload, type HistoryWarning, type Resolution, type SourceOrderData } from "./history-record.js";

export const MAX_ORDERS_PER_BATCH = 1000;

export type { HistoryOutcome };

export interface IngestedOrder {
  index: number;
  transactionId: string;
  outcome: HistoryOutcome;
  /** ATTACHED: on its person's profile; PENDING: the person's source record has not arrived; QUARANTINED: no line could be kept. */
  state: HistoryState;
  orderId: string | null;
  customerId: string | null;
  warnings: HistoryWarning[];
}

export type RejectedOrder = Rejected<"transactionId">;

export interface OrderIngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Stored, waiting for the person's source record. */
  pending: number;
  /** Stored with at least one line, return or field set aside (see warnings). */
  quarantined: number;
  rejected: number;
}

export interface OrderIngestResult {
  summary: OrderIngestSummary;
  orders: IngestedOrder[];
  rejected: RejectedOrder[];
}

type Read = ReadRecord<HistoryPayload, HistoryWarning>;

/** Imported orders in the shared history store (organisations/source-history-store.ts). */
const ORDER_HISTORY: HistoryKind<SourceOrderData, HistoryPayload, Resolution, HistoryWarning, "transactionId"> = {
  ...ORDER_RECORDS,
  what: "orders",
  deletes: "transactions",
  mutation: "Orders",
  list: "orders",
  keyName: "transactionId",
  max: MAX_ORDERS_PER_BATCH,
  read: (raw, at, clock) => readSourceOrder(raw, at, clock.timeZone, clock.now),
  prepare: async (tx, source, batch) => {
    const find = await resolver(tx, source, batch);
    return (r) => resolveSourceOrder(r.payload, r.at, { product: find.product, dealerId: find.dealer(r) }, r.warnings);
  },
  hash: historyHash,
  vet: vetCorrections,
  sync: (tx, ids) => syncSourceOrders(tx, { sourceOrderIds: ids }),
  // An order customers refer to on the platform (a review, a case...) stays: deleting it would take their content with it.
  keep: async (tx, live) => {
    const activity = await platformActivity(tx, live.flatMap((l) => (l.built_id ? [l.built_id] : [])));
    return live.filter((l) => l.built_id && activity.has(l.built_id)).map((l) => l.key);
  },
  remove: async (tx, built, live) => {
    await removeOrders(tx, built);
    const owners = [...new Set(live.flatMap((l) => (l.customer_id ? [l.customer_id] : [])))];
    if (owners.length) await unrelateWithoutOrders(tx, owners);
  },
  audit,
};

/**
 * Imports a batch of one source's historical orders (see history-build.ts for where they land).
 * Each record is checked on its own: an unusable one is refused with index, code and field; a
 * bad line or return is set aside with a warning and the record kept. The source's transaction
 * id is the key: the same record again (same content, same product resolution) is UNCHANGED and
 * writes nothing, a changed one is UPDATED (the previous version kept in source_order_revisions)
 * and its order rebuilt in place. History sends no notices: no NOTIFICATION interactions, no
 * events (Order.source says an order was imported).
 */
export async function ingestOrders(
  db: Database,
  principal: Principal,
  input: { source: string; orders: SourceOrderData[] },
  settings: { timeZone: string },
): Promise<OrderIngestResult> {
  const { summary, records, rejected } = await ingestHistoryBatch(db, principal, { source: input.source, records: input.orders }, ORDER_HISTORY, settings, ({ record, builtId }) =>
    !record.resolved.lines.some(Boolean) ? "QUARANTINED" : builtId ? "ATTACHED" : "PENDING",
  );
  return { summary, orders: records.map(({ key, builtId, ...o }) => ({ ...o, transactionId: key, orderId: builtId })), rejected };
}

/** Products by SKU or EAN from the catalog, by code from this source's mapping table; the dealer by code. */
async function resolver(tx: Executor, source: string, batch: Read[]) {
  const dealerCodes = [...new Set(batch.flatMap((r) => (r.payload.dealerCode ? [r.payload.dealerCode.toLowerCase()] : [])))];
  // Sent together: one round trip on PostgreSQL.
  const [product, dealerRows, sourceDealer] = await Promise.all([
    productsByRefs(tx, source, batch.flatMap((r) => r.payload.lines.flatMap((l) => (l.ref ? [l.ref] : [])))),
    dealerCodes.length ? rows<{ id: string; code: string }>(tx as Database, sql`select id, lower(code) as code from dealers where lower(code) = any(${texts(dealerCodes)})`) : [],
    dealerOfSource(tx, source),
  ]);
  const dealers = new Map(dealerRows.map((d) => [d.code, d.id]));
  return {
    product,
    /** A dealer's own system records its own sales: another dealership's code refuses the record. */
    dealer: (r: Read): string | null => {
      const code = r.payload.dealerCode?.toLowerCase() ?? null;
      if (!code) return sourceDealer;
      const id = dealers.get(code) ?? null;
      if (sourceDealer && id !== sourceDealer) throw badInput(`${r.at}.dealerCode`, `A dealer's system records its own sales: ${source} is dealer ${source.slice("dealer-".length).toUpperCase()}`);
      if (!id) r.warnings.push({ code: "UNKNOWN_DEALER", field: `${r.at}.dealerCode`, message: `No dealer has code ${r.payload.dealerCode}: the order is kept without a dealer` });
      return id;
    },
  };
}

/** A correction may not take away what customers refer to on the platform (history-build.ts, platformActivity). */
async function vetCorrections(tx: Transaction, changed: (Resolved<HistoryPayload, Resolution, HistoryWarning> & { id: string; before: Previous })[]) {
  const refused = new Map<string, DomainError>();
  const activity = await platformActivity(tx, changed.flatMap((c) => (c.before.built_id && !c.before.deleted_at ? [c.before.built_id] : [])));
  for (const c of changed) {
    const refs = c.before.built_id ? activity.get(c.before.built_id) : undefined;
    if (!refs) continue;
    const kept = c.resolved.lines.filter(Boolean).length;
    // A reviewed line keeps its place and its product (lines are known by position in the record).
    const lost = [...refs.reviewedLines].flatMap(([lineId, productId]) => {
      const position = c.payload.lines.findIndex((_, i) => historyLineId(c.id, i) === lineId);
      const now = position >= 0 ? c.resolved.lines[position] : null;
      return now?.productId === productId ? [] : [position];
    });
    if (kept === 0 || lost.length) {
      const message =
        kept === 0
          ? "A review, case, interaction or survey on the platform refers to this order: a correction keeps at least one of its lines"
          : `A line customers reviewed on the platform must stay in its place with its product (and a valid quantity and price)`;
      const field = kept === 0 || lost[0]! < 0 ? `${c.at}.lines` : `${c.at}.lines.${lost[0]}`;
      refused.set(c.id, new DomainError("CONFLICT", message, field));
    }
  }
  return refused;
}

export interface DeleteResult {
  deleted: string[];
  /** Transactions whose orders customers refer to on the platform (a review of a line, a case, interaction or survey): kept. */
  conflicts: string[];
  /** Transaction ids this source never sent, or deleted already. */
  unknown: string[];
}

/**
 * The source deleted transactions: their order rows (lines, payments, returns, refunds) are
 * removed, the source record stays as a tombstone with its versions in source_order_revisions.
 * Sending the transaction again brings it back. Same scope as importing.
 */
export function deleteIngestedOrders(db: Database, principal: Principal, input: { source: string; transactionIds: string[] }): Promise<DeleteResult> {
  return deleteHistory(db, principal, { source: input.source, keys: input.transactionIds }, ORDER_HISTORY);
}
