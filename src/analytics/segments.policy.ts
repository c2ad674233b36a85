import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { segments } from "../db/schema/index.js";
import { segmentMembersScope } from "../customers/customers.policy.js";

/** Below this many members a supplier sees no size (k-anonymity, as the sales report's k = 5). */
export const SEGMENT_SIZE_K = 5;

/** Who may see segments with their rule and members, and define their own: staff, and dealers (their own). */
export const maySeeSegments = (principal: Principal): boolean => principal.role === "ADMIN" || principal.role === "AGENT" || principal.role === "DEALER";

/** Suppliers see staff's segments by name and size only (sizes under k suppressed). */
export const maySeeSegmentSizesOnly = (principal: Principal): boolean => principal.role === "SUPPLIER";

/**
 * The segments a principal may see at all: staff every one, a dealer its own, a supplier staff's
 * (sizes only: no rule, no members), no one else any.
 */
export function segmentScope(principal: Principal): SQL | undefined {
  if (maySeeSegmentSizesOnly(principal)) return isNull(segments.dealerId);
  return segmentMembersScope(principal, segments.dealerId);
}

/** A segment the principal may change: one it sees with its members (staff any, a dealer its own). */
export const changeableSegment = (principal: Principal, id: string): SQL | undefined =>
  and(eq(segments.id, id), maySeeSegments(principal) ? segmentMembersScope(principal, segments.dealerId) : sql`false`);

/**
 * The principal a segment's rule is compiled for: its owner. A dealer's segment selects among
 * that dealership's customers (the DEALER scope of customerRuleConditions); staff's among all.
 */
export const ownerPrincipal = (dealerId: string | null): Principal =>
  dealerId ? { role: "DEALER", subject: "segment-owner", dealerId } : { role: "ADMIN", subject: "segment-owner" };
