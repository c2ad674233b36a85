import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { identityLinks, sourceRecords } from "../db/schema/index.js";
import { ANONYMOUS_SOURCE } from "../organisations/sources.js";

export { ANONYMOUS_SOURCE };

/**
 * Records in the identity graph that an app's anonymous visitor id belongs to a profile: a
 * source record `anonymous/<id>` (no payload, no match keys: an id proves nothing about a
 * person by itself) linked to the profile that signed in with it. The first profile keeps it:
 * on a shared device, a second person signing in with the same id does not take over the
 * first one's history (apps start a new anonymous id after a sign-out). Answers the profile
 * the id belongs to now (a merge moves the link with the rest of the graph).
 */
export async function linkAnonymousVisitor(tx: Executor, customerId: string, anonymousId: string, retried = false): Promise<string> {
  const [existing] = await tx
    .select({ customerId: identityLinks.customerId })
    .from(sourceRecords)
    .innerJoin(identityLinks, eq(identityLinks.sourceRecordId, sourceRecords.id))
    .where(and(eq(sourceRecords.source, ANONYMOUS_SOURCE), eq(sourceRecords.sourceId, anonymousId)));
  if (existing) return existing.customerId;
  const [record] = await tx
    .insert(sourceRecords)
    .values({ source: ANONYMOUS_SOURCE, sourceId: anonymousId, payload: {}, payloadHash: "anonymous" })
    .onConflictDoNothing()
    .returning({ id: sourceRecords.id });
  // Someone else linked it in between (two sign-ins at once): theirs stands.
  if (!record) {
    if (retried) throw new Error(`anonymous source record ${anonymousId} has no identity link`);
    return linkAnonymousVisitor(tx, customerId, anonymousId, true);
  }
  await tx.insert(identityLinks).values({ sourceRecordId: record.id, customerId, originalCustomerId: customerId, rule: "EXACT", confidence: 1 });
  return customerId;
}
