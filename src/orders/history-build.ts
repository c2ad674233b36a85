import { hash } from "node:crypto";
import { Param, sql } from "drizzle-orm";
import { rows, type Database, type Executor } from "../db/client.js";
import { newId } from "../db/ids.js";
import { formatNumber, ORDER_NUMBERS } from "../db/numbers.js";
import { syncCandidates, type HistoryTable, type SyncCandidate } from "../organisations/source-history-store.js";
import type { HistoryPayload, Resolution } from "./history-record.js";

/**
 * Turns stored source orders (`source_orders`) into order rows on the profile their person
 * belongs to now, and keeps them there. The one rule: an imported order's customer is the
 * profile to which the person's source record (same source, `person_source_id`) is linked in the
 * identity graph. So an order
 * - waits (pending, no order row) while that record is unknown, and is built when it arrives;
 * - is rebuilt in place (same id and number, children replaced) when the source sends a change;
 * - follows the record on merge, unmerge and detach: identity calls `followIdentity` (its
 *   OnIdentityRelinked hook, wired in src/reactions.ts) in the same transaction, with the
 *   profiles whose records changed, and every order whose record now points elsewhere moves.
 * Everything is set-based: a fixed number of statements per call, whatever the number of orders.
 */

export type HistoryState = "ATTACHED" | "PENDING" | "QUARANTINED";

type Candidate = SyncCandidate<HistoryPayload, Resolution>;

/** Where imported orders are stored (organisations/source-history-store.ts). */
export const ORDER_RECORDS: HistoryTable = {
  records: "source_orders",
  key: "transaction_id",
  built: "order_id",
  builtTable: "orders",
  revisions: "source_order_revisions",
  revisionOf: "source_order_id",
  auditTarget: "SourceOrderBatch",
  noun: "order",
};

/**
 * An imported order's line has a stable id per (source order, position): a corrected record
 * rebuilds the order with the same line ids, so what refers to a line (a review) stays valid.
 */
export function historyLineId(sourceOrderId: string, position: number): string {
  // The lines list reads in id order ("in the order they were placed"): the order's hash, then the position.
  const h = hash("sha256", sourceOrderId);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${position.toString(16).padStart(12, "0")}`;
}

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
/** One array parameter, not one parameter per value. */
const uuids = (values: readonly string[]) => sql`${new Param([...values])}::uuid[]`;

/** Which source orders to look at: these ids, or those whose person is linked to one of these profiles. */
export type Selector = { sourceOrderIds: string[] } | { customerIds: string[] };

/** Orders of a record with no usable line are not built: the record is kept, quarantined, and shows in no view. */
const usable = (c: Candidate) => c.resolved.lines.some(Boolean);

/**
 * Brings the order rows of the selected source orders in line with the identity graph and their
 * latest payload; returns how many were built, moved and removed.
 */
export async function syncSourceOrders(tx: Executor, selector: Selector): Promise<{ built: number; moved: number; removed: number }> {
  // Only what needs work: unbuilt or stale while the person is known, quarantined with a row, or on another profile.
  const candidates = await syncCandidates<HistoryPayload, Resolution>(tx, ORDER_RECORDS, "sourceOrderIds" in selector ? { recordIds: selector.sourceOrderIds } : selector, true);
  if (candidates.length === 0) return { built: 0, moved: 0, removed: 0 };

  const stale = candidates.filter((c) => c.built_hash !== c.payload_hash || !c.built_id);
  const toRemove = stale.filter((c) => c.built_id && !usable(c));
  const toRebuild = stale.filter((c) => c.built_id && usable(c));
  const toCreate = stale.filter((c) => !c.built_id && usable(c));
  const toMove = candidates.filter((c) => c.built_id && c.built_hash === c.payload_hash && c.current !== c.owner);
  const previousOwners = [...new Set(candidates.flatMap((c) => (c.current && c.current !== c.owner ? [c.current] : [])))];

  await removeOrders(tx, toRemove.map((c) => c.built_id!));
  await clearForRebuild(tx, toRebuild.map((c) => ({ orderId: c.built_id!, keptLines: keptLineIds(c) })));
  if (toRemove.length) {
    await tx.execute(sql`update source_orders set order_id = null, built_hash = payload_hash, updated_at = now() where id = any(${uuids(toRemove.map((c) => c.id))})`);
  }
  if (toMove.length) {
    const moves = toMove.map((c) => ({ order_id: c.built_id, customer_id: c.owner }));
    await tx.execute(sql`update orders o set customer_id = v.customer_id, updated_at = now() from jsonb_to_recordset(${json(moves)}) as v(order_id uuid, customer_id uuid) where o.id = v.order_id`);
    await tx.execute(sql`update returns r set customer_id = v.customer_id, updated_at = now() from jsonb_to_recordset(${json(moves)}) as v(order_id uuid, customer_id uuid) where r.order_id = v.order_id`);
  }
  await buildOrders(tx, toRebuild, toCreate);

  // The dealership an order names knows its customer (as a placed order relates them); a profile the last such order left does not.
  const related = [...toRebuild, ...toCreate, ...toMove].filter((c) => c.resolved.dealerId).map((c) => ({ dealer_id: c.resolved.dealerId, customer_id: c.owner }));
  if (related.length) {
    await tx.execute(sql`insert into dealer_relationships (dealer_id, customer_id, basis)
      select distinct v.dealer_id, v.customer_id, 'ORDER'::dealer_relationship_basis from jsonb_to_recordset(${json(related)}) as v(dealer_id uuid, customer_id uuid)
      on conflict do nothing`);
  }
  const left = [...new Set([...previousOwners, ...toRemove.flatMap((c) => (c.current ? [c.current] : []))])];
  if (left.length) await unrelateWithoutOrders(tx, left);
  return { built: toRebuild.length + toCreate.length, moved: toMove.length, removed: toRemove.length };
}

/** The identity hook: orders whose person's record now belongs to another of these profiles move there; waiting ones are built. */
export async function followIdentity(tx: Executor, customerIds: string[]): Promise<void> {
  await syncSourceOrders(tx, { customerIds });
}

/** The line ids an order of this record keeps: one per usable line, by position. */
const keptLineIds = (c: Candidate) => c.resolved.lines.flatMap((line, i) => (line ? [historyLineId(c.id, i)] : []));

/** Deletes imported orders with their lines, payments, returns and refunds (refunds and returns first: they point at the order and its lines). */
export async function removeOrders(tx: Executor, orderIds: string[]) {
  if (orderIds.length === 0) return;
  await tx.execute(sql`delete from refunds where order_id = any(${uuids(orderIds)})`);
  await tx.execute(sql`delete from returns where order_id = any(${uuids(orderIds)})`);
  await tx.execute(sql`delete from orders where id = any(${uuids(orderIds)})`);
}

/** Before a rebuild in place: payments, returns and refunds go (they are rewritten), lines only where the record no longer has them. */
async function clearForRebuild(tx: Executor, orders: { orderId: string; keptLines: string[] }[]) {
  if (orders.length === 0) return;
  const ids = orders.map((o) => o.orderId);
  await tx.execute(sql`delete from refunds where order_id = any(${uuids(ids)})`);
  await tx.execute(sql`delete from returns where order_id = any(${uuids(ids)})`);
  await tx.execute(sql`delete from payments where order_id = any(${uuids(ids)})`);
  await tx.execute(sql`delete from order_lines where order_id = any(${uuids(ids)}) and not (id = any(${uuids(orders.flatMap((o) => o.keptLines))}))`);
}

/**
 * What on the platform refers to these imported orders (a review of one of their lines; a case,
 * interaction or survey naming the order), by order: such an order is not deleted, and a
 * correction may not remove a reviewed line.
 */
export async function platformActivity(tx: Executor, orderIds: string[]): Promise<Map<string, { reviewedLines: Map<string, string>; named: boolean }>> {
  const found = new Map<string, { reviewedLines: Map<string, string>; named: boolean }>();
  if (orderIds.length === 0) return found;
  const refs = await rows<{ order_id: string; line_id: string | null; product_id: string | null }>(
    tx as Database,
    sql`select ol.order_id, ol.id as line_id, ol.product_id from reviews r join order_lines ol on ol.id = r.order_line_id where ol.order_id = any(${uuids(orderIds)})
        union all select order_id, null, null from cases where order_id = any(${uuids(orderIds)})
        union all select order_id, null, null from interactions where order_id = any(${uuids(orderIds)})
        union all select order_id, null, null from survey_responses where order_id = any(${uuids(orderIds)})`,
  );
  for (const ref of refs) {
    const entry = found.get(ref.order_id) ?? { reviewedLines: new Map<string, string>(), named: false };
    if (ref.line_id) entry.reviewedLines.set(ref.line_id, ref.product_id!);
    else entry.named = true;
    found.set(ref.order_id, entry);
  }
  return found;
}

/** A dealership's ORDER relationship with a profile lasts while the profile has an order of that dealership. */
export async function unrelateWithoutOrders(tx: Executor, customerIds: string[]) {
  await tx.execute(sql`delete from dealer_relationships dr where dr.basis = 'ORDER' and dr.customer_id = any(${uuids(customerIds)})
    and not exists (select 1 from orders o where o.customer_id = dr.customer_id and o.dealer_id = dr.dealer_id)`);
}

interface Built {
  candidate: Candidate;
  orderId: string;
  header: Record<string, unknown>;
}

/** What an order row says for a source order: totals from the kept lines, status from cancellations and returns. */
function headerOf(c: Candidate, orderId: string): Record<string, unknown> {
  const p = c.payload;
  const kept = p.lines.map((l, i) => (c.resolved.lines[i] ? l : null));
  const subtotal = kept.reduce((sum, l) => sum + (l ? l.quantity * l.unitPriceMinor : 0), 0);
  const bought = kept.reduce((sum, l) => sum + (l?.quantity ?? 0), 0);
  const returned = c.resolved.returns.reduce((sum, r) => sum + (r ? r.lines.reduce((s, l) => s + l.quantity, 0) : 0), 0);
  const status = p.cancelled ? "CANCELLED" : returned >= bought ? "RETURNED" : "DELIVERED";
  return {
    id: orderId,
    customer_id: c.owner,
    channel: p.channel ?? (c.resolved.dealerId ? "DEALER" : "WEB"),
    dealer_id: c.resolved.dealerId,
    status,
    payment_method: p.paymentMethod,
    delivery_option: c.resolved.dealerId ? "DEALER_PICKUP" : "STANDARD",
    subtotal_minor: subtotal,
    total_minor: subtotal,
    currency: p.currency,
    placed_at: p.placedAt,
    // A historical sale was handed over when it was made; the source knows no later delivery date.
    delivered_at: p.cancelled ? null : p.placedAt,
    source: c.source,
    source_transaction_id: c.key,
  };
}

const HEADER_COLUMNS = sql`id uuid, customer_id uuid, channel order_channel, dealer_id uuid, status order_status, payment_method payment_method,
  delivery_option delivery_option, subtotal_minor int, total_minor int, currency text, placed_at timestamptz, delivered_at timestamptz,
  source text, source_transaction_id text, number text`;

async function buildOrders(tx: Executor, rebuild: Candidate[], create: Candidate[]) {
  if (rebuild.length + create.length === 0) return;
  const rebuilt: Built[] = rebuild.map((c) => ({ candidate: c, orderId: c.built_id!, header: headerOf(c, c.built_id!) }));
  if (rebuilt.length) {
    await tx.execute(sql`update orders o set customer_id = v.customer_id, channel = v.channel, dealer_id = v.dealer_id, status = v.status,
        payment_method = v.payment_method, delivery_option = v.delivery_option, subtotal_minor = v.subtotal_minor, shipping_minor = 0,
        total_minor = v.total_minor, currency = v.currency, placed_at = v.placed_at, delivered_at = v.delivered_at, updated_at = now()
      from jsonb_to_recordset(${json(rebuilt.map((b) => b.header))}) as v(${HEADER_COLUMNS}) where o.id = v.id`);
  }
  const created: Built[] = create.map((c) => {
    const orderId = newId();
    return { candidate: c, orderId, header: headerOf(c, orderId) };
  });
  await insertNumbered(tx, created);
  const built = [...rebuilt, ...created];

  const lines: Record<string, unknown>[] = [];
  const payments: Record<string, unknown>[] = [];
  const returns: Record<string, unknown>[] = [];
  const returnLines: Record<string, unknown>[] = [];
  const refunds: Record<string, unknown>[] = [];
  for (const { candidate: c, orderId, header } of built) {
    const p = c.payload;
    const lineIds = p.lines.map((line, i) => {
      const product = c.resolved.lines[i];
      if (!product) return null;
      const id = historyLineId(c.id, i);
      lines.push({ id, order_id: orderId, product_id: product.productId, sku: product.sku, name: line.name ?? product.name, quantity: line.quantity, unit_price_minor: line.unitPriceMinor, total_minor: line.quantity * line.unitPriceMinor, currency: p.currency });
      return id;
    });
    if (!p.cancelled) payments.push({ id: newId(), order_id: orderId, method: p.paymentMethod, status: "CAPTURED", amount_minor: header.total_minor, currency: p.currency, paid_at: p.placedAt });
    c.resolved.returns.forEach((r, i) => {
      if (!r) return;
      const id = newId();
      const at = p.returns[i]!.returnedAt;
      returns.push({ id, order_id: orderId, customer_id: c.owner, status: "CLOSED", reason: p.returns[i]!.reason, requested_at: at, received_at: at });
      for (const l of r.lines) returnLines.push({ return_id: id, order_line_id: lineIds[l.line], quantity: l.quantity });
      refunds.push({ id: newId(), order_id: orderId, return_id: id, amount_minor: r.refundMinor, currency: p.currency, refunded_at: at });
    });
  }
  if (lines.length) {
    await tx.execute(sql`insert into order_lines (id, order_id, product_id, sku, name, quantity, unit_price_minor, total_minor, currency)
      select * from jsonb_to_recordset(${json(lines)}) as v(id uuid, order_id uuid, product_id uuid, sku text, name text, quantity int, unit_price_minor int, total_minor int, currency text)
      on conflict (id) do update set product_id = excluded.product_id, sku = excluded.sku, name = excluded.name, quantity = excluded.quantity,
        unit_price_minor = excluded.unit_price_minor, total_minor = excluded.total_minor, currency = excluded.currency`);
  }
  if (payments.length) {
    await tx.execute(sql`insert into payments (id, order_id, method, status, amount_minor, currency, paid_at)
      select * from jsonb_to_recordset(${json(payments)}) as v(id uuid, order_id uuid, method payment_method, status payment_status, amount_minor int, currency text, paid_at timestamptz)`);
  }
  if (returns.length) {
    await tx.execute(sql`insert into returns (id, order_id, customer_id, status, reason, requested_at, received_at)
      select * from jsonb_to_recordset(${json(returns)}) as v(id uuid, order_id uuid, customer_id uuid, status return_status, reason text, requested_at timestamptz, received_at timestamptz)`);
    await tx.execute(sql`insert into return_lines (return_id, order_line_id, quantity)
      select * from jsonb_to_recordset(${json(returnLines)}) as v(return_id uuid, order_line_id uuid, quantity int)`);
    await tx.execute(sql`insert into refunds (id, order_id, return_id, amount_minor, currency, refunded_at)
      select * from jsonb_to_recordset(${json(refunds)}) as v(id uuid, order_id uuid, return_id uuid, amount_minor int, currency text, refunded_at timestamptz)`);
  }
  await tx.execute(sql`update source_orders so set order_id = v.order_id, built_hash = so.payload_hash, updated_at = now()
    from jsonb_to_recordset(${json(built.map((b) => ({ id: b.candidate.id, order_id: b.orderId })))}) as v(id uuid, order_id uuid) where so.id = v.id`);
}

/**
 * New order rows with numbers from the order sequence, in one statement; a number some other
 * writer took already (see src/db/numbers.ts) leaves its row out, and those rows get fresh
 * numbers in the next round.
 */
async function insertNumbered(tx: Executor, created: Built[]) {
  let waiting = created;
  for (let round = 0; waiting.length > 0; round++) {
    if (round === 5) throw new Error("No free order numbers for imported orders after 5 rounds");
    const values = await rows<{ value: string | number }>(tx as Database, sql`select nextval('order_number_seq') as value from generate_series(1, ${waiting.length}::int)`);
    const headers = waiting.map((b, i) => ({ ...b.header, number: formatNumber(ORDER_NUMBERS, BigInt(values[i]!.value), new Date(b.candidate.payload.placedAt)) }));
    const inserted = await rows<{ id: string }>(
      tx as Database,
      sql`insert into orders (id, number, customer_id, channel, dealer_id, status, payment_method, delivery_option, subtotal_minor, shipping_minor, total_minor, currency, placed_at, delivered_at, source, source_transaction_id)
        select v.id, v.number, v.customer_id, v.channel, v.dealer_id, v.status, v.payment_method, v.delivery_option, v.subtotal_minor, 0, v.total_minor, v.currency, v.placed_at, v.delivered_at, v.source, v.source_transaction_id
        from jsonb_to_recordset(${json(headers)}) as v(${HEADER_COLUMNS})
        on conflict (number) do nothing returning id`,
    );
    const done = new Set(inserted.map((r) => r.id));
    waiting = waiting.filter((b) => !done.has(b.orderId));
  }
}
