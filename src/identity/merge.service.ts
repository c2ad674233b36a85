import { and, desc, eq, inArray, isNull, ne, Param, sql } from "drizzle-orm";
import { isStaff, type Principal } from "../auth/principal.js";
import type { IdentitySettings } from "../config.js";
import { toCustomer, type CustomerRow } from "../customers/customers.declaration.js";
import type { Database, Executor } from "../db/client.js";
import { lockIdentityGraph } from "../db/locks.js";
import { customerAddresses, customerEmails, customerMerges, customerPhones, customers, identityLinks } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { audit } from "../audit/audit.service.js";
import { countCustomerRows, reassignCustomer, restoreCustomerRows, type MovedRows } from "./reassign.js";
import type { OnIdentityRelinked } from "./relinked.js";
import { refreshGoldenRecords, type AddedContacts } from "./survivorship.js";
import { run } from "./bulk.js";

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
  const survivorBefore = Object.fromEntries(GOLDEN_COLUMNS.map((c) => [c, survivor[c]])) as SurvivorBefore;
  // The links and the merged profile's pointer to the survivor in one statement (ingestion merges hundreds of pairs a run).
  const linkIds = (
    await run<{ id: string }>(
      tx,
      sql`with retired as (update customers set merged_into_id = ${survivor.id}, updated_at = now() where id = ${merged.id})
        update identity_links set customer_id = ${survivor.id} where customer_id = ${merged.id} returning id`,
    )
  ).map((l) => l.id);
  const rows = await reassignCustomer(tx, merged.id, survivor.id);
  const addedContacts = options.refresh ? await refreshGoldenRecords(tx, [survivor.id], settings) : { emails: [], phones: [], addresses: [] };
  // A profile without source records (an account, a staff entry) keeps its fields; gaps are filled from the other (its row is locked and unchanged).
  const [after] = await tx
    .update(customers)
    .set({
      givenName: sql`coalesce(${customers.givenName}, ${merged.givenName})`,
      familyName: sql`coalesce(${customers.familyName}, ${merged.familyName})`,
      organisationName: sql`coalesce(${customers.organisationName}, ${merged.organisationName})`,
      birthday: sql`coalesce(${customers.birthday}, ${merged.birthday}::date)`,
      preferredDealerId: sql`coalesce(${customers.preferredDealerId}, ${merged.preferredDealerId}::uuid)`,
      tier: sql`coalesce(${customers.tier}, ${merged.tier}::loyalty_tier)`,
      passwordHash: sql`coalesce(${customers.passwordHash}, ${merged.passwordHash})`,
    })
    .where(eq(customers.id, survivor.id))
    .returning();
  // The hash itself stays out of the snapshot: an unmerge only has to clear it again.
  const passwordMoved = !survivor.passwordHash && !!merged.passwordHash;
  const snapshot: MergeSnapshot = { survivorBefore, links: linkIds, rows, addedContacts, passwordMoved };
  const [merge] = await tx
    .insert(customerMerges)
    .values({ survivorId: survivor.id, mergedId: merged.id, performedBy: `${principal.role}:${principal.subject ?? "anonymous"}`, snapshot: snapshot as unknown as Record<string, unknown> })
    .returning({ id: customerMerges.id });
  await audit(tx, principal, {
    action: "MERGE",
    targetType: "Customer",
    targetId: survivor.id,
    operation,
    details: { mergeId: merge!.id, survivorId: survivor.id, mergedId: merged.id, links: linkIds.length, rows: Object.fromEntries(Object.entries(rows.moved).map(([t, k]) => [t, k.length])) },
  });
  return { mergeId: merge!.id, survivor: after!, snapshot };
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
        // Compared in the database: JavaScript dates lose PostgreSQL's microseconds.
        sql`${customerMerges.createdAt} >= (select m.created_at from customer_merges m where m.id = ${merge.id})`))
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
