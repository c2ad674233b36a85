import { asc, eq, sql } from "drizzle-orm";
import { customers, segmentMemberships, segments } from "../db/schema/index.js";
import { entity, instants, columns } from "../graphql/declare/entity.js";
import { derived, globalId, key } from "../graphql/declare/fields.js";
import { list, relations } from "../graphql/declare/relations.js";
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
