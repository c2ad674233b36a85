import { hash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { erasureSuppressions } from "../db/schema/index.js";
import { array, run } from "./bulk.js";
import { emailKey, phoneKey } from "../validation/contact-keys.js";

export type SuppressionKind = (typeof erasureSuppressions.$inferInsert)["kind"];

/** Someone as a source presents them: any of these matching an erased person suppresses the record. */
export interface SourceIdentity {
  source?: string | null;
  sourceId?: string | null;
  emails?: readonly (string | null)[] | null;
  phones?: readonly (string | null)[] | null;
}

/** Which identity of a record belongs to an erased person; `position` is the index in its emails or phones. */
export interface SuppressionHit {
  kind: SuppressionKind;
  position: number;
}

interface Hashed extends SuppressionHit {
  valueHash: string;
}

/** The kind is part of the digest, so one hash names one kind and value (one-shot `hash`: an ingest batch makes thousands). */
const digest = (kind: SuppressionKind, value: string) => hash("sha256", `${kind}\u0000${value}`, "hex");

/**
 * The keys matching compares (src/validation/contact-keys.ts): the mailbox an email reaches and a
 * phone's E.164 form, so "138 1234 5678" in a payload and "+8613812345678" are one number.
 * A phone that is no valid number cannot be ingested and needs no suppression.
 */
function hashesOf(identity: SourceIdentity): Hashed[] {
  const hashes: Hashed[] = [];
  const source = identity.source?.trim();
  const sourceId = identity.sourceId?.replace(/\s+/g, " ").trim();
  if (source && sourceId) hashes.push({ kind: "SOURCE_IDENTITY", position: 0, valueHash: digest("SOURCE_IDENTITY", `${source}\u0000${sourceId}`) });
  identity.emails?.forEach((email, position) => {
    if (email?.includes("@")) hashes.push({ kind: "EMAIL", position, valueHash: digest("EMAIL", emailKey(email)) });
  });
  identity.phones?.forEach((phone, position) => {
    const e164 = phone ? phoneKey(phone) : null;
    if (e164) hashes.push({ kind: "PHONE", position, valueHash: digest("PHONE", e164) });
  });
  return hashes;
}

/** Remembers an erased person's identities (hashed) so that ingestion does not bring them back. */
export async function suppress(db: Executor, identities: readonly SourceIdentity[]): Promise<number> {
  const unique = new Map(identities.flatMap(hashesOf).map((h) => [h.valueHash, { kind: h.kind, valueHash: h.valueHash }]));
  if (unique.size === 0) return 0;
  await db.insert(erasureSuppressions).values([...unique.values()]).onConflictDoNothing();
  return unique.size;
}

/**
 * Which of these identities (by index) belong to erased people, and by what: the source
 * identity first, then the first email, then the first phone that was recorded at an erasure.
 * One statement for the whole list, however long.
 */
export async function suppressedAmong(db: Executor, identities: readonly SourceIdentity[]): Promise<Map<number, SuppressionHit>> {
  const all = identities.flatMap((identity, index) => hashesOf(identity).map((h) => ({ ...h, index })));
  if (all.length === 0) return new Map();
  const kinds = [...new Set(all.map((h) => h.kind))];
  const found = await run<{ value_hash: string }>(
    db,
    sql`select value_hash from ${erasureSuppressions}
      where kind = any(${array(kinds, "text")}::suppression_kind[]) and value_hash = any(${array([...new Set(all.map((h) => h.valueHash))], "text")})`,
  );
  const erased = new Set(found.map((row) => row.value_hash));
  const hits = new Map<number, SuppressionHit>();
  for (const hash of all) if (erased.has(hash.valueHash) && !hits.has(hash.index)) hits.set(hash.index, { kind: hash.kind, position: hash.position });
  return hits;
}
