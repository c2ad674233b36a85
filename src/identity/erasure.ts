import { and, eq, sql } from "drizzle-orm";
import { array } from "./bulk.js";
import type { Executor } from "../db/client.js";
import { erasedSourceIdentities, identityLinks, sourceRecords } from "../db/schema/index.js";

/**
 * The hook erasure (src/privacy) uses so that an erased person is not brought back by the next
 * import from a source system that still has them: it remembers the profile's source
 * identities (source + id only, no PII) before their records are deleted. Ingestion refuses
 * records with a remembered identity (see `erasedAmong`).
 */
export async function forgetSourceIdentities(tx: Executor, customerId: string): Promise<number> {
  const rows = await tx
    .select({ source: sourceRecords.source, sourceId: sourceRecords.sourceId })
    .from(identityLinks)
    .innerJoin(sourceRecords, eq(sourceRecords.id, identityLinks.sourceRecordId))
    .where(eq(identityLinks.customerId, customerId));
  if (rows.length === 0) return 0;
  await tx.insert(erasedSourceIdentities).values(rows).onConflictDoNothing();
  return rows.length;
}

/** Which of these source ids belong to erased people. */
export async function erasedAmong(tx: Executor, source: string, sourceIds: string[]): Promise<Set<string>> {
  if (sourceIds.length === 0) return new Set();
  const rows = await tx
    .select({ sourceId: erasedSourceIdentities.sourceId })
    .from(erasedSourceIdentities)
    .where(and(eq(erasedSourceIdentities.source, source), sql`${erasedSourceIdentities.sourceId} = any(${array(sourceIds, "text")})`));
  return new Set(rows.map((r) => r.sourceId));
}

