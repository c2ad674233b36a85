import { asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database, type Executor } from "../db/client.js";
import { customers, segmentMemberships, segments } from "../db/schema/index.js";
import { segmentEntity } from "./segments.declaration.js";
import { toCustomer } from "../customers/customers.declaration.js";
import { customerRuleConditions } from "../customers/customers.service.js";
import type { Customer, CustomerRule } from "../customers/customers.types.js";
import type { ConnectionLoader } from "../graphql/declare/relations.js";
import { z } from "zod";
import { DomainError, forbidden, notFound } from "../errors.js";
import type { ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { CreateSegmentInput, Segment, SegmentPreview, UpdateSegmentInput } from "./segments.types.js";
import { isUniqueViolation } from "../db/violations.js";
import { requiredText, validate } from "../validation/input.js";
import { inlinedSql } from "./segment-predicate.js";
import { changeableSegment, maySeeSegments, maySeeSegmentSizesOnly, ownerPrincipal, SEGMENT_SIZE_K, segmentScope } from "./segments.policy.js";

const SAMPLE = 10;
/** Filter fields a stored rule holds as text that the conditions read as instants. */
const INSTANTS = new Set(["lastOrderAfter", "lastOrderBefore", "createdAfter", "createdBefore", "from", "to"]);

function withRules(principal: Principal) {
  if (!maySeeSegments(principal)) throw forbidden("Segments are for staff and dealers");
}

/** A rule as stored (JSON) read back as the input it was: instants revived. */
export const storedRule = (stored: unknown): CustomerRule =>
  JSON.parse(JSON.stringify(stored), (key, value) => (INSTANTS.has(key) && typeof value === "string" ? new Date(value) : value)) as CustomerRule;

/** A segment as the principal may see it: a supplier gets no rule. */
/** A segment as `principal` may see it: the declared fields, without the rule for those who see sizes only. */
export const toSegment = (row: typeof segments.$inferSelect, principal: Principal): Segment => {
  const segment = segmentEntity.toNode(row);
  if (!maySeeSegments(principal)) segment.rule = null;
  return segment;
};

const segmentCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "Lower case letters, digits and dashes, 2–40 characters");
const segmentName = requiredText(120, "a name");

/**
 * The rule compiled for its owner's scope as SQL text with every value a quoted literal
 * (segment-predicate.ts): what refresh_segment_memberships evaluates in the database. A malformed
 * rule is BAD_USER_INPUT at its node, as for a preview.
 */
export const compilePredicate = (rule: CustomerRule, dealerId: string | null, field: string): string =>
  inlinedSql(customerRuleConditions(ownerPrincipal(dealerId), rule, field), field);

/**
 * The segment's members recomputed over every customer, set-based, in the caller's transaction
 * (refresh_segment_memberships with no ids: one INSERT and one DELETE of the difference, with
 * their events).
 */
async function recompute(tx: Executor, segmentId: string): Promise<number> {
  const [row] = await rows<{ changed: number }>(tx as Database, sql`select refresh_segment_memberships(null, ${segmentId}::uuid) as changed`);
  return Number(row?.changed ?? 0);
}

/** How many customers a rule selects now, and the newest few: one count and one page, within the caller's scope. */
export async function previewSegment(db: Database, principal: Principal, rule: CustomerRule): Promise<SegmentPreview> {
  withRules(principal);
  const where = customerRuleConditions(principal, rule, "rule");
  const [sized, sample] = await Promise.all([
    db.select({ n: count() }).from(customers).where(where),
    db.select().from(customers).where(where).orderBy(desc(customers.createdAt), desc(customers.id)).limit(SAMPLE),
  ]);
  return { size: Number(sized[0]!.n), sample: sample.map(toCustomer) };
}

export async function listSegments(db: Database, principal: Principal): Promise<Segment[]> {
  if (!maySeeSegments(principal) && !maySeeSegmentSizesOnly(principal)) throw forbidden("Segments are for staff, dealers and suppliers");
  return (await db.select().from(segments).where(segmentScope(principal)).orderBy(asc(segments.name), asc(segments.id))).map((row) => toSegment(row, principal));
}

export async function createSegment(db: Database, principal: Principal, input: CreateSegmentInput): Promise<Segment> {
  withRules(principal);
  const code = validate(segmentCode, input.code, "input.code");
  const name = validate(segmentName, input.name, "input.name");
  const dealerId = principal.role === "DEALER" ? principal.dealerId : null;
  const predicateSql = compilePredicate(input.rule, dealerId, "input.rule");
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(segments)
        .values({ code, name, dealerId, description: input.description?.trim() || null, rule: JSON.parse(JSON.stringify(input.rule)), predicateSql })
        .returning();
      await recompute(tx, row!.id);
      return toSegment(row!, principal);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "Another segment has this code", "input.code");
    throw error;
  }
}

export async function updateSegment(db: Database, principal: Principal, input: UpdateSegmentInput): Promise<Segment> {
  withRules(principal);
  const id = expectGlobalId(input.segmentId, "Segment", "input.segmentId");
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(segments).where(changeableSegment(principal, id)).for("update");
    if (!current) throw notFound("Segment", "input.segmentId");
    const changes: Partial<typeof segments.$inferInsert> = { updatedAt: new Date() };
    if (input.name != null) changes.name = validate(segmentName, input.name, "input.name");
    if (input.description !== undefined) changes.description = input.description?.trim() || null;
    if (input.rule) {
      changes.predicateSql = compilePredicate(input.rule, current.dealerId, "input.rule");
      changes.rule = JSON.parse(JSON.stringify(input.rule));
    }
    const [row] = await tx.update(segments).set(changes).where(eq(segments.id, id)).returning();
    if (input.rule) await recompute(tx, id);
    return toSegment(row!, principal);
  });
}

export async function deleteSegment(db: Database, principal: Principal, segmentId: string): Promise<string> {
  withRules(principal);
  const id = expectGlobalId(segmentId, "Segment", "input.segmentId");
  const [row] = await db.delete(segments).where(changeableSegment(principal, id)).returning({ id: segments.id });
  if (!row) throw notFound("Segment", "input.segmentId");
  return segmentId;
}

/**
 * Stored sizes of many segments in one grouped statement. A supplier's sizes under k are
 * suppressed (null): a small group of named criteria could single people out.
 */
export async function segmentSizes(db: Database, principal: Principal, segmentIds: readonly string[]): Promise<Map<string, number | null>> {
  const found = await db
    .select({ segmentId: segmentMemberships.segmentId, n: count() })
    .from(segmentMemberships)
    .where(inArray(segmentMemberships.segmentId, [...segmentIds]))
    .groupBy(segmentMemberships.segmentId);
  const sizes = new Map<string, number | null>(segmentIds.map((id) => [id, 0]));
  for (const { segmentId, n } of found) sizes.set(segmentId, Number(n));
  if (maySeeSegmentSizesOnly(principal)) for (const [id, n] of sizes) if (n !== null && n < SEGMENT_SIZE_K) sizes.set(id, null);
  return sizes;
}

/** The segment's stored members within the caller's scope, newest first, paged as customers(...) is: the declared relation's loader (segments.declaration.ts). */
export function segmentMembers(principal: Principal, members: ConnectionLoader<Customer>, segment: Segment, args: ConnectionArgs) {
  withRules(principal);
  return members.load(segment.dbId, args);
}

/**
 * Every segment recompiled from its rule and recomputed over every customer (npm run
 * traits:refresh, daily): catches what changes without a write (LAPSED, days since...) and
 * predicates stored by an older compiler. A rule that no longer compiles selects no one.
 */
export async function refreshAllSegments(db: Database): Promise<{ segments: number; changed: number }> {
  const all = await db.select({ id: segments.id, rule: segments.rule, dealerId: segments.dealerId }).from(segments).orderBy(asc(segments.id));
  let changed = 0;
  for (const segment of all) {
    let predicateSql: string | null;
    try {
      predicateSql = compilePredicate(storedRule(segment.rule ?? {}), segment.dealerId, "rule");
    } catch {
      predicateSql = null;
    }
    changed += await db.transaction(async (tx) => {
      await tx.update(segments).set({ predicateSql }).where(eq(segments.id, segment.id));
      return recompute(tx, segment.id);
    });
  }
  return { segments: all.length, changed };
}
