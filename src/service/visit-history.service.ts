import { sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import { productsByRefs } from "../catalog/source-codes.service.js";
import { rows, type Database, type Executor } from "../db/client.js";
import { newId } from "../db/ids.js";
import { badInput } from "../errors.js";
import { json, texts, uuids, type ReadRecord } from "../organisations/source-batches.js";
import { deleteHistory, ingestHistoryBatch, syncCandidates, type HistoryKind, type Rejected, type HistoryOutcome, type HistoryTable, type SyncCandidate } from "../organisations/source-history-store.js";
import { dealerOfSource } from "../organisations/sources.js";
import { readSourceVisit, resolveSourceVisit, visitHash, type SourceVisitData, type VisitPayload, type VisitResolution, type VisitWarning } from "./visit-history-record.js";

/**
 * Historical service visits from source systems (a repair station's system), the way imported
 * orders work (orders/history-build.ts): each is stored as sent in `source_service_visits`, keyed
 * by the source's visit id, and built into a service record on its vehicle at its station. The
 * record's customer is the profile the person's source record (same source, `personSourceId`)
 * belongs to now: none until it arrives, and it follows the record on merge, unmerge and detach
 * (`followIdentityVisits`, on identity's OnIdentityRelinked hook). The same visit again writes
 * nothing; a change rebuilds the record in place (history kept); no notices are sent.
 */

export const MAX_VISITS_PER_BATCH = 1000;
export type VisitOutcome = HistoryOutcome;
export type VisitState = "ATTACHED" | "PENDING" | "QUARANTINED";

export interface IngestedVisit {
  index: number;
  visitId: string;
  outcome: VisitOutcome;
  state: VisitState;
  serviceRecordId: string | null;
  customerId: string | null;
  warnings: VisitWarning[];
}

export type RejectedVisit = Rejected<"visitId">;

export interface VisitIngestResult {
  summary: { created: number; updated: number; unchanged: number; pending: number; quarantined: number; rejected: number };
  visits: IngestedVisit[];
  rejected: RejectedVisit[];
}

type Read = ReadRecord<VisitPayload, VisitWarning>;


/** Imported visits in the shared history store (organisations/source-history-store.ts). */
/** Where imported visits are stored. */
const VISIT_RECORDS: HistoryTable = {
  records: "source_service_visits",
  key: "visit_id",
  built: "service_record_id",
  builtTable: "service_records",
  revisions: "source_service_visit_revisions",
  revisionOf: "source_visit_id",
  auditTarget: "SourceServiceVisitBatch",
  noun: "visit",
};

const VISIT_HISTORY: HistoryKind<SourceVisitData, VisitPayload, VisitResolution, VisitWarning, "visitId"> = {
  ...VISIT_RECORDS,
  what: "service visits",
  deletes: "visits",
  mutation: "ServiceVisits",
  list: "visits",
  keyName: "visitId",
  max: MAX_VISITS_PER_BATCH,
  read: (raw, at, clock) => readSourceVisit(raw, at, clock.timeZone, clock.now),
  prepare: resolver,
  hash: visitHash,
  sync: (tx, ids) => syncSourceVisits(tx, { sourceVisitIds: ids }),
  remove: async (tx, records) => {
    if (records.length === 0) return;
    // An appointment completed into the record (none for imported work, but the key allows it) keeps its own row.
    await tx.execute(sql`update service_appointments set service_record_id = null where service_record_id = any(${uuids(records)})`);
    await tx.execute(sql`delete from service_records where id = any(${uuids(records)})`);
  },
  audit,
};

export async function ingestServiceVisits(db: Database, principal: Principal, input: { source: string; visits: SourceVisitData[] }, settings: { timeZone: string }): Promise<VisitIngestResult> {
  const { summary, records, rejected } = await ingestHistoryBatch(db, principal, { source: input.source, records: input.visits }, VISIT_HISTORY, settings, ({ builtId, customerId }) =>
    !builtId ? "QUARANTINED" : customerId ? "ATTACHED" : "PENDING",
  );
  return { summary, visits: records.map(({ key, builtId, ...v }) => ({ ...v, visitId: key, serviceRecordId: builtId })), rejected };
}

/** The vehicle by VIN, the station by code (a dealer's system: its own), products by SKU, EAN or source code. */
async function resolver(tx: Executor, source: string, batch: Read[]) {
  const codes = [...new Set(batch.flatMap((r) => (r.payload.stationCode ? [r.payload.stationCode.toLowerCase()] : [])))];
  // Sent together: one round trip on PostgreSQL.
  const [product, vehicleRows, stationRows, sourceStation] = await Promise.all([
    productsByRefs(tx, source, batch.flatMap((r) => r.payload.items.flatMap((i) => (i.ref ? [i.ref] : [])))),
    rows<{ id: string; vin: string }>(tx as Database, sql`select id, vin from vehicles where vin = any(${texts([...new Set(batch.map((r) => r.payload.vin))])})`),
    codes.length ? rows<{ id: string; code: string; repairs: boolean }>(tx as Database, sql`select id, lower(code) as code, repairs from dealers where lower(code) = any(${texts(codes)})`) : [],
    dealerOfSource(tx, source),
  ]);
  const vehicles = new Map(vehicleRows.map((v) => [v.vin, v.id]));
  const stations = new Map(stationRows.map((d) => [d.code, d]));
  return (r: Read): VisitResolution => {
    const code = r.payload.stationCode?.toLowerCase() ?? null;
    const named = code ? stations.get(code) : undefined;
    if (sourceStation && code && named?.id !== sourceStation) throw badInput(`${r.at}.stationCode`, `A dealer's system records its own station's work: ${source} is ${source.slice("dealer-".length).toUpperCase()}`);
    const station = !code
      ? sourceStation
        ? { id: sourceStation }
        : { id: null, warning: "The visit names no station (stationCode): it is kept as sent, not built" }
      : !named
        ? { id: null, warning: `No dealer has code ${r.payload.stationCode}: the visit is kept as sent, not built` }
        : !named.repairs
          ? { id: null, warning: `${r.payload.stationCode} runs no repair station: the visit is kept as sent, not built` }
          : { id: named.id };
    return resolveSourceVisit(r.payload, r.at, { vehicleId: vehicles.get(r.payload.vin) ?? null, station, product }, r.warnings);
  };
}

type Candidate = SyncCandidate<VisitPayload, VisitResolution>;

const buildable = (c: Candidate) => Boolean(c.resolved.vehicleId && c.resolved.stationId);

/** Brings the service records of the selected visits in line with their latest payload and the identity graph. */
export async function syncSourceVisits(tx: Executor, selector: { sourceVisitIds: string[] } | { customerIds: string[] }) {
  const candidates = await syncCandidates<VisitPayload, VisitResolution>(tx, VISIT_RECORDS, "sourceVisitIds" in selector ? { recordIds: selector.sourceVisitIds } : selector, false);
  if (candidates.length === 0) return { built: 0, moved: 0, removed: 0 };
  const stale = candidates.filter((c) => c.built_hash !== c.payload_hash || !c.built_id);
  const toRemove = stale.filter((c) => c.built_id && !buildable(c));
  const toRebuild = stale.filter((c) => c.built_id && buildable(c));
  const toCreate = stale.filter((c) => !c.built_id && buildable(c));
  const toMove = candidates.filter((c) => c.built_id && c.built_hash === c.payload_hash && c.current !== c.owner);

  if (toRemove.length) {
    await tx.execute(sql`delete from service_records where id = any(${uuids(toRemove.map((c) => c.built_id!))})`);
    await tx.execute(sql`update source_service_visits set service_record_id = null, built_hash = payload_hash, updated_at = now() where id = any(${uuids(toRemove.map((c) => c.id))})`);
  }
  if (toMove.length) {
    await tx.execute(sql`update service_records sr set customer_id = v.customer_id, updated_at = now()
      from jsonb_to_recordset(${json(toMove.map((c) => ({ id: c.built_id, customer_id: c.owner })))}) as v(id uuid, customer_id uuid) where sr.id = v.id`);
  }
  const records = [...toRebuild, ...toCreate].map((c) => {
    const total = c.payload.items.reduce((sum, item, i) => sum + (c.resolved.items[i] ? item.quantity * item.unitPriceMinor : 0), 0);
    return {
      candidate: c,
      id: c.built_id ?? newId(),
      header: { vehicle_id: c.resolved.vehicleId, customer_id: c.owner, dealer_id: c.resolved.stationId, kind: c.payload.kind, mileage_km: c.payload.mileageKm, performed_at: c.payload.performedAt, total_minor: total, source: c.source, source_visit_id: c.key },
    };
  });
  if (records.length) {
    const columns = sql`id uuid, vehicle_id uuid, customer_id uuid, dealer_id uuid, kind service_kind, mileage_km int, performed_at timestamptz, total_minor int, source text, source_visit_id text`;
    const rebuilt = records.filter((r) => r.candidate.built_id);
    if (rebuilt.length) {
      await tx.execute(sql`delete from service_items where service_record_id = any(${uuids(rebuilt.map((r) => r.id))})`);
      await tx.execute(sql`update service_records sr set vehicle_id = v.vehicle_id, customer_id = v.customer_id, dealer_id = v.dealer_id, kind = v.kind, mileage_km = v.mileage_km,
          performed_at = v.performed_at, total_minor = v.total_minor, updated_at = now()
        from jsonb_to_recordset(${json(rebuilt.map((r) => ({ id: r.id, ...r.header })))}) as v(${columns}) where sr.id = v.id`);
    }
    const created = records.filter((r) => !r.candidate.built_id);
    if (created.length) {
      await tx.execute(sql`insert into service_records (id, vehicle_id, customer_id, dealer_id, kind, mileage_km, performed_at, total_minor, source, source_visit_id)
        select * from jsonb_to_recordset(${json(created.map((r) => ({ id: r.id, ...r.header })))}) as v(${columns})`);
    }
    const items = records.flatMap((r) =>
      r.candidate.payload.items.flatMap((item, i) => {
        const kept = r.candidate.resolved.items[i];
        return kept
          ? [{ id: newId(), service_record_id: r.id, kind: item.kind, description: kept.description, product_id: kept.productId, quantity: item.quantity, unit_price_minor: item.unitPriceMinor, total_minor: item.quantity * item.unitPriceMinor }]
          : [];
      }),
    );
    if (items.length) {
      await tx.execute(sql`insert into service_items (id, service_record_id, kind, description, product_id, quantity, unit_price_minor, total_minor)
        select * from jsonb_to_recordset(${json(items)}) as v(id uuid, service_record_id uuid, kind service_item_kind, description text, product_id uuid, quantity int, unit_price_minor int, total_minor int)`);
    }
    // The odometer never goes down: an old visit's reading raises the vehicle's mileage only where it is higher.
    await tx.execute(sql`update vehicles ve set mileage_km = greatest(ve.mileage_km, v.km), updated_at = now()
      from (select vehicle_id, max(mileage_km) as km from jsonb_to_recordset(${json(records.map((r) => r.header))}) as x(vehicle_id uuid, mileage_km int) group by vehicle_id) v
      where ve.id = v.vehicle_id and ve.mileage_km < v.km`);
    await tx.execute(sql`update source_service_visits sv set service_record_id = v.record_id, built_hash = sv.payload_hash, updated_at = now()
      from jsonb_to_recordset(${json(records.map((r) => ({ id: r.candidate.id, record_id: r.id })))}) as v(id uuid, record_id uuid) where sv.id = v.id`);
  }
  // The station serviced the customer (as recorded work relates them).
  const related = [...records.map((r) => r.candidate), ...toMove].filter((c) => c.owner).map((c) => ({ dealer_id: c.resolved.stationId, customer_id: c.owner }));
  if (related.length) {
    await tx.execute(sql`insert into dealer_relationships (dealer_id, customer_id, basis)
      select distinct v.dealer_id, v.customer_id, 'SERVICE'::dealer_relationship_basis from jsonb_to_recordset(${json(related)}) as v(dealer_id uuid, customer_id uuid)
      on conflict do nothing`);
  }
  return { built: records.length, moved: toMove.length, removed: toRemove.length };
}

/** The identity hook: visits whose person's record now belongs to one of these profiles move there. */
export async function followIdentityVisits(tx: Executor, customerIds: string[]): Promise<void> {
  await syncSourceVisits(tx, { customerIds });
}

/** The source deleted visits: their service records go, the records and their versions stay; sending one again brings it back. */
export async function deleteIngestedServiceVisits(db: Database, principal: Principal, input: { source: string; visitIds: string[] }) {
  const { deleted, unknown } = await deleteHistory(db, principal, { source: input.source, keys: input.visitIds }, VISIT_HISTORY);
  return { deleted, unknown };
}
