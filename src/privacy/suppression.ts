import { createHash } from "node:crypto";
import { and, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { erasureSuppressions } from "../db/schema/index.js";

type SuppressionKind = (typeof erasureSuppressions.$inferInsert)["kind"];

/** Someone as a source presents them: any of these matching an erased person suppresses the record. */
export interface SourceIdentity {
  source?: string | null;
  sourceId?: string | null;
  emails?: readonly string[] | null;
  phones?: readonly string[] | null;
}

const digest = (kind: SuppressionKind, value: string) => createHash("sha256").update(`${kind}\u0000${value}`).digest("hex");

/** The forms matching compares (as identity resolution normalizes them): emails lower-cased and trimmed, phones without spaces. */
const normalizedEmail = (email: string) => email.trim().toLowerCase();
const normalizedPhone = (phone: string) => phone.replace(/[\s()-]/g, "");

function hashesOf(identity: SourceIdentity): { kind: SuppressionKind; valueHash: string }[] {
  const hashes: { kind: SuppressionKind; valueHash: string }[] = [];
  if (identity.source && identity.sourceId) hashes.push({ kind: "SOURCE_IDENTITY", valueHash: digest("SOURCE_IDENTITY", `${identity.source}\u0000${identity.sourceId}`) });
  for (const email of identity.emails ?? []) if (email.trim()) hashes.push({ kind: "EMAIL", valueHash: digest("EMAIL", normalizedEmail(email)) });
  for (const phone of identity.phones ?? []) if (phone.trim()) hashes.push({ kind: "PHONE", valueHash: digest("PHONE", normalizedPhone(phone)) });
  return hashes;
}

/** Remembers an erased person's identities (hashed) so that ingestion does not bring them back. */
export async function suppress(db: Executor, identities: readonly SourceIdentity[]): Promise<number> {
  const rows = identities.flatMap(hashesOf);
  if (rows.length === 0) return 0;
  await db.insert(erasureSuppressions).values(rows).onConflictDoNothing();
  return rows.length;
}

/**
 * True when a source record belongs to an erased person: its source identity, or any of its
 * emails or phones, was recorded at an erasure. Ingestion calls this before it creates or
 * updates a profile, and drops the record when it is true.
 */
export async function isSuppressed(db: Executor, identity: SourceIdentity): Promise<boolean> {
  const hashes = hashesOf(identity);
  if (hashes.length === 0) return false;
  const byKind = new Map<SuppressionKind, string[]>();
  for (const { kind, valueHash } of hashes) byKind.set(kind, [...(byKind.get(kind) ?? []), valueHash]);
  const [hit] = await db
    .select({ id: erasureSuppressions.id })
    .from(erasureSuppressions)
    .where(or(...[...byKind].map(([kind, values]) => and(eq(erasureSuppressions.kind, kind), inArray(erasureSuppressions.valueHash, values)))))
    .limit(1);
  return hit !== undefined;
}
