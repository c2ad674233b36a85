import { Param, sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { array, run } from "./bulk.js";

/**
 * Every table whose rows belong to a customer, and how to move them to another profile.
 *
 * Nothing outside a domain writes its tables (src/README.md). A merge is the one exception on
 * purpose: it must move a customer's orders, vehicles, cases... in the same transaction as the
 * identity links, or a failure halfway would leave a profile split across two ids, and an
 * unmerge must move back exactly the rows that came. Routing this through every domain's
 * service would spread one atomic operation over ten modules and ten chances to forget a
 * table. So it is this one list, next to the merge that uses it; a new customer-owned table is
 * added here (test/identity/identity-merge.test.ts compares this list with every customer_id column of the schema).
 *
 * `key`: the columns besides customer_id that name a row (recorded in the merge's snapshot).
 * `unique`: with customer_id, a unique key; a row of the merged profile that would collide with
 * one of the survivor's stays where it is (it comes back unchanged on unmerge).
 * `flag`: a one-per-customer marker (primary email, default address) cleared on moved rows when
 * the survivor has one already.
 */
interface Move {
  table: string;
  key: string[];
  unique?: string[];
  flag?: string;
}

export const CUSTOMER_ROWS: readonly Move[] = [
  { table: "orders", key: ["id"], unique: ["idempotency_key"] },
  { table: "returns", key: ["id"] },
  { table: "shipments", key: ["id"] },
  { table: "vehicle_ownerships", key: ["id"] },
  { table: "service_records", key: ["id"] },
  { table: "service_appointments", key: ["id"] },
  { table: "interactions", key: ["id"] },
  { table: "cases", key: ["id"] },
  { table: "reviews", key: ["id"] },
  { table: "survey_responses", key: ["id"] },
  { table: "wishlist_items", key: ["product_id"], unique: ["product_id"] },
  { table: "product_views", key: ["id"] },
  { table: "activity_events", key: ["id"] },
  { table: "review_helpful_votes", key: ["review_id"], unique: ["review_id"] },
  { table: "consent_events", key: ["id"] },
  { table: "customer_preferences", key: ["key"], unique: ["key"] },
  { table: "customer_tags", key: ["tag"], unique: ["tag"] },
  { table: "dealer_relationships", key: ["dealer_id", "basis"], unique: ["dealer_id", "basis"] },
  { table: "customer_emails", key: ["id"], unique: ["normalized"], flag: "is_primary" },
  { table: "customer_phones", key: ["id"], unique: ["e164"], flag: "is_primary" },
  { table: "customer_addresses", key: ["id"], flag: "is_default_delivery" },
  { table: "saved_payment_methods", key: ["id"], flag: "is_default" },
  { table: "leads", key: ["id"] },
  // The frequency cap and once-per-campaign follow the person; a send the survivor has for the same campaign stays.
  { table: "campaign_sends", key: ["id"], unique: ["campaign_id", "occasion"] },
];

/** Which rows moved, per table (keys joined with "|"), and which flags were cleared: an unmerge replays it backwards. */
export interface MovedRows {
  moved: Record<string, string[]>;
  clearedFlags: Record<string, string[]>;
}

const keyText = (key: string[], alias: string) => sql.raw(key.map((c) => `${alias}.${c}::text`).join(` || '|' || `));

/** One merge's move: every row of `from` goes to `to`. */
export interface Reassignment {
  from: string;
  to: string;
}

/**
 * Moves every row of each `from` to its `to` inside the caller's transaction and says which,
 * per `from`: two statements (the flags, then every table at once as data-modifying CTEs),
 * whatever the number of tables or pairs. No `to` may appear twice (a row of one merged profile
 * would not see another's moving in and could collide with it): a caller with several profiles
 * merging into one passes them in successive calls, as sequential merges would.
 */
export async function reassignCustomers(tx: Executor, pairs: readonly Reassignment[]): Promise<Map<string, MovedRows>> {
  const result = new Map(pairs.map((p) => [p.from, { moved: {}, clearedFlags: {} } as MovedRows]));
  if (pairs.length === 0) return result;
  if (new Set(pairs.map((p) => p.to)).size !== pairs.length) throw new Error("reassignCustomers: a profile receives rows from one other per call");
  const given = sql`pairs(from_id, to_id) as (select * from unnest(${array(pairs.map((p) => p.from), "uuid")}, ${array(pairs.map((p) => p.to), "uuid")}))`;
  const flagged = CUSTOMER_ROWS.filter((m) => m.flag);
  const cleared = await run<{ t: string; k: string; f: string }>(
    tx,
    sql`with ${given}, ${sql.join(
      flagged.map((m, i) => {
        const [table, flag] = [sql.raw(m.table), sql.raw(m.flag!)];
        return sql`${sql.raw(`f${i}`)} as (update ${table} m set ${flag} = false from pairs p where m.customer_id = p.from_id and m.${flag}
          and exists (select 1 from ${table} s where s.customer_id = p.to_id and s.${flag}) returning ${m.table}::text as t, ${keyText(m.key, "m")} as k, p.from_id::text as f)`;
      }),
      sql`, `,
    )} ${sql.join(
      flagged.map((_, i) => sql.raw(`select t, k, f from f${i}`)),
      sql` union all `,
    )}`,
  );
  for (const c of cleared) (result.get(c.f)!.clearedFlags[c.t] ??= []).push(c.k);
  const moved = await run<{ t: string; k: string; f: string }>(
    tx,
    sql`with ${given}, ${sql.join(
      CUSTOMER_ROWS.map((m, i) => {
        const table = sql.raw(m.table);
        const collision = m.unique
          ? sql` and not exists (select 1 from ${table} s where s.customer_id = p.to_id and ${sql.raw(m.unique.map((c) => `s.${c} = m.${c}`).join(" and "))})`
          : sql``;
        return sql`${sql.raw(`m${i}`)} as (update ${table} m set customer_id = p.to_id from pairs p where m.customer_id = p.from_id${collision}
          returning ${m.table}::text as t, ${keyText(m.key, "m")} as k, p.from_id::text as f)`;
      }),
      sql`, `,
    )} ${sql.join(
      CUSTOMER_ROWS.map((_, i) => sql.raw(`select t, k, f from m${i}`)),
      sql` union all `,
    )}`,
  );
  for (const m of moved) (result.get(m.f)!.moved[m.t] ??= []).push(m.k);
  return result;
}

/** Moves exactly the recorded rows back from `to` to `from` and sets the cleared flags again. */
export async function restoreCustomerRows(tx: Executor, from: string, to: string, rows: MovedRows): Promise<void> {
  const back = CUSTOMER_ROWS.filter((m) => rows.moved[m.table]?.length);
  if (back.length) {
    await tx.execute(
      sql`with ${sql.join(
        back.map(
          (m, i) =>
            sql`${sql.raw(`b${i}`)} as (update ${sql.raw(m.table)} m set customer_id = ${from}
              where m.customer_id = ${to} and ${keyText(m.key, "m")} = any(${new Param(rows.moved[m.table]!)}::text[]) returning 1)`,
        ),
        sql`, `,
      )} select 1`,
    );
  }
  for (const m of CUSTOMER_ROWS) {
    const flags = rows.clearedFlags[m.table];
    if (m.flag && flags?.length) {
      await tx.execute(sql`update ${sql.raw(m.table)} m set ${sql.raw(m.flag)} = true where m.customer_id = ${from} and ${keyText(m.key, "m")} = any(${new Param(flags)}::text[])`);
    }
  }
}

/** How many rows of each table a profile has: what a merge would move (the preview shows it). */
export async function countCustomerRows(tx: Executor, customerId: string): Promise<Record<string, number>> {
  const counts = await run<{ t: string; n: number | string }>(
    tx,
    sql.join(
      CUSTOMER_ROWS.map((m) => sql`select ${m.table} as t, count(*) as n from ${sql.raw(m.table)} where customer_id = ${customerId}`),
      sql` union all `,
    ),
  );
  return Object.fromEntries(counts.map((c) => [c.t, Number(c.n)]));
}

/** The contacts one source record brought to a profile: emails by normalised address, phones in E.164, addresses by street, city and postcode. */
export interface BroughtContacts {
  emails: string[];
  phones: string[];
  addresses: { line1: string; city: string; postcode: string | null }[];
}

const CONTACT_TABLES = [
  { table: "customer_emails", flag: "is_primary", same: "s.normalized = m.normalized", pick: "m.normalized = any($values::text[])" },
  { table: "customer_phones", flag: "is_primary", same: "s.e164 = m.e164", pick: "m.e164 = any($values::text[])" },
  {
    table: "customer_addresses",
    flag: "is_default_delivery",
    same: "lower(s.line1) = lower(m.line1) and lower(s.city) = lower(m.city) and coalesce(s.postcode, '') = coalesce(m.postcode, '')",
    pick: "(lower(m.line1) || '|' || lower(m.city) || '|' || coalesce(m.postcode, '')) = any($values::text[])",
  },
] as const;

/**
 * Moves the contacts a detached source record brought from one profile to another (the one
 * place besides merges that writes the customers domain's rows, for the same reason): a contact
 * the target has already is dropped from `from` instead; flags are cleared on moved rows where the
 * target has its own, and each profile is left with one primary email and phone and one default
 * address when it has any. Returns how many rows moved, per table.
 */
export async function moveContacts(tx: Executor, from: string, to: string, brought: BroughtContacts): Promise<Record<string, number>> {
  const values = {
    customer_emails: brought.emails,
    customer_phones: brought.phones,
    customer_addresses: brought.addresses.map((a) => `${a.line1.toLowerCase()}|${a.city.toLowerCase()}|${a.postcode ?? ""}`),
  };
  const moved: Record<string, number> = {};
  for (const t of CONTACT_TABLES) {
    const list = values[t.table];
    if (list.length === 0) continue;
    const [table, flag] = [sql.raw(t.table), sql.raw(t.flag)];
    const pick = sql.join(t.pick.split("$values").map((part) => sql.raw(part)), sql`${new Param(list)}`);
    const targetHasFlag = sql`exists (select 1 from ${table} s where s.customer_id = ${to} and s.${flag})`;
    const rows = await run<{ id: string }>(
      tx,
      sql`update ${table} m set customer_id = ${to}, ${flag} = m.${flag} and not ${targetHasFlag}
          where m.customer_id = ${from} and ${pick} and not exists (select 1 from ${table} s where s.customer_id = ${to} and ${sql.raw(t.same)}) returning m.id`,
    );
    moved[t.table] = rows.length;
    await tx.execute(sql`delete from ${table} m where m.customer_id = ${from} and ${pick}`);
    for (const customerId of [from, to]) {
      await tx.execute(sql`update ${table} set ${flag} = true where id = (select id from ${table} where customer_id = ${customerId} order by created_at, id limit 1)
          and not exists (select 1 from ${table} s where s.customer_id = ${customerId} and s.${flag})`);
    }
  }
  return moved;
}
