import { and, eq, inArray, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { IdentitySettings } from "../config.js";
import type { Database, Transaction } from "../db/client.js";
import { customers, dealerRelationships, identityKeys, identityLinks, sourceRecords } from "../db/schema/index.js";
import { newId } from "../db/ids.js";
import { array } from "./bulk.js";
import { badInput, DomainError } from "../errors.js";
import { audit } from "../audit/audit.service.js";
import { suppressedAmong, type SuppressionHit } from "./suppression.js";
import { findCandidates, type LinkRule, type PersonKey, type Probe } from "./match.js";
import { linkGroups } from "./link-groups.js";
import { lockIdentityGraph, performMerges, type MergePair } from "./merge.service.js";
import { normaliseRecord, type FieldWarning, type NormalisedRecord, type SourceRecordData } from "./normalise.js";
import { dealerOfSource, importSource } from "../organisations/sources.js";
import { insertKeys } from "./keys.js";
import type { OnIdentityRelinked } from "./relinked.js";
import { goldenFields, refreshGoldenRecords, rememberNormalised, type Contribution, type GoldenFields } from "./survivorship.js";

export const MAX_RECORDS_PER_BATCH = 1000;

export type IngestOutcome = "CREATED" | "MATCHED" | "UPDATED" | "UNCHANGED";

export interface IngestedRecord {
  index: number;
  sourceId: string;
  outcome: IngestOutcome;
  customerId: string;
  rule: LinkRule | "NEW" | "MANUAL";
  confidence: number;
  /** Values of the record left out of matching (it is stored all the same). */
  warnings: FieldWarning[];
}

export interface RejectedRecord {
  index: number;
  sourceId: string | null;
  code: string;
  field: string;
  message: string;
}

export interface IngestSummary {
  created: number;
  matched: number;
  updated: number;
  unchanged: number;
  /** Existing profiles merged automatically because a record proved them one person. */
  merged: number;
  rejected: number;
}

export interface IngestResult {
  summary: IngestSummary;
  records: IngestedRecord[];
  rejected: RejectedRecord[];
}

interface Valid {
  index: number;
  at: string;
  record: NormalisedRecord;
  /** As sent: a suppressed email or phone is named by its position here. */
  raw: SourceRecordData;
}

const rejection = (index: number, sourceId: string | null, error: DomainError): RejectedRecord => ({
  index,
  sourceId,
  code: error.code,
  field: error.field ?? `input.records.${index}`,
  message: error.message,
});

/**
 * A batch of one source's records. Each record is validated on its own (bad ones are reported
 * with index, code and field; the rest is stored); a record seen before with the same payload
 * changes nothing; a changed one replaces its payload and keeps its link; a new one is matched
 * against the identity graph and the rest of the batch, then linked to the profile it matches,
 * or to a new one. Everything is set-based: a fixed number of statements per batch.
 */
export async function ingestSourceRecords(
  db: Database,
  principal: Principal,
  input: { source: string; records: SourceRecordData[] },
  settings: IdentitySettings,
  onRelinked: OnIdentityRelinked,
): Promise<IngestResult> {
  const source = await importSource(db, principal, input.source, "source records");
  if (input.records.length === 0 || input.records.length > MAX_RECORDS_PER_BATCH) {
    throw badInput("input.records", `A batch holds 1 to ${MAX_RECORDS_PER_BATCH} records`);
  }
  const rejected: RejectedRecord[] = [];
  const valid: Valid[] = [];
  const seen = new Set<string>();
  input.records.forEach((raw, index) => {
    const at = `input.records.${index}`;
    try {
      const record = normaliseRecord(raw, at);
      if (seen.has(record.sourceId)) throw badInput(`${at}.sourceId`, "This sourceId appears earlier in the same batch");
      seen.add(record.sourceId);
      valid.push({ index, at, record, raw });
      rememberNormalised(record);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      rejected.push(rejection(index, typeof raw?.sourceId === "string" ? raw.sourceId : null, error));
    }
  });
  const result =
    valid.length > 0
      ? await db.transaction((tx) => storeBatch(tx, principal, source, valid, settings, onRelinked))
      : { records: [], rejected: [], merged: 0 };
  const all = [...rejected, ...result.rejected].sort((a, b) => a.index - b.index);
  const records = result.records.sort((a, b) => a.index - b.index);
  const count = (o: IngestOutcome) => records.filter((r) => r.outcome === o).length;
  return {
    summary: { created: count("CREATED"), matched: count("MATCHED"), updated: count("UPDATED"), unchanged: count("UNCHANGED"), merged: result.merged, rejected: all.length },
    records,
    rejected: all,
  };
}

async function storeBatch(tx: Transaction, principal: Principal, source: string, batch: Valid[], settings: IdentitySettings, onRelinked: OnIdentityRelinked) {
  await lockIdentityGraph(tx);
  const rejected: RejectedRecord[] = [];
  // Who is erased, and which records were seen before (those of erased people are then ignored): independent reads, sent together.
  const [erased, existing] = await Promise.all([
    suppressedAmong(tx, batch.map((v) => ({ source, sourceId: v.record.sourceId, emails: v.raw.emails, phones: v.raw.phones }))),
    tx
      .select({ id: sourceRecords.id, sourceId: sourceRecords.sourceId, payloadHash: sourceRecords.payloadHash, customerId: identityLinks.customerId, rule: identityLinks.rule, confidence: identityLinks.confidence })
      .from(sourceRecords)
      .leftJoin(identityLinks, eq(identityLinks.sourceRecordId, sourceRecords.id))
      .where(and(eq(sourceRecords.source, source), sql`${sourceRecords.sourceId} = any(${array(batch.map((v) => v.record.sourceId), "text")})`)),
  ]);
  const accepted = batch.filter((v, i) => {
    const hit = erased.get(i);
    if (!hit) return true;
    rejected.push(rejection(v.index, v.record.sourceId, erasedPerson(v.at, hit)));
    return false;
  });
  const known = new Map(existing.map((e) => [e.sourceId, e]));
  const records: IngestedRecord[] = [];
  const touched = new Set<string>();
  const changed: { id: string; v: Valid }[] = [];
  const fresh: Valid[] = [];
  for (const v of accepted) {
    const before = known.get(v.record.sourceId);
    if (!before) fresh.push(v);
    else {
      const outcome = before.payloadHash === v.record.payloadHash ? "UNCHANGED" : "UPDATED";
      records.push({ index: v.index, sourceId: v.record.sourceId, outcome, customerId: before.customerId!, rule: before.rule ?? "NEW", confidence: before.confidence ?? 1, warnings: v.record.warnings });
      if (outcome === "UPDATED") {
        changed.push({ id: before.id, v });
        touched.add(before.customerId!);
      }
    }
  }

  if (changed.length) {
    const values = changed.map((c) => sql`(${c.id}::uuid, ${c.v.record.payloadJson}::jsonb, ${c.v.record.payloadHash}::text)`);
    await tx.execute(sql`update source_records r set payload = v.payload, payload_hash = v.hash, received_at = now(), updated_at = now()
      from (values ${sql.join(values, sql`, `)}) as v(id, payload, hash) where r.id = v.id`);
    await tx.delete(identityKeys).where(inArray(identityKeys.sourceRecordId, changed.map((c) => c.id)));
    await insertKeys(tx, changed.map((c) => ({ id: c.id, record: c.v.record })));
  }

  let merged = 0;
  /** The profiles this batch creates, with the records they were born of. */
  const born = new Map<string, Contribution[]>();
  if (fresh.length) {
    const withIds = fresh.map((v) => ({ ...v, id: newId() }));
    await tx.execute(sql`insert into source_records (id, source, source_id, payload, payload_hash)
      select u.id, ${source}, u.source_id, u.payload::jsonb, u.hash
      from unnest(${array(withIds.map((v) => v.id), "uuid")}, ${array(withIds.map((v) => v.record.sourceId), "text")},
                  ${array(withIds.map((v) => v.record.payloadJson), "text")}, ${array(withIds.map((v) => v.record.payloadHash), "text")}) as u(id, source_id, payload, hash)`);
    await insertKeys(tx, withIds);
    merged = await linkNewRecords(tx, principal, source, withIds, settings, records, touched, born);
  }

  const dealerId = await dealerOfSource(tx, source);
  if (dealerId && touched.size) {
    await tx.insert(dealerRelationships).values([...touched].map((customerId) => ({ dealerId, customerId, basis: "SOURCE" as const }))).onConflictDoNothing();
  }
  await refreshGoldenRecords(tx, [...touched], settings, born);
  // Transactions that waited for these people (imported before them) are hung on their profiles now.
  if (touched.size) await onRelinked(tx, [...touched]);
  await audit(tx, principal, {
    action: "INGEST",
    targetType: "SourceBatch",
    // A source is a name, not a record with a global id: it goes in the details.
    targetId: null,
    operation: "ingestSourceRecords",
    details: { source, records: batch.length, new: fresh.length, updated: changed.length, merged, rejected: rejected.length },
  });
  return { records, rejected, merged };
}

/** Nothing of an erased person is stored again, whichever source sends them: the record is refused, naming what gave them away. */
function erasedPerson(at: string, hit: SuppressionHit): DomainError {
  if (hit.kind === "EMAIL") return new DomainError("CONFLICT", "This email address belongs to an erased person; the source record is refused", `${at}.emails.${hit.position}`);
  if (hit.kind === "PHONE") return new DomainError("CONFLICT", "This phone number belongs to an erased person; the source record is refused", `${at}.phones.${hit.position}`);
  return new DomainError("CONFLICT", "This person's data was erased; the source record is refused", `${at}.sourceId`);
}

/**
 * Decides every new record of the batch: confident matches (to existing profiles or to each
 * other) are joined; each group goes to the oldest profile in it, further profiles in the group
 * are merged into that one (a record proved them one person), and a group without a profile
 * becomes a new one.
 */
async function linkNewRecords(
  tx: Transaction,
  principal: Principal,
  source: string,
  fresh: (Valid & { id: string })[],
  settings: IdentitySettings,
  records: IngestedRecord[],
  touched: Set<string>,
  born: Map<string, Contribution[]>,
): Promise<number> {
  const probes: Probe[] = fresh.map((v) => ({
    recordId: v.id,
    name: v.record.keys.find((k) => k.kind === "NAME")?.value ?? null,
    birthday: v.record.birthday,
    vins: v.record.vins,
    keys: v.record.keys,
  }));
  const candidates = await findCandidates(tx, probes, settings, new Map(probes.map((p) => [p.recordId, p])), "link");
  const { groups, best } = linkGroups(candidates);
  const members = new Map<string, PersonKey[]>();
  const nodes = new Set<PersonKey>([...fresh.map((v) => `r:${v.id}` as PersonKey), ...[...candidates.byRecord.values()].flatMap((m) => [...m.keys()])]);
  for (const node of nodes) {
    const root = groups.find(node);
    const group = members.get(root);
    if (group) group.push(node);
    else members.set(root, [node]);
  }
  // Only profiles that receive a record are locked (and merged, when a group holds several).
  const profileIds = [
    ...new Set(
      [...members.values()].filter((g) => g.some((n) => n.startsWith("r:"))).flatMap((g) => g.filter((n) => n.startsWith("c:")).map((n) => n.slice(2))),
    ),
  ];
  const profiles = profileIds.length
    ? await tx.select().from(customers).where(sql`${customers.id} = any(${array(profileIds, "uuid")})`).orderBy(customers.id).for("update")
    : [];
  const byAge = [...profiles].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const age = new Map(byAge.map((p, i) => [p.id, i]));
  const profileById = new Map(profiles.map((p) => [p.id, p]));

  const freshById = new Map(fresh.map((v) => [v.id, v]));
  const newProfiles: { records: (Valid & { id: string })[] }[] = [];
  const links: { recordId: string; customerId: string | number; rule: LinkRule | "NEW"; confidence: number; seed: boolean }[] = [];
  const merges: MergePair[] = [];
  for (const group of members.values()) {
    const recordsOfGroup = group.filter((n) => n.startsWith("r:")).map((n) => freshById.get(n.slice(2))).filter((v): v is Valid & { id: string } => !!v);
    if (recordsOfGroup.length === 0) continue;
    recordsOfGroup.sort((a, b) => a.index - b.index);
    const owners = group.filter((n) => n.startsWith("c:")).map((n) => n.slice(2)).sort((a, b) => age.get(a)! - age.get(b)!);
    let target: string | number;
    if (owners.length === 0) {
      target = newProfiles.length;
      newProfiles.push({ records: recordsOfGroup });
    } else {
      target = owners[0]!;
      const survivor = profileById.get(target)!;
      for (const other of owners.slice(1)) merges.push({ survivor, merged: profileById.get(other)! });
    }
    recordsOfGroup.forEach((v, i) => {
      const decision = best.get(v.id);
      const seed = owners.length === 0 && i === 0;
      links.push({ recordId: v.id, customerId: target, rule: seed || !decision ? "NEW" : decision.rule, confidence: seed || !decision ? 1 : decision.confidence, seed });
    });
  }

  // All at once, as if one after the other; the batch re-derives every touched profile at its end, so the merges need not do it as well.
  await performMerges(tx, principal, merges, settings, "ingestSourceRecords", { refresh: false });

  // A new profile is born with its golden fields: the survivorship the refresh applies, to its
  // records in the order the refresh would read them (received together: by id), so the refresh
  // need neither read them back nor derive the fields again (`born`).
  const now = new Date();
  const created = newProfiles.map((p) => {
    const contributions = [...p.records].sort((a, b) => (a.id < b.id ? -1 : 1)).map((v) => ({ source, receivedAt: now, record: v.record }));
    return {
      id: newId(),
      first: p.records.reduce((min, v) => (v.id < min ? v.id : min), p.records[0]!.id),
      contributions,
      golden: goldenFields(contributions, settings),
      kind: p.records[0]!.record.organisationName && !p.records[0]!.record.familyName ? "BUSINESS" : "PRIVATE",
    };
  });
  for (const c of [...created].sort((a, b) => (a.first < b.first ? -1 : 1))) born.set(c.id, c.contributions);
  if (created.length) {
    const column = (pick: (g: GoldenFields) => string | null) => array(created.map((c) => pick(c.golden)), "text");
    await tx.execute(sql`insert into customers (id, kind, given_name, family_name, organisation_name, birthday, display_name)
      select u.id, u.kind::customer_kind, u.given_name, u.family_name, u.organisation_name, u.birthday::date, u.display_name
      from unnest(${array(created.map((c) => c.id), "uuid")}, ${array(created.map((c) => c.kind), "text")}, ${column((g) => g.givenName)}, ${column((g) => g.familyName)},
                  ${column((g) => g.organisationName)}, ${column((g) => g.birthday)}, ${column((g) => g.displayName)})
        as u(id, kind, given_name, family_name, organisation_name, birthday, display_name)`);
  }
  const resolve = (target: string | number) => (typeof target === "number" ? created[target]!.id : target);
  if (links.length) {
    await tx.execute(sql`insert into identity_links (id, source_record_id, customer_id, original_customer_id, rule, confidence)
      select u.id, u.record_id, u.customer_id, u.customer_id, u.rule::match_rule, u.confidence::float8
      from unnest(${array(links.map(() => newId()), "uuid")}, ${array(links.map((l) => l.recordId), "uuid")}, ${array(links.map((l) => resolve(l.customerId)), "uuid")},
                  ${array(links.map((l) => l.rule), "text")}, ${array(links.map((l) => String(l.confidence)), "text")}) as u(id, record_id, customer_id, rule, confidence)`);
  }
  for (const l of links) {
    const v = freshById.get(l.recordId)!;
    const customerId = resolve(l.customerId);
    touched.add(customerId);
    records.push({ index: v.index, sourceId: v.record.sourceId, outcome: l.seed ? "CREATED" : "MATCHED", customerId, rule: l.rule, confidence: l.confidence, warnings: v.record.warnings });
  }
  return merges.length;
}
