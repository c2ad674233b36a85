import { and, desc, eq, inArray, isNull, ne, Param, sql } from "drizzle-orm";
import { isStaff, type Principal } from "../auth/principal.js";
import type { IdentitySettings } from "../config.js";
import { toCustomer, type CustomerRow } from "../customers/customers.declaration.js";
import type { Database, Executor } from "../db/client.js";
import { lockIdentityGraph } from "../db/locks.js";
import { customerAddresses, customerEmails, customerMerges, customerPhones, customers, identityLinks } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { audit, auditAll } from "../audit/audit.service.js";
import { countCustomerRows, reassignCustomers, restoreCustomerRows, type MovedRows } from "./reassign.js";
import type { OnIdentityRelinked } from "./relinked.js";
import { refreshGoldenRecords, type AddedContacts } from "./survivorship.js";
import { array, run } from "./bulk.js";
import { newId } from "../db/ids.js";

export { lockIdentityGraph };

const GOLDEN_COLUMNS = ["givenName", "familyName", "organisationName", "birthday", "displayName", "kind", "stage", "tier", "preferredDealerId"] as const;
type SurvivorBefore = Pick<CustomerRow, (typeof GOLDEN_COLUMNS)[number]>;

/** What an unmerge needs to put everything back (kept in customer_merges.snapshot). */
export interface MergeSnapshot {
  survivorBefore: SurvivorBefore;
  links: string[];
  rows: MovedRows;
  addedContacts: AddedContacts;
  /** The merged profile's sign-in went to a survivor that had none (its login email moved with it). */
  passwordMoved?: boolean;
}

export interface MergeOutcome {
  mergeId: string;
  survivor: CustomerRow;
  snapshot: MergeSnapshot;
}

/** Locks both profiles (in id order, so two merges of the same pair cannot deadlock). */
async function lockPair(tx: Executor, a: string, b: string): Promise<Map<string, CustomerRow>> {
  const rows = await tx.select().from(customers).where(inArray(customers.id, [a, b])).orderBy(customers.id).for("update");
  return new Map(rows.map((r) => [r.id, r]));
}

/** One profile to merge into another. */
export interface MergePair {
  survivor: CustomerRow;
  merged: CustomerRow;
}

/**
 * Moves the merged profile's links and rows to the survivor, re-derives the survivor's golden
 * record and leaves the merged id pointing at the survivor; both rows must be locked.
 */
export async function performMerge(
  tx: Executor,
  principal: Principal,
  survivor: CustomerRow,
  merged: CustomerRow,
  settings: IdentitySettings,
  operation: string,
  options: { refresh: boolean } = { refresh: true },
): Promise<MergeOutcome> {
  return (await performMerges(tx, principal, [{ survivor, merged }], settings, operation, options))[0]!;
}

/**
 * The merges of many pairs as if performed one after the other in the given order (an ingest
 * batch proves hundreds of pairs one person), in a fixed number of statements per round: a
 * round takes each survivor's next pair, so a profile receiving two merged ones sees the first's
 * rows before the second's arrive (flags and unique keys decided as sequential merges would),
 * and each merge gets its own snapshot, `customer_merges` row and audit entry. Every row must be
 * locked; a merged profile is merged once and is no survivor.
 */
export async function performMerges(
  tx: Executor,
  principal: Principal,
  pairs: readonly MergePair[],
  settings: IdentitySettings,
  operation: string,
  options: { refresh: boolean } = { refresh: true },
): Promise<MergeOutcome[]> {
  const mergedIds = new Set(pairs.map((p) => p.merged.id));
  if (mergedIds.size !== pairs.length || pairs.some((p) => mergedIds.has(p.survivor.id))) throw new Error("performMerges: each profile is merged once, into a profile that is not merged");
  const rounds: number[][] = [];
  const taken = new Map<string, number>();
  pairs.forEach((p, i) => {
    const round = taken.get(p.survivor.id) ?? 0;
    taken.set(p.survivor.id, round + 1);
    (rounds[round] ??= []).push(i);
  });
  // The survivors as they stand before each round (a round's update is the next round's "before").
  const current = new Map(pairs.map((p) => [p.survivor.id, p.survivor]));
  const outcomes: MergeOutcome[] = [];
  for (const round of rounds) {
    const batch = round.map((i) => pairs[i]!);
    const from = array(batch.map((p) => p.merged.id), "uuid");
    const to = array(batch.map((p) => p.survivor.id), "uuid");
    // The links and the merged profiles' pointers to their survivors in one statement.
    const links = await run<{ id: string; f: string }>(
      tx,
      sql`with pairs(from_id, to_id) as (select * from unnest(${from}, ${to})),
        retired as (update customers c set merged_into_id = p.to_id, updated_at = now() from pairs p where c.id = p.from_id)
        update identity_links l set customer_id = p.to_id from pairs p where l.customer_id = p.from_id returning l.id, p.from_id::text as f`,
    );
    const rows = await reassignCustomers(tx, batch.map((p) => ({ from: p.merged.id, to: p.survivor.id })));
    const added = new Map<string, AddedContacts>();
    for (const p of batch) added.set(p.merged.id, options.refresh ? await refreshGoldenRecords(tx, [p.survivor.id], settings) : { emails: [], phones: [], addresses: [] });
    // A profile without source records (an account, a staff entry) keeps its fields; gaps are filled from the other (its row is locked and unchanged).
    const column = (pick: (m: CustomerRow) => string | null) => array(batch.map((p) => pick(p.merged)), "text");
    await tx.execute(sql`update customers c set given_name = coalesce(c.given_name, v.given_name), family_name = coalesce(c.family_name, v.family_name),
        organisation_name = coalesce(c.organisation_name, v.organisation_name), birthday = coalesce(c.birthday, v.birthday::date),
        preferred_dealer_id = coalesce(c.preferred_dealer_id, v.preferred_dealer_id::uuid), tier = coalesce(c.tier, v.tier::loyalty_tier),
        password_hash = coalesce(c.password_hash, v.password_hash), updated_at = now()
      from unnest(${to}, ${column((m) => m.givenName)}, ${column((m) => m.familyName)}, ${column((m) => m.organisationName)}, ${column((m) => m.birthday)},
                  ${column((m) => m.preferredDealerId)}, ${column((m) => m.tier)}, ${column((m) => m.passwordHash)})
        as v(id, given_name, family_name, organisation_name, birthday, preferred_dealer_id, tier, password_hash)
      where c.id = v.id`);
    const after = new Map((await tx.select().from(customers).where(inArray(customers.id, batch.map((p) => p.survivor.id)))).map((c) => [c.id, c]));
    const linkIds = new Map<string, string[]>();
    for (const l of links) linkIds.set(l.f, [...(linkIds.get(l.f) ?? []), l.id]);
    const made = batch.map((p, j) => {
      const before = current.get(p.survivor.id)!;
      const survivorBefore = Object.fromEntries(GOLDEN_COLUMNS.map((c) => [c, before[c]])) as SurvivorBefore;
      // The hash itself stays out of the snapshot: an unmerge only has to clear it again.
      const passwordMoved = !before.passwordHash && !!p.merged.passwordHash;
      const snapshot: MergeSnapshot = { survivorBefore, links: linkIds.get(p.merged.id) ?? [], rows: rows.get(p.merged.id)!, addedContacts: added.get(p.merged.id)!, passwordMoved };
      return { at: round[j]!, mergeId: newId(), survivor: after.get(p.survivor.id)!, merged: p.merged, snapshot };
    });
    const performedBy = `${principal.role}:${principal.subject ?? "anonymous"}`;
    await tx.insert(customerMerges).values(
      made.map((m) => ({ id: m.mergeId, survivorId: m.survivor.id, mergedId: m.merged.id, performedBy, snapshot: m.snapshot as unknown as Record<string, unknown> })),
    );
    await auditAll(
      tx,
      principal,
      made.map((m) => ({
        action: "MERGE",
        targetType: "Customer",
        targetId: m.survivor.id,
        operation,
        details: {
          mergeId: m.mergeId,
          survivorId: m.survivor.id,
          mergedId: m.merged.id,
          links: m.snapshot.links.length,
          rows: Object.fromEntries(Object.entries(m.snapshot.rows.moved).map(([t, k]) => [t, k.length])),
        },
      })),
    );
    for (const m of made) {
      current.set(m.survivor.id, m.survivor);
      outcomes[m.at] = { mergeId: m.mergeId, survivor: m.survivor, snapshot: m.snapshot };
    }
  }
  return outcomes;
}

async function lockedMergePair(tx: Executor, input: { survivorId: string; mergedId: string }) {
  const survivorId = expectGlobalId(input.survivorId, "Customer", "input.survivorId");
  const mergedId = expectGlobalId(input.mergedId, "Customer", "input.mergedId");
  if (survivorId === mergedId) throw badInput("input.mergedId", "A profile cannot be merged into itself");
  await lockIdentityGraph(tx);
  const pair = await lockPair(tx, survivorId, mergedId);
  const check = (id: string, field: string) => {
    const row = pair.get(id);
    if (!row) throw notFound("Customer", field);
    if (row.mergedIntoId) {
      throw new DomainError("CONFLICT", `This profile was merged into ${toGlobalId("Customer", row.mergedIntoId)} already`, field);
    }
    if (row.erasedAt) throw new DomainError("CONFLICT", "An erased profile cannot be merged", field);
    return row;
  };
  return { survivor: check(survivorId, "input.survivorId"), merged: check(mergedId, "input.mergedId") };
}

export async function mergeCustomers(db: Database, principal: Principal, input: { survivorId: string; mergedId: string }, settings: IdentitySettings, onRelinked: OnIdentityRelinked) {
  if (principal.role !== "ADMIN") throw forbidden("Only an administrator merges profiles");
  return db.transaction(async (tx) => {
    const { survivor, merged } = await lockedMergePair(tx, input);
    const outcome = await performMerge(tx, principal, survivor, merged, settings, "mergeCustomers");
    await onRelinked(tx, [survivor.id, merged.id]);
    return { survivor: toCustomer(outcome.survivor), merge: await mergeView(tx, outcome.mergeId) };
  });
}

class PreviewDone extends Error {
  constructor(readonly preview: MergePreviewResult) {
    super("preview");
  }
}

export interface MergePreviewResult {
  survivorId: string;
  mergedId: string;
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  organisationName: string | null;
  birthday: string | null;
  emails: string[];
  phones: string[];
  addresses: string[];
  sourceIdentities: number;
  moved: { table: string; count: number }[];
  kept: { table: string; count: number }[];
}

/** The merge done in a transaction that is then rolled back: exactly what mergeCustomers would write, written nowhere. */
export async function previewMergeCustomers(db: Database, principal: Principal, input: { survivorId: string; mergedId: string }, settings: IdentitySettings, onRelinked: OnIdentityRelinked) {
  if (!isStaff(principal)) throw forbidden("Only staff preview merges");
  try {
    await db.transaction(async (tx) => {
      const { survivor, merged } = await lockedMergePair(tx, input);
      const before = await countCustomerRows(tx, merged.id);
      const outcome = await performMerge(tx, principal, survivor, merged, settings, "previewMergeCustomers");
      await onRelinked(tx, [survivor.id, merged.id]);
      const after = outcome.survivor;
      const left = await countCustomerRows(tx, merged.id);
      const [emails, phones, addresses, links] = await Promise.all([
        tx.select({ v: customerEmails.address }).from(customerEmails).where(eq(customerEmails.customerId, after.id)).orderBy(desc(customerEmails.isPrimary), customerEmails.createdAt),
        tx.select({ v: customerPhones.e164 }).from(customerPhones).where(eq(customerPhones.customerId, after.id)).orderBy(desc(customerPhones.isPrimary), customerPhones.createdAt),
        tx
          .select({ line1: customerAddresses.line1, city: customerAddresses.city, postcode: customerAddresses.postcode })
          .from(customerAddresses)
          .where(eq(customerAddresses.customerId, after.id))
          .orderBy(desc(customerAddresses.isDefaultDelivery), customerAddresses.createdAt),
        tx.select({ id: identityLinks.id }).from(identityLinks).where(eq(identityLinks.customerId, after.id)),
      ]);
      const tables = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0).map(([table, count]) => ({ table, count }));
      const moved = Object.fromEntries(Object.entries(before).map(([t, n]) => [t, n - (left[t] ?? 0)]));
      throw new PreviewDone({
        survivorId: after.id,
        mergedId: merged.id,
        displayName: after.displayName,
        givenName: after.givenName,
        familyName: after.familyName,
        organisationName: after.organisationName,
        birthday: after.birthday,
        emails: emails.map((e) => e.v),
        phones: phones.map((p) => p.v),
        addresses: addresses.map((a) => [a.line1, a.city, a.postcode].filter(Boolean).join(", ")),
        sourceIdentities: links.length,
        moved: tables(moved),
        kept: tables(left),
      });
    });
  } catch (error) {
    if (error instanceof PreviewDone) return error.preview;
    throw error;
  }
  throw new Error("unreachable: a preview always rolls back");
}

/**
 * Undoes the latest merge of a merged-away profile: links, moved rows and cleared flags go
 * back, the contacts the merge added to the survivor are removed and its golden fields restored.
 * Merges are undone last-in first-out: a later merge into the same survivor must be undone first.
 */
export async function unmergeCustomer(db: Database, principal: Principal, input: { customerId: string }, onRelinked: OnIdentityRelinked) {
  if (principal.role !== "ADMIN") throw forbidden("Only an administrator unmerges profiles");
  const mergedId = expectGlobalId(input.customerId, "Customer", "input.customerId");
  return db.transaction(async (tx) => {
    await lockIdentityGraph(tx);
    const [merge] = await tx
      .select()
      .from(customerMerges)
      .where(and(eq(customerMerges.mergedId, mergedId), isNull(customerMerges.undoneAt)))
      .orderBy(desc(customerMerges.createdAt), desc(customerMerges.id))
      .limit(1);
    if (!merge) {
      const [exists] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, mergedId));
      if (!exists) throw notFound("Customer", "input.customerId");
      throw new DomainError("CONFLICT", "This profile is not merged into another", "input.customerId");
    }
    const pair = await lockPair(tx, merge.survivorId, merge.mergedId);
    const survivor = pair.get(merge.survivorId)!;
    const merged = pair.get(merge.mergedId)!;
    if (survivor.mergedIntoId) {
      throw new DomainError("CONFLICT", `The survivor was merged into ${toGlobalId("Customer", survivor.mergedIntoId)} since; unmerge that first`, "input.customerId");
    }
    const [later] = await tx
      .select({ mergedId: customerMerges.mergedId })
      .from(customerMerges)
      .where(and(eq(customerMerges.survivorId, survivor.id), isNull(customerMerges.undoneAt), ne(customerMerges.id, merge.id),
        // Compared in the database: JavaScript dates lose PostgreSQL's microseconds. Merges of one
        // transaction (an ingest batch) share created_at; their time-ordered ids order them, as above.
        sql`(${customerMerges.createdAt}, ${customerMerges.id}) > (select m.created_at, m.id from customer_merges m where m.id = ${merge.id})`))
      .limit(1);
    if (later) {
      throw new DomainError("CONFLICT", `${toGlobalId("Customer", later.mergedId)} was merged into the same profile later; unmerge that first`, "input.customerId");
    }
    const snapshot = merge.snapshot as unknown as MergeSnapshot;
    if (snapshot.links.length) {
      // Only links still on the survivor: a record detached elsewhere since stays where it was put.
      await tx.execute(sql`update identity_links set customer_id = ${merged.id} where id = any(${new Param(snapshot.links)}::uuid[]) and customer_id = ${survivor.id}`);
    }
    await restoreCustomerRows(tx, merged.id, survivor.id, snapshot.rows);
    const { emails, phones, addresses } = snapshot.addedContacts;
    if (emails.length) await tx.delete(customerEmails).where(inArray(customerEmails.id, emails));
    if (phones.length) await tx.delete(customerPhones).where(inArray(customerPhones.id, phones));
    if (addresses.length) await tx.delete(customerAddresses).where(inArray(customerAddresses.id, addresses));
    const [restoredSurvivor] = await tx
      .update(customers)
      .set({ ...snapshot.survivorBefore, ...(snapshot.passwordMoved ? { passwordHash: null } : {}) })
      .where(eq(customers.id, survivor.id))
      .returning();
    const [restored] = await tx.update(customers).set({ mergedIntoId: null }).where(eq(customers.id, merged.id)).returning();
    await tx.update(customerMerges).set({ undoneAt: new Date() }).where(eq(customerMerges.id, merge.id));
    // Rows restored above are those the merge moved; what was hung on a record since follows the record.
    await onRelinked(tx, [survivor.id, merged.id]);
    await audit(tx, principal, {
      action: "UNMERGE",
      targetType: "Customer",
      targetId: merged.id,
      operation: "unmergeCustomer",
      details: { mergeId: merge.id, survivorId: survivor.id, mergedId: merged.id },
    });
    return { survivor: toCustomer(restoredSurvivor!), restored: toCustomer(restored!), merge: await mergeView(tx, merge.id) };
  });
}

export interface MergeView {
  id: string;
  survivorId: string;
  mergedId: string;
  performedBy: string;
  performedAt: Date;
  undoneAt: Date | null;
  moved: { table: string; count: number }[];
}

async function mergeView(tx: Executor, id: string): Promise<MergeView> {
  const [m] = await tx.select().from(customerMerges).where(eq(customerMerges.id, id));
  const snapshot = m!.snapshot as unknown as MergeSnapshot;
  return {
    id: m!.id,
    survivorId: m!.survivorId,
    mergedId: m!.mergedId,
    performedBy: m!.performedBy,
    performedAt: m!.createdAt,
    undoneAt: m!.undoneAt,
    moved: [
      { table: "identity_links", count: snapshot.links.length },
      ...Object.entries(snapshot.rows.moved).map(([table, keys]) => ({ table, count: keys.length })),
    ].filter((t) => t.count > 0),
  };
}
