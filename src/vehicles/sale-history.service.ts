import { sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import { rows, type Database, type Executor } from "../db/client.js";
import { newId } from "../db/ids.js";
import { badInput } from "../errors.js";
import { json, texts, uuids, type ReadRecord } from "../organisations/source-batches.js";
import { deleteHistory, ingestHistoryBatch, syncCandidates, type HistoryKind, type Rejected, type HistoryTable } from "../organisations/source-history-store.js";
import { dealerOfSource } from "../organisations/sources.js";
import { buildableSale, readSourceSale, resolveSourceSale, saleHash, type SalePayload, type SaleResolution, type SaleWarning, type SourceVehicleSaleData } from "./sale-history-record.js";

/**
 * Historical vehicle sales from source systems (a dealer's sales ledger), the way imported orders
 * work (orders/history-build.ts): each is stored as sent in `source_vehicle_sales`, keyed by the
 * source's sale id, and built into an ownership period of the vehicle (by VIN; registered with the
 * model the record names when the platform does not know it) on the profile the buyer's source
 * record belongs to now — none until it arrives — following it on merge, unmerge and detach
 * (`followIdentitySales`, on identity's OnIdentityRelinked hook). Like a recorded sale it starts
 * the warranty (from the first sale), relates the selling dealer (SALE) and makes an owner an
 * OWNER; an open period ends on the day a later one begins. No notices.
 */

export const MAX_SALES_PER_BATCH = 1000;
export type SaleState = "ATTACHED" | "PENDING" | "QUARANTINED";

export type RejectedSale = Rejected<"saleId">;

type Read = ReadRecord<SalePayload, SaleWarning>;


/** Where imported sales are stored. */
const SALE_RECORDS: HistoryTable = {
  records: "source_vehicle_sales",
  key: "sale_id",
  built: "ownership_id",
  builtTable: "vehicle_ownerships",
  revisions: "source_vehicle_sale_revisions",
  revisionOf: "record_id",
  auditTarget: "SourceVehicleSaleBatch",
  noun: "sale",
};

const SALE_HISTORY: HistoryKind<SourceVehicleSaleData, SalePayload, SaleResolution, SaleWarning, "saleId"> = {
  ...SALE_RECORDS,
  what: "vehicle sales",
  deletes: "sales",
  mutation: "VehicleSales",
  list: "sales",
  keyName: "saleId",
  max: MAX_SALES_PER_BATCH,
  read: (raw, at, clock) => readSourceSale(raw, at, clock.timeZone, clock.now),
  prepare: resolver,
  hash: saleHash,
  sync: (tx, ids) => syncSourceSales(tx, { recordIds: ids }),
  remove: async (tx, ids, live) => {
    if (ids.length) await tx.execute(sql`delete from vehicle_ownerships where id = any(${uuids(ids)})`);
    await unrelateWithoutSales(tx, live.flatMap((l) => (l.customer_id ? [l.customer_id] : [])));
  },
  audit,
};

/** Imports a batch of one source's historical vehicle sales: each record on its own, refused or kept with warnings, idempotent by the source's sale id. */
export async function ingestVehicleSales(db: Database, principal: Principal, input: { source: string; sales: SourceVehicleSaleData[] }, settings: { timeZone: string }) {
  const batch = await ingestHistoryBatch(db, principal, { source: input.source, records: input.sales }, SALE_HISTORY, settings, ({ record, builtId }): SaleState =>
    !buildableSale(record.payload, record.resolved) ? "QUARANTINED" : builtId ? "ATTACHED" : "PENDING",
  );
  // The period's vehicle, for the answer (it may have been registered by this batch).
  const built = batch.records.flatMap((r) => (r.builtId ? [r.builtId] : []));
  const vehicleOf = new Map(
    (built.length ? await rows<{ id: string; vehicle_id: string }>(db, sql`select id, vehicle_id from vehicle_ownerships where id = any(${uuids(built)})`) : []).map((o) => [o.id, o.vehicle_id]),
  );
  return { ...batch, records: batch.records.map((r) => ({ ...r, vehicleId: r.builtId ? (vehicleOf.get(r.builtId) ?? null) : null })) };
}

/** The source deleted sales: their ownership periods go, the records and their versions stay; sending one again brings it back. */
export async function deleteIngestedVehicleSales(db: Database, principal: Principal, input: { source: string; saleIds: string[] }) {
  const { deleted, unknown } = await deleteHistory(db, principal, { source: input.source, keys: input.saleIds }, SALE_HISTORY);
  return { deleted, unknown };
}

/** Models by code, vehicles by VIN, the selling dealer by code (a dealer's system: its own, and only its own). */
async function resolver(tx: Executor, source: string, batch: Read[]) {
  const lower = (values: (string | null)[]) => [...new Set(values.flatMap((v) => (v ? [v.toLowerCase()] : [])))];
  const byCode = async (table: "dealers" | "vehicle_models", codes: string[]) =>
    new Map((codes.length ? await rows<{ id: string; code: string }>(tx as Database, sql`select id, lower(code) as code from ${sql.identifier(table)} where lower(code) = any(${texts(codes)})`) : []).map((d) => [d.code, d.id]));
  const dealers = await byCode("dealers", lower(batch.map((r) => r.payload.dealerCode)));
  const models = await byCode("vehicle_models", lower(batch.map((r) => r.payload.modelCode)));
  const known = new Set((await rows<{ vin: string }>(tx as Database, sql`select vin from vehicles where vin = any(${texts([...new Set(batch.map((r) => r.payload.vin))])})`)).map((v) => v.vin));
  const sourceDealer = await dealerOfSource(tx, source);
  return (r: Read): SaleResolution => {
    const code = r.payload.dealerCode?.toLowerCase() ?? null;
    const named = code ? (dealers.get(code) ?? null) : null;
    if (sourceDealer && code && named !== sourceDealer) throw badInput(`${r.at}.dealerCode`, `A dealer's system records its own sales: ${source} is dealer ${source.slice("dealer-".length).toUpperCase()}`);
    return resolveSourceSale(
      r.payload,
      r.at,
      { modelId: models.get(r.payload.modelCode?.toLowerCase() ?? "") ?? null, vehicleKnown: known.has(r.payload.vin), dealerId: code ? named : sourceDealer, dealerKnown: !code || named !== null },
      r.warnings,
    );
  };
}

/**
 * Brings the ownership periods of the selected sales in line with their latest payload and the
 * identity graph: built once the buyer's record is known (registering the vehicle from the named
 * model where needed), rebuilt in place (same id) after a change, moved when the record now
 * belongs to another profile; a sale that can no longer be built loses its period.
 */
export async function syncSourceSales(tx: Executor, selector: { recordIds: string[] } | { customerIds: string[] }): Promise<{ built: number; removed: number }> {
  const candidates = await syncCandidates<SalePayload, SaleResolution>(tx, SALE_RECORDS, selector, true);
  if (candidates.length === 0) return { built: 0, removed: 0 };
  const gone = candidates.filter((c) => c.built_id && !buildableSale(c.payload, c.resolved));
  const live = candidates.filter((c) => buildableSale(c.payload, c.resolved));
  const left = [...new Set(candidates.flatMap((c) => (c.current && c.current !== c.owner ? [c.current] : [])))];

  if (gone.length) {
    await tx.execute(sql`delete from vehicle_ownerships where id = any(${uuids(gone.map((c) => c.built_id!))})`);
    await tx.execute(sql`update source_vehicle_sales set ownership_id = null, built_hash = payload_hash, updated_at = now() where id = any(${uuids(gone.map((c) => c.id))})`);
    left.push(...gone.flatMap((c) => (c.current ? [c.current] : [])));
  }
  if (live.length) {
    // A vehicle the platform does not know yet is registered with the model the sale names.
    const unknown = live.filter((c) => c.resolved.model).map((c) => ({ id: newId(), vin: c.payload.vin, model_id: c.resolved.model!.id, model_year: c.resolved.model!.year }));
    if (unknown.length) {
      await tx.execute(sql`insert into vehicles (id, vin, model_id, model_year)
        select distinct on (v.vin) v.id, v.vin, v.model_id, v.model_year from jsonb_to_recordset(${json(unknown)}) as v(id uuid, vin text, model_id uuid, model_year int)
        on conflict (vin) do nothing`);
    }
    const periods = live.map((c) => ({
      id: c.built_id ?? newId(),
      record: c.id,
      vin: c.payload.vin,
      customer_id: c.owner,
      role: c.payload.role,
      started_on: c.payload.soldOn,
      ended_on: c.payload.endedOn,
      selling_dealer_id: c.resolved.dealerId,
      source: c.source,
      source_sale_id: c.key,
    }));
    const built = await rows<{ id: string; vehicle_id: string }>(
      tx as Database,
      sql`insert into vehicle_ownerships (id, vehicle_id, customer_id, role, started_on, ended_on, selling_dealer_id, source, source_sale_id)
        select v.id, ve.id, v.customer_id, v.role, v.started_on, v.ended_on, v.selling_dealer_id, v.source, v.source_sale_id
        from jsonb_to_recordset(${json(periods)}) as v(id uuid, vin text, customer_id uuid, role ownership_role, started_on date, ended_on date, selling_dealer_id uuid, source text, source_sale_id text)
        join vehicles ve on ve.vin = v.vin
        on conflict (id) do update set vehicle_id = excluded.vehicle_id, customer_id = excluded.customer_id, role = excluded.role, started_on = excluded.started_on,
          ended_on = excluded.ended_on, selling_dealer_id = excluded.selling_dealer_id, updated_at = now()
        returning id, vehicle_id`,
    );
    // A vehicle gone since the sale was read leaves the sale unbuilt, to be built when it is sent again.
    const done = new Set(built.map((b) => b.id));
    await tx.execute(sql`update source_vehicle_sales ss set ownership_id = v.id, built_hash = ss.payload_hash, updated_at = now()
      from jsonb_to_recordset(${json(periods.filter((p) => done.has(p.id)).map((p) => ({ id: p.id, record: p.record })))}) as v(id uuid, record uuid) where ss.id = v.record`);
    const vehicleIds = [...new Set(built.map((b) => b.vehicle_id))];
    // The warranty runs from the vehicle's first sale, as a recorded sale starts it.
    await tx.execute(sql`update vehicles ve set warranty_ends_on = (f.first + make_interval(months => m.warranty_months))::date, updated_at = now()
      from (select vehicle_id, min(started_on) as first from vehicle_ownerships where vehicle_id = any(${uuids(vehicleIds)}) group by vehicle_id) f, vehicle_models m
      where ve.id = f.vehicle_id and m.id = ve.model_id and ve.warranty_ends_on is null`);
    // A vehicle has one running period: an open one ends on the day the next one begins.
    await tx.execute(sql`update vehicle_ownerships o set ended_on = n.next, updated_at = now()
      from (select id, (select min(later.started_on) from vehicle_ownerships later where later.vehicle_id = p.vehicle_id and later.started_on > p.started_on) as next
            from vehicle_ownerships p where p.vehicle_id = any(${uuids(vehicleIds)}) and p.ended_on is null) n
      where o.id = n.id and n.next is not null`);
    // The buyers' stage follows by rule: the traits triggers on vehicle_ownerships set it.
    const related = live.filter((c) => c.resolved.dealerId).map((c) => ({ dealer_id: c.resolved.dealerId, customer_id: c.owner }));
    if (related.length) {
      await tx.execute(sql`insert into dealer_relationships (dealer_id, customer_id, basis)
        select distinct v.dealer_id, v.customer_id, 'SALE'::dealer_relationship_basis from jsonb_to_recordset(${json(related)}) as v(dealer_id uuid, customer_id uuid)
        on conflict do nothing`);
    }
  }
  await unrelateWithoutSales(tx, left);
  return { built: live.length, removed: gone.length };
}

/** A dealership's SALE relationship with a profile lasts while the profile holds a period of a vehicle it sold. */
async function unrelateWithoutSales(tx: Executor, customerIds: string[]) {
  if (customerIds.length === 0) return;
  await tx.execute(sql`delete from dealer_relationships dr where dr.basis = 'SALE' and dr.customer_id = any(${uuids([...new Set(customerIds)])})
    and not exists (select 1 from vehicle_ownerships o where o.customer_id = dr.customer_id and o.selling_dealer_id = dr.dealer_id)`);
}

/** The identity hook: sales whose buyer's record now belongs to one of these profiles move there; waiting ones are built. */
export async function followIdentitySales(tx: Executor, customerIds: string[]): Promise<void> {
  await syncSourceSales(tx, { customerIds });
}
