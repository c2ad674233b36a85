import { idIn } from "../db/patterns.js";
import { and, asc, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { identityLinks, sourceRecords } from "../db/schema/index.js";
import { sourceIdentityScope } from "./identity.policy.js";
import { SourceIdentity } from "./identity.types.js";

/** Oldest link first (loaders and compiled reads). */
export const IDENTITY_ORDER = [asc(identityLinks.linkedAt), asc(identityLinks.id)];

/** Source identities of customers: of a profile the principal may see, and not another dealership's system. */
export async function identitiesOf(db: Database, principal: Principal, customerIds: readonly string[]): Promise<SourceIdentity[]> {
  const rows = await db
    .select({ link: identityLinks, source: sourceRecords.source, sourceId: sourceRecords.sourceId })
    .from(identityLinks)
    .innerJoin(sourceRecords, eq(sourceRecords.id, identityLinks.sourceRecordId))
    .where(and(sourceIdentityScope(principal), idIn(identityLinks.customerId, customerIds)))
    .orderBy(...IDENTITY_ORDER);
  return rows.map((r) =>
    Object.assign(new SourceIdentity(), {
      customerDbId: r.link.customerId,
      source: r.source,
      sourceId: r.sourceId,
      rule: r.link.rule,
      confidence: r.link.confidence,
      linkedAt: r.link.linkedAt,
    }),
  );
}
