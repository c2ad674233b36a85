import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import type { IdentitySettings } from "../config.js";
import { normalizeEmail } from "../customers/accounts.service.js";
import { toCustomer } from "../customers/customers.declaration.js";
import type { Database, Executor } from "../db/client.js";
import { customerMerges, customers, dealerRelationships, identityLinks, sourceRecords } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { dealerOfSource } from "../organisations/sources.js";
import { lockIdentityGraph } from "./merge.service.js";
import { PROFILE_SOURCE } from "./profile-record.js";
import type { OnIdentityRelinked } from "./relinked.js";
import { countCustomerRows, moveContacts, type BroughtContacts } from "./reassign.js";
import { contributionsOf, goldenFields, refreshGoldenRecords, type Contribution } from "./survivorship.js";

export interface DetachInput {
  source: string;
  sourceId: string;
  /** Another profile to attach the record to; without it the record gets a profile of its own. */
  onto?: string | null;
}

/** What a source record brought to its profile and no other record of that profile carries. */
function broughtBy(record: Contribution, others: Contribution[]): BroughtContacts {
  const address = (a: { line1: string; city: string; postcode: string | null }) => `${a.line1.toLowerCase()}|${a.city.toLowerCase()}|${a.postcode ?? ""}`;
  const otherEmails = new Set(others.flatMap((o) => o.record.emails.map((e) => normalizeEmail(e.address))));
  const otherPhones = new Set(others.flatMap((o) => o.record.phones));
  const otherAddresses = new Set(others.flatMap((o) => o.record.addresses.map(address)));
  return {
    emails: record.record.emails.map((e) => normalizeEmail(e.address)).filter((e) => !otherEmails.has(e)),
    phones: record.record.phones.filter((p) => !otherPhones.has(p)),
    addresses: record.record.addresses.filter((a) => !otherAddresses.has(address(a))),
  };
}

/** The profile to attach to: live, or one a detach emptied and retired (re-attaching brings it back, so a detach can be undone exactly). */
async function lockTarget(tx: Executor, id: string) {
  const [row] = await tx.select().from(customers).where(eq(customers.id, id)).for("update");
  if (!row) throw notFound("Customer", "input.onto");
  if (row.erasedAt) throw new DomainError("CONFLICT", "An erased profile takes no records", "input.onto");
  if (!row.mergedIntoId) return row;
  const [merge] = await tx.select({ id: customerMerges.id }).from(customerMerges).where(and(eq(customerMerges.mergedId, id), isNull(customerMerges.undoneAt))).limit(1);
  if (merge) throw new DomainError("CONFLICT", `This profile was merged into ${toGlobalId("Customer", row.mergedIntoId)}; attach to that one`, "input.onto");
  const [revived] = await tx.update(customers).set({ mergedIntoId: null }).where(eq(customers.id, id)).returning();
  return revived!;
}

/**
 * Splits one source record off its profile — onto a new profile of its own, or onto another
 * existing one — with what it brought: the emails, phones and addresses no other record of the
 * profile carries, and its dealership relationship. Both profiles' golden fields are re-derived.
 * A profile left with nothing at all is retired into the target (its id resolves there), and
 * attaching the record back revives it, so every detach can be undone by re-attaching. Audited
 * on both profiles (DETACH, ATTACH), which puts it on both timelines.
 */
export async function detachSourceRecord(db: Database, principal: Principal, input: DetachInput, settings: IdentitySettings, onRelinked: OnIdentityRelinked) {
  if (principal.role !== "ADMIN") throw forbidden("Only an administrator detaches source records");
  const ontoId = input.onto ? expectGlobalId(input.onto, "Customer", "input.onto") : null;
  const source = input.source.trim();
  if (source === PROFILE_SOURCE) throw badInput("input.source", "A profile's own record (what was entered in the platform) stays with its profile");
  return db.transaction(async (tx) => {
    await lockIdentityGraph(tx);
    const [found] = await tx
      .select({ id: sourceRecords.id, linkId: identityLinks.id, fromId: identityLinks.customerId })
      .from(sourceRecords)
      .innerJoin(identityLinks, eq(identityLinks.sourceRecordId, sourceRecords.id))
      .where(and(eq(sourceRecords.source, source), eq(sourceRecords.sourceId, input.sourceId.trim())));
    if (!found) throw notFound("Source record", "input.sourceId");
    if (ontoId === found.fromId) throw badInput("input.onto", "The record is linked to this profile already");
    const [from] = await tx.select().from(customers).where(eq(customers.id, found.fromId)).for("update");
    if (from!.erasedAt) throw new DomainError("CONFLICT", "The record's profile was erased", "input.sourceId");
    const [{ links }] = (await tx.select({ links: count() }).from(identityLinks).where(eq(identityLinks.customerId, from!.id))) as [{ links: number }];
    if (!ontoId && links === 1) throw new DomainError("CONFLICT", "This is the profile's only record: it is on its own already", "input.sourceId");

    const contributions = (await contributionsOf(tx, [from!.id])).get(from!.id) ?? [];
    const mine = contributions.find((c) => c.source === source && c.record.sourceId === input.sourceId.trim())!;
    const brought = broughtBy(mine, contributions.filter((c) => c !== mine));
    const target = ontoId
      ? await lockTarget(tx, ontoId)
      : await (async () => {
          const golden = goldenFields([mine], settings);
          const kind = mine.record.organisationName && !mine.record.familyName ? ("BUSINESS" as const) : ("PRIVATE" as const);
          const [row] = await tx.insert(customers).values({ kind, ...golden }).returning();
          return row!;
        })();

    await tx.update(identityLinks).set({ customerId: target.id, rule: "MANUAL", confidence: 1, linkedAt: sql`now()` }).where(eq(identityLinks.id, found.linkId));
    const moved = await moveContacts(tx, from!.id, target.id, brought);
    await moveDealerSourceRelationship(tx, source, from!.id, target.id);
    await refreshGoldenRecords(tx, [from!.id, target.id], settings);
    // Before the retirement check: rows that follow the record (imported orders) have left by then.
    await onRelinked(tx, [from!.id, target.id]);

    // A profile left with no record and no rows of any kind is only a name: it resolves to where its record went.
    const rowsLeft = Object.values(await countCustomerRows(tx, from!.id)).reduce((a, b) => a + b, 0);
    const retired = links === 1 && rowsLeft === 0 && !from!.passwordHash;
    if (retired) await tx.update(customers).set({ mergedIntoId: target.id }).where(eq(customers.id, from!.id));

    const details = { sourceRecordId: found.id, source, fromId: from!.id, toId: target.id, newProfile: !ontoId, retired, moved };
    await audit(tx, principal, { action: "DETACH", targetType: "Customer", targetId: from!.id, operation: "detachSourceRecord", details: { ...details, otherId: target.id } });
    await audit(tx, principal, { action: "ATTACH", targetType: "Customer", targetId: target.id, operation: "detachSourceRecord", details: { ...details, otherId: from!.id } });

    const [after] = await tx.select().from(customers).where(eq(customers.id, from!.id));
    const [to] = await tx.select().from(customers).where(eq(customers.id, target.id));
    const [link] = await tx.select().from(identityLinks).where(eq(identityLinks.id, found.linkId));
    return { from: toCustomer(after!), to: toCustomer(to!), createdProfile: !ontoId, retired, link: { ...link!, source, sourceId: input.sourceId.trim() } };
  });
}

/** The dealership a dealer's record related the profile to follows the record, unless another record of that dealer's system stays behind. */
async function moveDealerSourceRelationship(tx: Executor, source: string, from: string, to: string) {
  const dealerId = await dealerOfSource(tx, source);
  if (!dealerId) return;
  await tx.insert(dealerRelationships).values({ dealerId: dealerId, customerId: to, basis: "SOURCE" }).onConflictDoNothing();
  const [stays] = await tx
    .select({ id: identityLinks.id })
    .from(identityLinks)
    .innerJoin(sourceRecords, eq(sourceRecords.id, identityLinks.sourceRecordId))
    .where(and(eq(identityLinks.customerId, from), eq(sourceRecords.source, source)))
    .limit(1);
  if (!stays) await tx.delete(dealerRelationships).where(and(eq(dealerRelationships.dealerId, dealerId), eq(dealerRelationships.customerId, from), eq(dealerRelationships.basis, "SOURCE")));
}
