import { sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import { rows, type Database, type Executor, type Transaction } from "../db/client.js";
import { newId } from "../db/ids.js";
import { shareIdentityGraph } from "../db/locks.js";
import { badInput, DomainError } from "../errors.js";
import { productsByRefs } from "../catalog/source-codes.service.js";
import { batchSummary, json, readBatch, texts, uuids, type ReadRecord } from "../organisations/source-batches.js";
import { dealerOfSource, importSource } from "../organisations/sources.js";
import { historyLineId, platformActivity, removeOrders, syncSourceOrders, unrelateWithoutOrders, type HistoryState } from "./history-build.js";
import { historyHash, readSourceOrder, resolveSourceOrder, type HistoryPayload, type HistoryWarning, type Resolution, type SourceOrderData } from "./history-record.js";

export const MAX_ORDERS_PER_BATCH = 1000;

export type HistoryOutcome = "CREATED" | "UPDATED" | "UNCHANGED";

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

export interface RejectedOrder {
  index: number;
  transactionId: string | null;
  code: string;
  field: string;
  message: string;
}

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

interface Stored extends Read {
  resolved: Resolution;
  hash: string;
}

const rejection = (index: number, transactionId: string | null, error: DomainError): RejectedOrder => ({
  index,
  transactionId,
  code: error.code,
  field: error.field ?? `input.orders.${index}`,
  message: error.message,
});


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
  const source = await importSource(db, principal, input.source, "orders");
  if (input.orders.length === 0 || input.orders.length > MAX_ORDERS_PER_BATCH) throw badInput("input.orders", `A batch holds 1 to ${MAX_ORDERS_PER_BATCH} orders`);
  const now = new Date();
  const { read, rejected } = readBatch(input.orders, {
    list: "input.orders",
    key: "transactionId",
    keyOf: (payload: HistoryPayload) => payload.transactionId,
    read: (raw, at) => readSourceOrder(raw, at, settings.timeZone, now),
    refused: (index, raw, error) => rejection(index, typeof raw?.transactionId === "string" ? raw.transactionId : null, error),
  });
  const orders = read.length ? await db.transaction((tx) => storeBatch(tx, principal, source, read, rejected)) : [];
  rejected.sort((a, b) => a.index - b.index);
  orders.sort((a, b) => a.index - b.index);
  return {
    summary: batchSummary(orders, rejected.length),
    orders,
    rejected,
  };
}

/** Products by SKU or EAN from the catalog, by code from this source's mapping table; the dealer by code. */
async function resolver(tx: Executor, source: string, batch: Read[]) {
  const product = await productsByRefs(tx, source, batch.flatMap((r) => r.payload.lines.flatMap((l) => (l.ref ? [l.ref] : []))));
  const dealerCodes = [...new Set(batch.flatMap((r) => (r.payload.dealerCode ? [r.payload.dealerCode.toLowerCase()] : [])))];
  const dealerRows = dealerCodes.length
    ? await rows<{ id: string; code: string }>(tx as Database, sql`select id, lower(code) as code from dealers where lower(code) = any(${texts(dealerCodes)})`)
    : [];
  const dealers = new Map(dealerRows.map((d) => [d.code, d.id]));
  const sourceDealer = await dealerOfSource(tx, source);
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

async function storeBatch(tx: Transaction, principal: Principal, source: string, batch: Read[], rejected: RejectedOrder[]): Promise<IngestedOrder[]> {
  // Merges and detaches wait for the batch (and it for them): an order is never hung on a profile its person is leaving.
  await shareIdentityGraph(tx);
  // Two batches of one source with the same new transaction would race for its key.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`source_orders:${source}`}))`);
  const find = await resolver(tx, source, batch);
  // An erased person's record stays linked to the emptied profile; nothing new is hung on it.
  const erased = new Set(
    (
      await rows<{ source_id: string }>(
        tx as Database,
        sql`select r.source_id from source_records r join identity_links l on l.source_record_id = r.id join customers c on c.id = l.customer_id
            where r.source = ${source} and r.source_id = any(${texts([...new Set(batch.map((r) => r.payload.personSourceId))])}) and c.erased_at is not null`,
      )
    ).map((r) => r.source_id),
  );
  const stored: Stored[] = [];
  for (const r of batch) {
    try {
      if (erased.has(r.payload.personSourceId)) throw new DomainError("CONFLICT", "This person's data was erased; the order is refused", `${r.at}.personSourceId`);
      const dealerId = find.dealer(r);
      const resolved = resolveSourceOrder(r.payload, r.at, { product: find.product, dealerId }, r.warnings);
      stored.push({ ...r, resolved, hash: historyHash(r.payload, resolved) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      rejected.push(rejection(r.index, r.payload.transactionId, error));
    }
  }
  if (stored.length === 0) return [];

  const existing = await rows<{ id: string; transaction_id: string; payload_hash: string; deleted_at: Date | null; order_id: string | null; customer_id: string | null }>(
    tx as Database,
    sql`select so.id, so.transaction_id, so.payload_hash, so.deleted_at, so.order_id, o.customer_id
        from source_orders so left join orders o on o.id = so.order_id
        where so.source = ${source} and so.transaction_id = any(${texts(stored.map((s) => s.payload.transactionId))})`,
  );
  const known = new Map(existing.map((e) => [e.transaction_id, e]));
  const outcome = new Map<string, HistoryOutcome>();
  const fresh: (Stored & { id: string })[] = [];
  const changed: (Stored & { id: string; before: (typeof existing)[number] })[] = [];
  for (const s of stored) {
    const before = known.get(s.payload.transactionId);
    if (!before) {
      fresh.push({ ...s, id: newId() });
      outcome.set(s.payload.transactionId, "CREATED");
    } else if (before.payload_hash === s.hash && !before.deleted_at) {
      outcome.set(s.payload.transactionId, "UNCHANGED");
    } else {
      changed.push({ ...s, id: before.id, before });
      // A transaction the source deleted and sends again is back: a new order, its history kept.
      outcome.set(s.payload.transactionId, before.deleted_at ? "CREATED" : "UPDATED");
    }
  }

  // A correction may not take away what customers refer to on the platform (history-build.ts, platformActivity).
  const activity = await platformActivity(tx, changed.flatMap((c) => (c.before.order_id && !c.before.deleted_at ? [c.before.order_id] : [])));
  const blocked = new Set<string>();
  for (const c of changed) {
    const refs = c.before.order_id ? activity.get(c.before.order_id) : undefined;
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
      rejected.push(rejection(c.index, c.payload.transactionId, new DomainError("CONFLICT", message, field)));
      blocked.add(c.id);
    }
  }
  if (blocked.size) {
    changed.splice(0, changed.length, ...changed.filter((c) => !blocked.has(c.id)));
    stored.splice(0, stored.length, ...stored.filter((st) => !blocked.has(known.get(st.payload.transactionId)?.id ?? "")));
  }

  if (fresh.length) {
    await tx.execute(sql`insert into source_orders (id, source, transaction_id, person_source_id, payload, resolved, payload_hash)
      select v.id, ${source}, v.transaction_id, v.person_source_id, v.payload, v.resolved, v.hash
      from jsonb_to_recordset(${json(fresh.map((f) => ({ id: f.id, transaction_id: f.payload.transactionId, person_source_id: f.payload.personSourceId, payload: f.payload, resolved: f.resolved, hash: f.hash })))})
        as v(id uuid, transaction_id text, person_source_id text, payload jsonb, resolved jsonb, hash text)`);
  }
  if (changed.length) {
    const live = changed.filter((c) => !c.before.deleted_at).map((c) => c.id);
    // The version being replaced goes into the history (a deleted one's went there when it was deleted).
    if (live.length) {
      await tx.execute(sql`insert into source_order_revisions (source_order_id, revision, payload, payload_hash, received_at, replaced_by)
        select id, revision, payload, payload_hash, received_at, 'UPDATE' from source_orders where id = any(${uuids(live)})`);
    }
    await tx.execute(sql`update source_orders so set person_source_id = v.person_source_id, payload = v.payload, resolved = v.resolved, payload_hash = v.hash,
        revision = so.revision + 1, deleted_at = null, received_at = now(), updated_at = now()
      from jsonb_to_recordset(${json(changed.map((c) => ({ id: c.id, person_source_id: c.payload.personSourceId, payload: c.payload, resolved: c.resolved, hash: c.hash })))})
        as v(id uuid, person_source_id text, payload jsonb, resolved jsonb, hash text)
      where so.id = v.id`);
  }
  const written = [...fresh, ...changed].map((w) => w.id);
  const effect = await syncSourceOrders(tx, { sourceOrderIds: written });
  // Where the written ones stand now; an unchanged one stands where it stood.
  const after = written.length
    ? await rows<{ transaction_id: string; order_id: string | null; customer_id: string | null }>(
        tx as Database,
        sql`select so.transaction_id, so.order_id, o.customer_id from source_orders so left join orders o on o.id = so.order_id where so.id = any(${uuids(written)})`,
      )
    : [];
  const stateOf = new Map<string, { order_id: string | null; customer_id: string | null }>([...existing, ...after].map((s) => [s.transaction_id, s]));
  if (written.length) {
    await audit(tx, principal, {
      action: "INGEST",
      targetType: "SourceOrderBatch",
      targetId: null,
      operation: "ingestOrders",
      details: { source, orders: batch.length, new: fresh.length, updated: changed.length, rejected: rejected.length, built: effect.built, removed: effect.removed },
    });
  }
  return stored.map((s) => {
    const state = stateOf.get(s.payload.transactionId)!;
    return {
      index: s.index,
      transactionId: s.payload.transactionId,
      outcome: outcome.get(s.payload.transactionId)!,
      state: !s.resolved.lines.some(Boolean) ? "QUARANTINED" : state.order_id ? "ATTACHED" : "PENDING",
      orderId: state.order_id,
      customerId: state.customer_id,
      warnings: s.warnings,
    };
  });
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
export async function deleteIngestedOrders(db: Database, principal: Principal, input: { source: string; transactionIds: string[] }): Promise<DeleteResult> {
  const source = await importSource(db, principal, input.source, "orders");
  if (input.transactionIds.length === 0 || input.transactionIds.length > MAX_ORDERS_PER_BATCH) {
    throw badInput("input.transactionIds", `A deletion names 1 to ${MAX_ORDERS_PER_BATCH} transactions`);
  }
  const ids = [...new Set(input.transactionIds.map((t) => t.trim()))];
  return db.transaction(async (tx) => {
    await shareIdentityGraph(tx);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`source_orders:${source}`}))`);
    const live = await rows<{ id: string; transaction_id: string; order_id: string | null; customer_id: string | null }>(
      tx as Database,
      sql`select so.id, so.transaction_id, so.order_id, o.customer_id from source_orders so left join orders o on o.id = so.order_id
          where so.source = ${source} and so.transaction_id = any(${texts(ids)}) and so.deleted_at is null`,
    );
    // An order customers refer to on the platform (a review, a case...) stays: deleting it would take their content with it.
    const activity = await platformActivity(tx, live.flatMap((l) => (l.order_id ? [l.order_id] : [])));
    const conflicts = live.filter((l) => l.order_id && activity.has(l.order_id)).map((l) => l.transaction_id);
    live.splice(0, live.length, ...live.filter((l) => !conflicts.includes(l.transaction_id)));
    if (live.length) {
      await tx.execute(sql`insert into source_order_revisions (source_order_id, revision, payload, payload_hash, received_at, replaced_by)
        select id, revision, payload, payload_hash, received_at, 'DELETE' from source_orders where id = any(${uuids(live.map((l) => l.id))})`);
      await tx.execute(sql`update source_orders set deleted_at = now(), revision = revision + 1, order_id = null, built_hash = null, updated_at = now()
        where id = any(${uuids(live.map((l) => l.id))})`);
      await removeOrders(tx, live.flatMap((l) => (l.order_id ? [l.order_id] : [])));
      const owners = [...new Set(live.flatMap((l) => (l.customer_id ? [l.customer_id] : [])))];
      if (owners.length) await unrelateWithoutOrders(tx, owners);
      await audit(tx, principal, { action: "INGEST_DELETE", targetType: "SourceOrderBatch", targetId: null, operation: "deleteIngestedOrders", details: { source, deleted: live.length } });
    }
    const deleted = new Set(live.map((l) => l.transaction_id));
    return { deleted: ids.filter((t) => deleted.has(t)), conflicts, unknown: ids.filter((t) => !deleted.has(t) && !conflicts.includes(t)) };
  });
}
