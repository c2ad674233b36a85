import { sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import { rows, type Database, type Executor } from "../db/client.js";
import { newId } from "../db/ids.js";
import { badInput } from "../errors.js";
import { json, texts, uuids, type ReadRecord } from "../organisations/source-batches.js";
import { deleteHistory, ingestHistoryBatch, syncCandidates, type HistoryKind, type Rejected, type HistoryTable } from "../organisations/source-history-store.js";
import { dealerOfSource } from "../organisations/sources.js";
import {
  interactionHash,
  readSourceInteraction,
  resolveSourceInteraction,
  type InteractionPayload,
  type InteractionResolution,
  type InteractionWarning,
  type SourceInteractionData,
} from "./interaction-history-record.js";

/**
 * Historical interactions from source systems (a hotline's calls, a dealer's visits and
 * complaints), the way imported orders work (orders/history-build.ts): each is stored as sent in
 * `source_interactions`, keyed by the source's own id, and built into an interaction on the
 * profile its person's source record (same source, `personSourceId`) belongs to now — none, and no
 * row, until that record arrives; it follows the record on merge, unmerge and detach
 * (`followIdentityInteractions`, on identity's OnIdentityRelinked hook). An imported interaction
 * is an interaction like a logged one (360° view, timeline, scope); `Interaction.source` marks
 * it. No notices, no consent check for past campaigns: history records what happened.
 */

export const MAX_INTERACTIONS_PER_BATCH = 1000;
export type InteractionState = "ATTACHED" | "PENDING";

export type RejectedInteraction = Rejected<"interactionId">;

type Read = ReadRecord<InteractionPayload, InteractionWarning>;


/** Where imported interactions are stored. */
const INTERACTION_RECORDS: HistoryTable = {
  records: "source_interactions",
  key: "source_interaction_id",
  built: "interaction_id",
  builtTable: "interactions",
  revisions: "source_interaction_revisions",
  revisionOf: "record_id",
  auditTarget: "SourceInteractionBatch",
  noun: "interaction",
};

const INTERACTION_HISTORY: HistoryKind<SourceInteractionData, InteractionPayload, InteractionResolution, InteractionWarning, "interactionId"> = {
  ...INTERACTION_RECORDS,
  what: "interactions",
  deletes: "interactions",
  mutation: "Interactions",
  list: "interactions",
  keyName: "interactionId",
  max: MAX_INTERACTIONS_PER_BATCH,
  read: (raw, at, clock) => readSourceInteraction(raw, at, clock.timeZone, clock.now),
  prepare: resolver,
  hash: interactionHash,
  sync: (tx, ids) => syncSourceInteractions(tx, { recordIds: ids }),
  remove: async (tx, ids) => {
    if (ids.length) await tx.execute(sql`delete from interactions where id = any(${uuids(ids)})`);
  },
  audit,
};

/** Imports a batch of one source's historical interactions: each record on its own, refused or kept with warnings, idempotent by the source's id. */
export async function ingestInteractions(db: Database, principal: Principal, input: { source: string; interactions: SourceInteractionData[] }, settings: { timeZone: string }) {
  // Every interaction can be built: it waits only for its person.
  return ingestHistoryBatch(db, principal, { source: input.source, records: input.interactions }, INTERACTION_HISTORY, settings, ({ builtId }): InteractionState => (builtId ? "ATTACHED" : "PENDING"));
}

/** The source deleted interactions: their rows go, the records and their versions stay; sending one again brings it back. */
export async function deleteIngestedInteractions(db: Database, principal: Principal, input: { source: string; interactionIds: string[] }) {
  const { deleted, unknown } = await deleteHistory(db, principal, { source: input.source, keys: input.interactionIds }, INTERACTION_HISTORY);
  return { deleted, unknown };
}

/** The dealer by code (a dealer's system: its own, and only its own) and the vehicle by VIN. */
async function resolver(tx: Executor, source: string, batch: Read[]) {
  const codes = [...new Set(batch.flatMap((r) => (r.payload.dealerCode ? [r.payload.dealerCode.toLowerCase()] : [])))];
  const dealers = new Map(
    (codes.length ? await rows<{ id: string; code: string }>(tx as Database, sql`select id, lower(code) as code from dealers where lower(code) = any(${texts(codes)})`) : []).map((d) => [d.code, d.id]),
  );
  const vins = [...new Set(batch.flatMap((r) => (r.payload.vin ? [r.payload.vin] : [])))];
  const vehicles = new Map((vins.length ? await rows<{ id: string; vin: string }>(tx as Database, sql`select id, vin from vehicles where vin = any(${texts(vins)})`) : []).map((v) => [v.vin, v.id]));
  const sourceDealer = await dealerOfSource(tx, source);
  return (r: Read): InteractionResolution => {
    const code = r.payload.dealerCode?.toLowerCase() ?? null;
    const named = code ? (dealers.get(code) ?? null) : null;
    if (sourceDealer && code && named !== sourceDealer) throw badInput(`${r.at}.dealerCode`, `A dealer's system records its own interactions: ${source} is dealer ${source.slice("dealer-".length).toUpperCase()}`);
    const dealerId = code ? named : sourceDealer;
    return resolveSourceInteraction(r.payload, r.at, { dealerId, dealerKnown: !code || named !== null, vehicleId: r.payload.vin ? (vehicles.get(r.payload.vin) ?? null) : null }, r.warnings);
  };
}

/**
 * Brings the interaction rows of the selected records in line with their latest payload and the
 * identity graph: built once the person's record is known, rebuilt in place (same id) after a
 * change, moved when the record now belongs to another profile. One upsert for all three.
 */
export async function syncSourceInteractions(tx: Executor, selector: { recordIds: string[] } | { customerIds: string[] }): Promise<{ built: number; removed: number }> {
  const candidates = await syncCandidates<InteractionPayload, InteractionResolution>(tx, INTERACTION_RECORDS, selector, true);
  if (candidates.length === 0) return { built: 0, removed: 0 };
  const built = candidates.map((c) => {
    const p = c.payload;
    return {
      id: c.built_id ?? newId(),
      record: c.id,
      customer_id: c.owner!,
      channel: p.channel,
      direction: p.direction,
      type: p.type,
      subject: p.subject,
      notes: p.notes,
      agent: p.agent,
      outcome: p.outcome,
      dealer_id: c.resolved.dealerId,
      vehicle_id: c.resolved.vehicleId,
      occurred_at: p.occurredAt,
      source: c.source,
      source_interaction_id: c.key,
    };
  });
  await tx.execute(sql`insert into interactions (id, customer_id, channel, direction, type, subject, notes, agent, outcome, dealer_id, vehicle_id, occurred_at, source, source_interaction_id)
    select v.id, v.customer_id, v.channel, v.direction, v.type, v.subject, v.notes, v.agent, v.outcome, v.dealer_id, v.vehicle_id, v.occurred_at, v.source, v.source_interaction_id
    from jsonb_to_recordset(${json(built)}) as v(id uuid, customer_id uuid, channel interaction_channel, direction interaction_direction, type interaction_type, subject text, notes text,
      agent text, outcome text, dealer_id uuid, vehicle_id uuid, occurred_at timestamptz, source text, source_interaction_id text)
    on conflict (id) do update set customer_id = excluded.customer_id, channel = excluded.channel, direction = excluded.direction, type = excluded.type, subject = excluded.subject,
      notes = excluded.notes, agent = excluded.agent, outcome = excluded.outcome, dealer_id = excluded.dealer_id, vehicle_id = excluded.vehicle_id, occurred_at = excluded.occurred_at, updated_at = now()`);
  await tx.execute(sql`update source_interactions si set interaction_id = v.id, built_hash = si.payload_hash, updated_at = now()
    from jsonb_to_recordset(${json(built.map((b) => ({ id: b.id, record: b.record })))}) as v(id uuid, record uuid) where si.id = v.record`);
  return { built: built.length, removed: 0 };
}

/** The identity hook: interactions whose person's record now belongs to one of these profiles move there; waiting ones are built. */
export async function followIdentityInteractions(tx: Executor, customerIds: string[]): Promise<void> {
  await syncSourceInteractions(tx, { customerIds });
}
