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
  // Each key names its record by position (1-based) in the list of ids, sent once: a batch has
  // thousands of keys, and a uuid repeated for each was most of what the statement sent.
  const records: string[] = [];
  const kinds: string[] = [];
  const values: string[] = [];
  rows.forEach((r, i) => {
    for (const k of r.record.keys) {
      records.push(String(i + 1));
      kinds.push(k.kind);
      values.push(k.value);
    }
  });
  if (kinds.length === 0) return;
  await tx.execute(sql`insert into identity_keys (source_record_id, kind, value)
    select (${array(rows.map((r) => r.id), "uuid")})[u.record], u.kind::identity_key_kind, u.value
    from unnest(${array(records, "int")}, ${array(kinds, "text")}, ${array(values, "text")}) as u(record, kind, value)`);
}
