import { and, eq, sql } from "drizzle-orm";
import type { ProfileEdit } from "../customers/profile-edits.js";
import type { Executor } from "../db/client.js";
import { identityKeys, identityLinks, sourceRecords } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { PROFILE_SOURCE } from "../organisations/sources.js";
import { insertKeys } from "./keys.js";
import { readRecord, type SourceRecordData } from "./normalise.js";
import { rememberNormalised } from "./survivorship.js";

/** Each profile's own record lives under this source; its source id is the profile's global id. */
export { PROFILE_SOURCE };

/**
 * Applies a profile edit to the profile's own source record and re-derives its match keys with
 * the same normalisation as ingested records, so a hotline record with the account's email finds
 * the account, and `duplicateCandidates` sees the pair. It links nothing by itself: a
 * self-service edit must not pull another person's profile into one's own.
 */
export async function recordProfileEdit(tx: Executor, customerId: string, edit: ProfileEdit): Promise<void> {
  const sourceId = toGlobalId("Customer", customerId);
  const [existing] = await tx
    .select({ id: sourceRecords.id, payload: sourceRecords.payload, payloadHash: sourceRecords.payloadHash })
    .from(sourceRecords)
    .where(and(eq(sourceRecords.source, PROFILE_SOURCE), eq(sourceRecords.sourceId, sourceId)))
    .for("update");
  const { sourceId: _, attributes: __, ...declared } = (existing?.payload ?? {}) as Partial<SourceRecordData>;
  const record = readRecord({ ...edit(declared), sourceId }, "profile");
  if (existing?.payloadHash === record.payloadHash) return;
  let id = existing?.id;
  if (id) {
    await tx.update(sourceRecords).set({ payload: record.payload, payloadHash: record.payloadHash, receivedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(sourceRecords.id, id));
    await tx.delete(identityKeys).where(eq(identityKeys.sourceRecordId, id));
  } else {
    const [row] = await tx.insert(sourceRecords).values({ source: PROFILE_SOURCE, sourceId, payload: record.payload, payloadHash: record.payloadHash }).returning({ id: sourceRecords.id });
    id = row!.id;
    await tx.insert(identityLinks).values({ sourceRecordId: id, customerId, originalCustomerId: customerId, rule: "MANUAL", confidence: 1 });
  }
  await insertKeys(tx, [{ id, record }]);
  rememberNormalised(record);
}
