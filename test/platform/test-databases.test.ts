import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { PGlite } from "@electric-sql/pglite";
import { createPglite, openDatabase } from "../../src/db/client.js";
import { seedDatabase } from "../../src/seed/index.js";
import { PgliteSpares } from "../support/pglite-spares.js";

/**
 * Every test file relies on starting from an empty migrated database. On PGlite a worker hands
 * an emptied instance from one file to the next (test/support/pglite-spares.ts): what a file
 * leaves must not reach the next one.
 */
describe("PGlite databases handed from one test file to the next", () => {
  const snapshot = new Blob([readFileSync(inject("pgliteSnapshot"))]);
  const opened: PGlite[] = [];
  const spares = new PgliteSpares(async () => {
    const pglite = await createPglite(undefined, snapshot);
    opened.push(pglite);
    return pglite;
  });
  const value = async <T>(pglite: PGlite, query: string): Promise<T> => Object.values((await pglite.query<Record<string, T>>(query)).rows[0]!)[0]!;
  /** Rows of every table the migrations fill, and the outbox's sequence: as the snapshot has them. */
  const state = async (pglite: PGlite) => ({
    customers: await value<number>(pglite, "select count(*)::int from customers"),
    orders: await value<number>(pglite, "select count(*)::int from orders"),
    rules: await value<string>(pglite, "select json_agg(r order by r)::text from communication_rules r"),
    traitRules: await value<string>(pglite, "select json_agg(r order by r)::text from trait_rules r"),
    outboxSeq: await value<string>(pglite, "select nextval(pg_get_serial_sequence('outbox_events', 'seq'))::text"),
  });

  afterAll(async () => {
    for (const pglite of opened) if (!pglite.closed) await pglite.close();
  });

  it("gives the next file an instance as empty as the snapshot: rows, reference rows, sequences, statistics and session settings back", async () => {
    const first = await spares.take();
    const fresh = await state(first);
    // The state read advanced the sequence: the snapshot's position is one before.
    const handle = await openDatabase({ pglite: first });
    await seedDatabase(handle.db, { customers: 8, seed: 3, now: new Date("2026-06-01T00:00:00Z") });
    await first.exec("update communication_rules set updated_at = now() - interval '1 day'; delete from trait_rules; analyze; set enable_seqscan = off");
    await first.query("select nextval(pg_get_serial_sequence('outbox_events', 'seq'))");
    expect(await value<number>(first, "select count(*)::int from customers")).toBeGreaterThan(0);
    await spares.giveBack(first);

    const next = await spares.take();
    expect(next).toBe(first);
    expect(await state(next)).toEqual(fresh);
    expect(await value<number>(next, "select count(*)::int from pg_statistic where starelid = 'customers'::regclass")).toBe(0);
    expect(await value<string>(next, "select reltuples::text from pg_class where oid = 'customers'::regclass")).toBe("-1");
    expect(await value<string>(next, "show enable_seqscan")).toBe("on");
    // A sequence moved with no row written (nothing truncated resets it) is put back too.
    await next.query("select nextval(pg_get_serial_sequence('outbox_events', 'seq'))");
    await spares.giveBack(next);
    expect(await state(await spares.take())).toEqual(fresh);
  });

  it("closes an instance whose catalog a file changed, one that still has a listener, and one left inside a transaction", async () => {
    const altered = await spares.take();
    await altered.exec("create index customers_probe on customers (display_name)");
    await spares.giveBack(altered);
    expect(altered.closed).toBe(true);

    const listening = await spares.take();
    await listening.listen("probe", () => undefined);
    await spares.giveBack(listening);
    expect(listening.closed).toBe(true);

    const inTransaction = await spares.take();
    await inTransaction.exec("begin; insert into trait_rules select * from trait_rules limit 0");
    await spares.giveBack(inTransaction);
    expect(inTransaction.closed).toBe(true);

    const replacement = await spares.take();
    expect([altered, listening, inTransaction]).not.toContain(replacement);
    expect(await value<number>(replacement, "select count(*)::int from pg_indexes where indexname = 'customers_probe'")).toBe(0);
  });
});
