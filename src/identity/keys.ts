import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { array } from "./bulk.js";
import type { NormalisedRecord } from "./normalise.js";

/**
 * Stores the match keys of source records (one statement for all). Every record that can link
 * a profile — an ingested one or a profile's own record of what was entered in the platform —
 * gets its keys from `normaliseRecord`/`readRecord` and through here, so both match alike.
 */
export async function insertKeys(tx: Executor, rows: { id: string; record: NormalisedRecord }[]) {
  const keys = rows.flatMap((r) => r.record.keys.map((k) => ({ id: r.id, kind: k.kind, value: k.value })));
  if (keys.length === 0) return;
  await tx.execute(sql`insert into identity_keys (source_record_id, kind, value)
    select u.id, u.kind::identity_key_kind, u.value
    from unnest(${array(keys.map((k) => k.id), "uuid")}, ${array(keys.map((k) => k.kind), "text")}, ${array(keys.map((k) => k.value), "text")}) as u(id, kind, value)`);
}
