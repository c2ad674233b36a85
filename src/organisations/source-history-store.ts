import { sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database, type Executor, type Transaction } from "../db/client.js";
import { newId } from "../db/ids.js";
import { identityGraphSharedLock } from "../db/locks.js";
import { badInput, DomainError } from "../errors.js";
import { batchSummary, json, readBatch, texts, uuids, type ReadRecord } from "./source-batches.js";
import { importSource } from "./sources.js";

/**
 * The one procedure every kind of imported history (orders, service visits, interactions,
 * vehicle sales) stores its records by. Each kind keeps its records as sent in a table of the
 * same layout — `source`, the source's key, `person_source_id`, `payload`, `resolved`,
 * `payload_hash`, `built_hash`, `revision`, the id of the row it was built into, `deleted_at` —
 * with the replaced versions in a revisions table, and differs only in how it reads and resolves
 * a record and how it builds rows from it (its `sync`). Names of tables and columns come from the
 * code, never from input.
 */
export interface HistoryTable {
  /** The records as sent, e.g. source_orders. */
  records: string;
  /** The source's key column, e.g. transaction_id. */
  key: string;
  /** The column holding the id of the row built from the record, e.g. order_id. */
  built: string;
  /** That row's table: its customer_id says on which profile the record landed. */
  builtTable: string;
  /** Earlier versions, e.g. source_order_revisions, and their column naming the record. */
  revisions: string;
  revisionOf: string;
  /** The batch's audit row: its target type (SourceOrderBatch) and the singular noun for messages (order). */
  auditTarget: string;
  noun: string;
}

export type HistoryOutcome = "CREATED" | "UPDATED" | "UNCHANGED";

/** A record of the batch as it will be stored: read, resolved against the database, hashed. */
export interface Resolved<P, R, W> extends ReadRecord<P, W> {
  key: string;
  resolved: R;
  hash: string;
}

/** The stored version a record of the batch replaces. */
export interface Previous {
  id: string;
  key: string;
  payload_hash: string;
  deleted_at: Date | null;
  built_id: string | null;
  customer_id: string | null;
}

export interface Stored<P, R, W> {
  record: Resolved<P, R, W>;
  outcome: HistoryOutcome;
  /** The row it is built into now and the profile that row is on (an unchanged record: where it stood). */
  builtId: string | null;
  customerId: string | null;
}

/** An audit writer (audit/audit.service.ts `audit`, handed in: this floor does not import audit). */
export type WriteAudit = (tx: Transaction, principal: Principal, event: { action: string; targetType: string; targetId: null; operation: string; details: Record<string, unknown> }) => Promise<void>;

/** A record of a batch that was refused: where, why, and its key (named as in the kind's records) when it had one. */
export type Rejected<K extends string> = { index: number; code: string; field: string; message: string } & { [key in K]: string | null };

/**
 * One kind of imported history: where it is stored, how a record is read (from the GraphQL input
 * or a file's row group) and resolved against the database, and how rows are built from it.
 */
export interface HistoryKind<Raw, P extends { personSourceId: string } & Record<K, string>, R, W, K extends string> extends HistoryTable {
  /** What the kind is called in scope errors and limits ("orders", "service visits"), and in a deletion ("transactions"). */
  what: string;
  deletes: string;
  /** The mutations' stem: ingest<Stem> and deleteIngested<Stem> (Orders), for the audit rows. */
  mutation: string;
  /** The input's list (orders: input.orders) and the key's name in a record (transactionId); a deletion lists input.<keyName>s. */
  list: string;
  keyName: K;
  max: number;
  /** Checks one record without the database (a day-only date is midnight in `timeZone`; nothing may lie after `now`). */
  read(raw: Raw, at: string, clock: { timeZone: string; now: Date }): { payload: P; warnings: W[] };
  /** Reads what the batch refers to (products, dealers, vehicles) and returns how one record resolves; a DomainError refuses that record. */
  prepare(db: Executor, source: string, batch: ReadRecord<P, W>[]): Promise<(record: ReadRecord<P, W>) => R>;
  hash(payload: P, resolved: R): string;
  /** Changes of live records the platform cannot take (orders: a reviewed line): each one named is refused with its error and left as it was. */
  vet?(tx: Transaction, changed: (Resolved<P, R, W> & { id: string; before: Previous })[]): Promise<Map<string, DomainError>>;
  /** Brings the built rows of these stored records in line with their payload and the identity graph. */
  sync(tx: Transaction, recordIds: string[]): Promise<{ built: number; removed: number }>;
  /** Deleting: the records the platform refuses to delete (an order customers reviewed) are kept as they are; `remove` takes the built rows of the rest away (`built`: their ids). */
  keep?(tx: Transaction, live: Previous[]): Promise<string[]>;
  remove(tx: Transaction, built: string[], live: Previous[]): Promise<void>;
  audit: WriteAudit;
}

/**
 * One statement, evaluated left to right: JIT off for the transaction (short index lookups, a
 * thousand at a time: compiling them would cost more than running them); the identity graph
 * shared, so that merges and detaches wait for the batch (and it for them) and nothing is hung on a
 * profile its person is leaving; then the source, as two batches of one source with the same new
 * key would race for it.
 */
const lockSource = (tx: Transaction, table: HistoryTable, source: string) =>
  tx.execute(sql`select set_config('jit', 'off', true), ${identityGraphSharedLock}, pg_advisory_xact_lock(hashtext(${`${table.records}:${source}`}))`);

const id = (name: string) => sql.identifier(name);

/** Persons of this source whose profile was erased: the record stays linked to the emptied profile, and nothing new is hung on it. */
async function erasedPersons(db: Executor, source: string, persons: string[]): Promise<Set<string>> {
  const found = await rows<{ source_id: string }>(
    db as Database,
    // Person by person through the indexes (LIMIT 1 keeps the planner from hashing the whole graph when it has no statistics).
    sql`select k.id as source_id from unnest(${texts([...new Set(persons)])}) k(id)
        cross join lateral (select c.erased_at from source_records r join identity_links l on l.source_record_id = r.id join customers c on c.id = l.customer_id
                            where r.source = ${source} and r.source_id = k.id limit 1) x
        where x.erased_at is not null`,
  );
  return new Set(found.map((r) => r.source_id));
}

/**
 * Where stored records stand: the row built from each and the profile it is on. Records are
 * found key by key through the unique index and each profile by its row's id, whatever the
 * planner knows of the tables (without statistics it hash-joined the whole built table).
 */
const landing = (table: HistoryTable, records: SQL) =>
  sql`select h.id, h.${id(table.key)} as key, h.payload_hash, h.deleted_at, h.${id(table.built)} as built_id,
        (select b.customer_id from ${id(table.builtTable)} b where b.id = h.${id(table.built)}) as customer_id
      from ${records}`;
const byKeys = (table: HistoryTable, source: string, keys: string[], live = false) =>
  landing(table, sql`unnest(${texts(keys)}) k(key) join ${id(table.records)} h on h.source = ${source} and h.${id(table.key)} = k.key${live ? sql` and h.deleted_at is null` : sql``}`);
const byIds = (table: HistoryTable, ids: string[]) => landing(table, sql`unnest(${uuids(ids)}) k(id) join ${id(table.records)} h on h.id = k.id`);

const rejection = <K extends string>(kind: { keyName: K; list: string }, index: number, key: string | null, error: DomainError) =>
  ({ index, [kind.keyName]: key, code: error.code, field: error.field ?? `input.${kind.list}.${index}`, message: error.message }) as Rejected<K>;

/**
 * A batch from the API or the CLI: who may write into the source, the batch's size, each record
 * read on its own, then stored in one transaction (`storeBatch`). Results come back in batch order.
 */
export async function ingestHistoryBatch<Raw, P extends { personSourceId: string } & Record<K, string>, R, W, K extends string, S extends string>(
  db: Database,
  principal: Principal,
  input: { source: string; records: Raw[] },
  kind: HistoryKind<Raw, P, R, W, K>,
  settings: { timeZone: string },
  /** Where a stored record stands (ATTACHED, PENDING, QUARANTINED), by the kind's rule. */
  stateOf: (stored: Stored<P, R, W>) => S,
): Promise<{ summary: ReturnType<typeof batchSummary>; records: Landed<W, S>[]; rejected: Rejected<K>[] }> {
  const source = await importSource(db, principal, input.source, kind.what);
  if (input.records.length === 0 || input.records.length > kind.max) throw badInput(`input.${kind.list}`, `A batch holds 1 to ${kind.max} ${kind.what}`);
  const clock = { timeZone: settings.timeZone, now: new Date() };
  const { read, rejected } = readBatch(input.records, {
    list: `input.${kind.list}`,
    key: kind.keyName,
    keyOf: (payload: P) => payload[kind.keyName],
    read: (raw, at) => kind.read(raw, at, clock),
    refused: (index, raw, error) => {
      const key = (raw as Record<string, unknown> | null)?.[kind.keyName];
      return rejection(kind, index, typeof key === "string" ? key : null, error);
    },
  });
  const stored = read.length ? await storeBatch(db, principal, kind, source, read, rejected) : [];
  rejected.sort((a, b) => a.index - b.index);
  stored.sort((a, b) => a.record.index - b.record.index);
  const records = stored.map((s) => ({ index: s.record.index, key: s.record.key, outcome: s.outcome, state: stateOf(s), builtId: s.builtId, customerId: s.customerId, warnings: s.record.warnings }));
  return { summary: batchSummary(records, rejected.length), records, rejected };
}

/** A stored record of a batch as the API and the CLI report it. */
export interface Landed<W, S extends string> {
  index: number;
  /** The source's key, as sent. */
  key: string;
  outcome: HistoryOutcome;
  state: S;
  /** The row it was built into (an order, a service record...) and the profile that row is on. */
  builtId: string | null;
  customerId: string | null;
  warnings: W[];
}

/**
 * Stores a read batch: the same record again (same content, same resolution) is UNCHANGED and
 * writes nothing, not even an audit row; a changed one is UPDATED with the replaced version kept
 * in the revisions table; one the source had deleted comes back (CREATED). Then the kind's `sync`
 * builds rows, and one INGEST audit row records the batch. A fixed number of statements per
 * batch, whatever its size.
 *
 * A first pass reads without locks what the records refer to, which persons were erased and where
 * the keys stand (one round trip: the reads are sent together, outside a transaction). When every record is stored as sent
 * and resolves as before (a re-sent file), nothing is written and the batch ends there, so batches
 * of one source do not wait for each other. Otherwise the second pass takes the locks and reads
 * the keys and erasures again under them (the resolution is kept from the first pass: no lock
 * guards the catalog or the vehicles), then writes.
 */
async function storeBatch<Raw, P extends { personSourceId: string } & Record<K, string>, R, W, K extends string>(
  db: Database,
  principal: Principal,
  kind: HistoryKind<Raw, P, R, W, K>,
  source: string,
  batch: ReadRecord<P, W>[],
  rejected: Rejected<K>[],
): Promise<Stored<P, R, W>[]> {
  const keys = [...new Set(batch.map((r) => r.payload[kind.keyName]))];
  const persons = batch.map((r) => r.payload.personSourceId);
  // Outside a transaction: the reads are independent, and on the pool postgres.js sends them as named statements that
  // PostgreSQL has parsed and planned already (in a transaction each is parsed and described again, batch after batch).
  const [resolve, erased, existing] = await Promise.all([kind.prepare(db, source, batch), erasedPersons(db, source, persons), rows<Previous>(db, byKeys(kind, source, keys))]);
  // Each record resolved once (resolving adds its warnings to the record).
  const resolutions = batch.map((r): { resolved: R; hash: string } | { error: DomainError } => {
    try {
      const resolved = resolve(r);
      return { resolved, hash: kind.hash(r.payload, resolved) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { error };
    }
  });
  /** The records to store, and the refused ones with their errors, given who was erased. */
  const sort = (erased: Set<string>) => {
    const stored: Resolved<P, R, W>[] = [];
    const refused: [ReadRecord<P, W>, DomainError][] = [];
    batch.forEach((r, i) => {
      const resolution = resolutions[i]!;
      if (erased.has(r.payload.personSourceId)) refused.push([r, new DomainError("CONFLICT", `This person's data was erased; the ${kind.noun} is refused`, `${r.at}.personSourceId`)]);
      else if ("error" in resolution) refused.push([r, resolution.error]);
      else stored.push({ ...r, key: r.payload[kind.keyName], resolved: resolution.resolved, hash: resolution.hash });
    });
    return { stored, refused };
  };
  const first = sort(erased);
  const stood = new Map(existing.map((e) => [e.key, e]));
  if (first.stored.every((s) => stood.get(s.key)?.payload_hash === s.hash && !stood.get(s.key)!.deleted_at)) {
    for (const [r, error] of first.refused) rejected.push(rejection(kind, r.index, r.payload[kind.keyName], error));
    const unchanged = new Map(first.stored.map((s) => [s.key, "UNCHANGED" as const]));
    return first.stored.map((record) => landed(record, unchanged, stood));
  }
  return db.transaction((tx) => writeBatch(tx, principal, kind, source, keys, persons, sort, rejected));
}

/** The second pass of `storeBatch`, under the locks. */
async function writeBatch<Raw, P extends { personSourceId: string } & Record<K, string>, R, W, K extends string>(
  tx: Transaction,
  principal: Principal,
  kind: HistoryKind<Raw, P, R, W, K>,
  source: string,
  keys: string[],
  persons: string[],
  sort: (erased: Set<string>) => { stored: Resolved<P, R, W>[]; refused: [ReadRecord<P, W>, DomainError][] },
  rejected: Rejected<K>[],
): Promise<Stored<P, R, W>[]> {
  const refuse = (r: ReadRecord<P, W>, error: DomainError) => rejected.push(rejection(kind, r.index, r.payload[kind.keyName], error));
  await lockSource(tx, kind, source);
  const [erased, existing] = await Promise.all([erasedPersons(tx, source, persons), rows<Previous>(tx as Database, byKeys(kind, source, keys))]);
  const { stored, refused } = sort(erased);
  for (const [r, error] of refused) refuse(r, error);
  if (stored.length === 0) return [];
  const batchSize = stored.length + refused.length;

  const known = new Map(existing.map((e) => [e.key, e]));
  const outcome = new Map<string, HistoryOutcome>();
  const fresh: (Resolved<P, R, W> & { id: string })[] = [];
  let changed: (Resolved<P, R, W> & { id: string; before: Previous })[] = [];
  for (const s of stored) {
    const before = known.get(s.key);
    if (!before) {
      fresh.push({ ...s, id: newId() });
      outcome.set(s.key, "CREATED");
    } else if (before.payload_hash === s.hash && !before.deleted_at) {
      outcome.set(s.key, "UNCHANGED");
    } else {
      changed.push({ ...s, id: before.id, before });
      // A record the source deleted and sends again is back: built anew, its history kept.
      outcome.set(s.key, before.deleted_at ? "CREATED" : "UPDATED");
    }
  }
  const vetoed = (await kind.vet?.(tx, changed)) ?? new Map<string, DomainError>();
  for (const c of changed) {
    const error = vetoed.get(c.id);
    if (error) refuse(c, error);
  }
  changed = changed.filter((c) => !vetoed.has(c.id));
  const kept = stored.filter((s) => !vetoed.has(known.get(s.key)?.id ?? ""));

  const values = (list: (Resolved<P, R, W> & { id: string })[]) =>
    sql`jsonb_to_recordset(${json(list.map((s) => ({ id: s.id, key: s.key, person_source_id: s.payload.personSourceId, payload: s.payload, resolved: s.resolved, hash: s.hash })))})
      as v(id uuid, key text, person_source_id text, payload jsonb, resolved jsonb, hash text)`;
  if (fresh.length) {
    await tx.execute(sql`insert into ${id(kind.records)} (id, source, ${id(kind.key)}, person_source_id, payload, resolved, payload_hash)
      select v.id, ${source}, v.key, v.person_source_id, v.payload, v.resolved, v.hash from ${values(fresh)}`);
  }
  if (changed.length) {
    const live = changed.filter((c) => !c.before.deleted_at).map((c) => c.id);
    // The version being replaced goes into the history (a deleted one's went there when it was deleted).
    if (live.length) await keepRevisions(tx, kind, live, "UPDATE");
    await tx.execute(sql`update ${id(kind.records)} h set person_source_id = v.person_source_id, payload = v.payload, resolved = v.resolved, payload_hash = v.hash,
        revision = h.revision + 1, deleted_at = null, received_at = now(), updated_at = now()
      from ${values(changed)} where h.id = v.id`);
  }
  const written = [...fresh, ...changed].map((w) => w.id);
  if (written.length === 0) {
    const stood = new Map(existing.map((s) => [s.key, s]));
    return kept.map((record) => landed(record, outcome, stood));
  }
  const effect = await kind.sync(tx, written);
  const after = await rows<Previous>(tx as Database, byIds(kind, written));
  await kind.audit(tx, principal, {
    action: "INGEST",
    targetType: kind.auditTarget,
    targetId: null,
    operation: `ingest${kind.mutation}`,
    details: { source, records: batchSize, new: fresh.length, updated: changed.length, rejected: rejected.length, built: effect.built, removed: effect.removed },
  });
  const stateOf = new Map([...existing, ...after].map((s) => [s.key, s]));
  return kept.map((record) => landed(record, outcome, stateOf));
}

const landed = <P, R, W>(record: Resolved<P, R, W>, outcome: Map<string, HistoryOutcome>, stateOf: Map<string, Previous>): Stored<P, R, W> => {
  const state = stateOf.get(record.key)!;
  return { record, outcome: outcome.get(record.key)!, builtId: state.built_id, customerId: state.customer_id };
};

const keepRevisions = (tx: Transaction, table: HistoryTable, ids: string[], replacedBy: "UPDATE" | "DELETE") =>
  tx.execute(sql`insert into ${id(table.revisions)} (${id(table.revisionOf)}, revision, payload, payload_hash, received_at, replaced_by)
    select id, revision, payload, payload_hash, received_at, ${replacedBy} from ${id(table.records)} where id = any(${uuids(ids)})`);

/**
 * The source deleted records: the rows built from them go (the kind's `remove`), each record
 * stays as a tombstone with its versions; sending it again brings it back. Same scope as
 * importing, 1 to `max` keys.
 */
export async function deleteHistory<Raw, P extends { personSourceId: string } & Record<K, string>, R, W, K extends string>(
  db: Database,
  principal: Principal,
  input: { source: string; keys: string[] },
  kind: HistoryKind<Raw, P, R, W, K>,
): Promise<{ deleted: string[]; conflicts: string[]; unknown: string[] }> {
  const source = await importSource(db, principal, input.source, kind.what);
  if (input.keys.length === 0 || input.keys.length > kind.max) throw badInput(`input.${kind.keyName}s`, `A deletion names 1 to ${kind.max} ${kind.deletes}`);
  const keys = [...new Set(input.keys.map((k) => k.trim()))];
  return db.transaction(async (tx) => {
    await lockSource(tx, kind, source);
    const found = await rows<Previous>(tx as Database, byKeys(kind, source, keys, true));
    const conflicts = new Set((await kind.keep?.(tx, found)) ?? []);
    const live = found.filter((l) => !conflicts.has(l.key));
    if (live.length) {
      const ids = live.map((l) => l.id);
      await keepRevisions(tx, kind, ids, "DELETE");
      await tx.execute(sql`update ${id(kind.records)} set deleted_at = now(), revision = revision + 1, ${id(kind.built)} = null, built_hash = null, updated_at = now()
        where id = any(${uuids(ids)})`);
      await kind.remove(tx, live.flatMap((l) => (l.built_id ? [l.built_id] : [])), live);
      await kind.audit(tx, principal, { action: "INGEST_DELETE", targetType: kind.auditTarget, targetId: null, operation: `deleteIngested${kind.mutation}`, details: { source, deleted: live.length } });
    }
    const deleted = new Set(live.map((l) => l.key));
    return { deleted: keys.filter((k) => deleted.has(k)), conflicts: keys.filter((k) => conflicts.has(k)), unknown: keys.filter((k) => !deleted.has(k) && !conflicts.has(k)) };
  });
}

/** A stored record whose built row needs work, with the profile its person belongs to now (`owner`) and the one its row is on (`current`). */
export interface SyncCandidate<P, R> {
  id: string;
  source: string;
  key: string;
  payload: P;
  resolved: R;
  payload_hash: string;
  built_hash: string | null;
  built_id: string | null;
  owner: string | null;
  current: string | null;
}

const parse = <T>(value: unknown): T => (typeof value === "string" ? (JSON.parse(value) as T) : (value as T));

/**
 * The records of a kind's `sync`: these records, or those whose person now belongs to one of
 * these profiles (identity's hook), that are live and not built, built from an older version, or
 * built on another profile than their person's. `waitForPerson`: records whose person is unknown
 * are left out (they build nothing until the person arrives); otherwise they come with no owner.
 */
export async function syncCandidates<P, R>(tx: Executor, table: HistoryTable, selector: { recordIds: string[] } | { customerIds: string[] }, waitForPerson: boolean): Promise<SyncCandidate<P, R>[]> {
  const ids = "recordIds" in selector ? selector.recordIds : selector.customerIds;
  if (ids.length === 0) return [];
  // The records of a batch are found by id and their person's profile looked up one by one (LIMIT 1), so that
  // the planner never hashes the whole identity graph, even without statistics; the profiles of a merge find
  // their records through their links.
  const records =
    "recordIds" in selector
      ? sql`unnest(${uuids(ids)}) k(id) join ${id(table.records)} h on h.id = k.id
          left join lateral (select l.customer_id from source_records r join identity_links l on l.source_record_id = r.id
                             where r.source = h.source and r.source_id = h.person_source_id limit 1) l on true`
      : sql`identity_links l join source_records r on r.id = l.source_record_id
          join ${id(table.records)} h on h.source = r.source and h.person_source_id = r.source_id
          where l.customer_id = any(${uuids(ids)})`;
  const found = await rows<SyncCandidate<P, R> & { deleted_at: Date | null }>(
    tx as Database,
    sql`select * from (
          select h.id, h.source, h.${id(table.key)} as key, h.payload, h.resolved, h.payload_hash, h.built_hash, h.${id(table.built)} as built_id, h.deleted_at,
                 l.customer_id as owner, (select b.customer_id from ${id(table.builtTable)} b where b.id = h.${id(table.built)}) as current
          from ${records}
        ) c
        where c.deleted_at is null${waitForPerson ? sql` and c.owner is not null` : sql``}
          and (c.built_id is null or c.built_hash is distinct from c.payload_hash or c.current is distinct from c.owner)`,
  );
  return found.map(({ deleted_at: _, ...c }) => ({ ...c, payload: parse<P>(c.payload), resolved: parse<R>(c.resolved) }));
}
