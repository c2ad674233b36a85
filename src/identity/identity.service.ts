import { idIn } from "../db/patterns.js";
import { and, asc, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { visibleCustomerRows } from "../customers/customers.policy.js";
import type { Database } from "../db/client.js";
import { identityLinks, sourceRecords } from "../db/schema/index.js";
import { SourceIdentity } from "./identity.types.js";

/** Source identities of customers; a dealer sees them like the rest of a profile it may see. */
/** Oldest link first (loaders and compiled reads). */
export const IDENTITY_ORDER = [asc(identityLinks.linkedAt), asc(identityLinks.id)];

export async function identitiesOf(db: Database, principal: Principal, customerIds: readonly string[]): Promise<SourceIdentity[]> {
  const rows = await db
    .select({ link: identityLinks, source: sourceRecords.source, sourceId: sourceRecords.sourceId })
    .from(identityLinks)
    .innerJoin(sourceRecords, eq(sourceRecords.id, identityLinks.sourceRecordId))
    .where(and(visibleCustomerRows(principal, identityLinks.customerId), idIn(identityLinks.customerId, customerIds)))
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
