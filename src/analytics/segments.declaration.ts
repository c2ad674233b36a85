import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { customers, segmentMemberships, segments } from "../db/schema/index.js";
import { entity, instants, columns } from "../graphql/declare/entity.js";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { customerEntity, customerKeys } from "../customers/customers.declaration.js";
import { customerScope } from "../customers/customers.policy.js";
import type { TypeProjection } from "../graphql/compiled/projection.js";
import { derived, globalId, key } from "../graphql/declare/fields.js";
import { connection, list, relations } from "../graphql/declare/relations.js";
import { maySeeSegments, segmentScope } from "./segments.policy.js";
import { Segment } from "./segments.types.js";

/**
 * A segment as whoever may see its rule reads it (staff, the owning dealer): the mapper, the
 * loader of Customer.segments and the compiled read path derive from this. `toSegment` hides the
 * rule from the callers who see sizes only.
 */
export const segmentEntity = entity(Segment, segments, {
  dbId: key(segments.id),
  ownerDealerId: key(segments.dealerId),
  id: globalId("Segment", segments.id),
  ...columns(segments, ["code", "name", "description"]),
  rule: derived([segments.rule], ([rule]) => (rule ?? {}) as Record<string, unknown>, sql`coalesce(${segments.rule}, '{}'::jsonb)`),
  ...instants(segments, ["createdAt", "updatedAt"]),
});

/** Customer.segments: the stored memberships, by name; null (not an empty list) for callers who may not see segments with their members. */
export const customerSegments = relations("Customer", {
  segments: list(segmentEntity, {
    through: { table: segmentMemberships, on: eq(segments.id, segmentMemberships.segmentId) },
    key: segmentMemberships.customerId,
    parent: customers.id,
    scope: (principal) => (maySeeSegments(principal) ? segmentScope(principal) : sql`false`),
    nullFor: (principal) => !maySeeSegments(principal),
    orderBy: [asc(segments.name), asc(segments.id)],
  }),
});

/**
 * Segment.members: the stored memberships' customers within the caller's scope, newest first and
 * paged as customers(...) is (the same keyset, so cursors are interchangeable). Merged-away
 * profiles are not listed. Suppliers are refused before it (the resolver's withRules).
 */
const segmentMembers = new QueryBuilder()
  .select({ segmentId: segmentMemberships.segmentId, customerId: segmentMemberships.customerId })
  .from(segmentMemberships)
  .as("segment_members");

export const segmentRelations = relations("Segment", {
  members: connection(customerEntity, {
    key: segmentMembers.segmentId,
    parent: segments.id,
    link: { from: segmentMembers, on: eq(segmentMembers.customerId, customers.id) },
    scope: (principal) => and(customerScope(principal), isNull(customers.mergedIntoId)),
    ...customerKeys(null),
  }),
});

/**
 * Segment.size and sizeSuppressed on the compiled path: the stored count, never withheld. Only
 * staff and the owning dealer reach a Segment there (Customer.segments is null for everyone
 * else, and the `segments` root, where suppliers read sizes under k-anonymity, is the
 * resolver's): the same answers as `segmentSizes` gives them.
 */
export const segmentSizeProjection: TypeProjection = {
  type: "Segment",
  leaves: {
    size: sql`(select count(*)::int from ${segmentMemberships} where ${segmentMemberships.segmentId} = ${segments.id})`,
    sizeSuppressed: sql`false`,
  },
};
