import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customers, segments } from "../db/schema/index.js";
import { toCustomer } from "../customers/customers.declaration.js";
import { customerRuleConditions, listCustomersWhere } from "../customers/customers.service.js";
import type { CustomerRule } from "../customers/customers.types.js";
import { z } from "zod";
import { DomainError, forbidden, notFound } from "../errors.js";
import type { ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import type { CreateSegmentInput, Segment, SegmentPreview, UpdateSegmentInput } from "./segments.types.js";
import { isUniqueViolation } from "../db/violations.js";
import { requiredText, validate } from "../validation/input.js";

const SAMPLE = 10;
/** Filter fields a stored rule holds as text that the conditions read as instants. */
const INSTANTS = new Set(["lastOrderAfter", "lastOrderBefore", "createdAfter", "createdBefore", "from", "to"]);

/** Segments are staff's for now: a dealer's own segments of its own customers come with their owner column. */
export const maySeeSegments = (principal: Principal): boolean => principal.role === "ADMIN" || principal.role === "AGENT";

function staffOnly(principal: Principal) {
  if (!maySeeSegments(principal)) throw forbidden("Segments are for staff");
}

/** A rule as stored (JSON) read back as the input it was: instants revived. */
export const storedRule = (stored: unknown): CustomerRule =>
  JSON.parse(JSON.stringify(stored), (key, value) => (INSTANTS.has(key) && typeof value === "string" ? new Date(value) : value)) as CustomerRule;

const toSegment = (row: typeof segments.$inferSelect): Segment => ({
  dbId: row.id,
  id: toGlobalId("Segment", row.id),
  code: row.code,
  name: row.name,
  description: row.description,
  rule: (row.rule ?? {}) as Record<string, unknown>,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const segmentCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "Lower case letters, digits and dashes, 2–40 characters");
const segmentName = requiredText(120, "a name");


/** How many customers a rule selects now, and the newest few: one count and one page. */
export async function previewSegment(db: Database, principal: Principal, rule: CustomerRule): Promise<SegmentPreview> {
  staffOnly(principal);
  const where = customerRuleConditions(principal, rule, "rule");
  const [sized, sample] = await Promise.all([
    db.select({ n: count() }).from(customers).where(where),
    db.select().from(customers).where(where).orderBy(desc(customers.createdAt), desc(customers.id)).limit(SAMPLE),
  ]);
  return { size: Number(sized[0]!.n), sample: sample.map(toCustomer) };
}

export async function listSegments(db: Database, principal: Principal): Promise<Segment[]> {
  staffOnly(principal);
  return (await db.select().from(segments).orderBy(asc(segments.name), asc(segments.id))).map(toSegment);
}

export async function createSegment(db: Database, principal: Principal, input: CreateSegmentInput): Promise<Segment> {
  staffOnly(principal);
  const code = validate(segmentCode, input.code, "input.code");
  const name = validate(segmentName, input.name, "input.name");
  customerRuleConditions(principal, input.rule, "input.rule");
  try {
    const [row] = await db
      .insert(segments)
      .values({ code, name, description: input.description?.trim() || null, rule: JSON.parse(JSON.stringify(input.rule)) })
      .returning();
    return toSegment(row!);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "Another segment has this code", "input.code");
    throw error;
  }
}

export async function updateSegment(db: Database, principal: Principal, input: UpdateSegmentInput): Promise<Segment> {
  staffOnly(principal);
  const id = expectGlobalId(input.segmentId, "Segment", "input.segmentId");
  const changes: Partial<typeof segments.$inferInsert> = { updatedAt: new Date() };
  if (input.name != null) changes.name = validate(segmentName, input.name, "input.name");
  if (input.description !== undefined) changes.description = input.description?.trim() || null;
  if (input.rule) {
    customerRuleConditions(principal, input.rule, "input.rule");
    changes.rule = JSON.parse(JSON.stringify(input.rule));
  }
  const [row] = await db.update(segments).set(changes).where(eq(segments.id, id)).returning();
  if (!row) throw notFound("Segment", "input.segmentId");
  return toSegment(row);
}

export async function deleteSegment(db: Database, principal: Principal, segmentId: string): Promise<string> {
  staffOnly(principal);
  const id = expectGlobalId(segmentId, "Segment", "input.segmentId");
  const [row] = await db.delete(segments).where(eq(segments.id, id)).returning({ id: segments.id });
  if (!row) throw notFound("Segment", "input.segmentId");
  return segmentId;
}

/** How many customers the segment's rule selects now (within the caller's scope). */
export async function segmentSize(db: Database, principal: Principal, segment: Segment): Promise<number> {
  const [row] = await db.select({ n: count() }).from(customers).where(customerRuleConditions(principal, storedRule(segment.rule), "rule"));
  return Number(row!.n);
}

/** The customers the segment's rule selects now, newest first, paged as customers(...) is. */
export function segmentMembers(db: Database, principal: Principal, segment: Segment, args: ConnectionArgs) {
  return listCustomersWhere(db, customerRuleConditions(principal, storedRule(segment.rule), "rule"), null, args);
}

/**
 * Which segments each customer is in now: the segments read once, then one statement per segment
 * for the whole batch of customers. A stored rule that no longer compiles (a filter field since
 * removed) selects no one rather than failing the profile.
 */
export async function segmentsOfCustomers(db: Database, principal: Principal, customerIds: readonly string[]): Promise<Map<string, Segment[]>> {
  const found = new Map<string, Segment[]>(customerIds.map((id) => [id, []]));
  for (const segment of (await db.select().from(segments).orderBy(asc(segments.name), asc(segments.id))).map(toSegment)) {
    let where: SQL;
    try {
      where = customerRuleConditions(principal, storedRule(segment.rule), "rule");
    } catch {
      continue;
    }
    const members = await db.select({ id: customers.id }).from(customers).where(and(inArray(customers.id, [...customerIds]), where));
    for (const { id } of members) found.get(id)?.push(segment);
  }
  return found;
}
