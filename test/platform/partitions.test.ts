import { sql } from "drizzle-orm";
import { v7 } from "uuid";
import { beforeAll, expect, it } from "vitest";
import { rows } from "../../src/db/client.js";
import { HISTORY_TABLES, listPartitions, maintainPartitions, type HistoryTable, type PartitionSettings } from "../../src/db/partitions.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { CustomerTimeline } from "../operations/entry-points.js";
import { AuditLog } from "../operations/privacy.js";
import { ShipmentTracking } from "../operations/tracking.js";
import { makeCarrier, makeCustomer, makeOrder, makeShipment } from "../support/factories.js";
import type { TestPlatform } from "../support/server.js";
import { describePlatform } from "../support/suite.js";
import { subscribe, wsClient } from "../support/ws.js";

/** The first instant of the UTC month `offset` months from now, and that month's partition suffix. */
const month = (offset: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
};
const suffix = (offset: number) => month(offset).toISOString().slice(0, 7).replace("-", "");
/** A v7 id made `days` into the month `offset` months from now. */
const idIn = (offset: number, days = 3) => v7({ msecs: month(offset).getTime() + days * 86_400_000 });

const keep: PartitionSettings["retentionDays"] = { tracking_events: 0, interactions: 0, audit_log: 0, activity_events: 0 };

/**
 * The partitions of `table` a statement read: from EXPLAIN ANALYZE, the scans that ran at least
 * once (plan-time pruning leaves a partition out of the plan; run-time pruning leaves it "never
 * executed"). The statement is the one the platform sent, with its parameters.
 */
async function partitionsRead(platform: TestPlatform, statement: { query: string; params: unknown[]; prepare?: { name: string; statement: string } }, table: HistoryTable, settings: string[] = []): Promise<string[]> {
  return [...new Set((await scansRun(platform, statement, table, settings)).map((scan) => scan["Relation Name"] as string))].sort();
}

/** The scan nodes of `table`'s partitions that ran at least once in EXPLAIN ANALYZE of a statement the platform sent, under planner `settings`. */
async function scansRun(platform: TestPlatform, statement: { query: string; params: unknown[]; prepare?: { name: string; statement: string } }, table: HistoryTable, settings: string[] = []): Promise<Record<string, unknown>[]> {
  const text = `explain (analyze, format json) ${statement.query}`;
  const { pglite, client } = platform.database;
  // Planner settings for this statement only (set local, in a transaction of its own).
  const run = async (query: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>) => {
    for (const setting of settings) await query(`set local ${setting}`, []);
    if (!statement.prepare) return query(text, statement.params);
    // A prepared statement outlives the transaction: deallocated whatever the explain did (only
    // this one: the driver keeps its own prepared statements on the same connection).
    await query(statement.prepare.statement, []);
    try {
      return await query(text, statement.params);
    } finally {
      await query(`deallocate ${statement.prepare.name}`, []);
    }
  };
  const result = pglite
    ? await pglite.transaction((tx) => run(async (t, p) => (await tx.query<Record<string, unknown>>(t, p)).rows))
    : await client!.begin((tx) => run((t, p) => tx.unsafe(t, p as never[]) as unknown as Promise<Record<string, unknown>[]>));
  const plan = Object.values(result[0]!)[0] as unknown;
  const scans: Record<string, unknown>[] = [];
  const walk = (node: Record<string, unknown>) => {
    const relation = node["Relation Name"] as string | undefined;
    if (relation?.startsWith(`${table}_`) && Number(node["Actual Loops"]) > 0) scans.push(node);
    for (const child of (node["Plans"] as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(((typeof plan === "string" ? JSON.parse(plan) : plan) as { Plan: Record<string, unknown> }[])[0]!.Plan);
  return scans;
}

/**
 * The statement the `tracking_catch_up` function runs, as it runs it: prepared with the parcel's
 * read's parameters and its generic plan (the function's plan_cache_mode), so that EXPLAIN
 * ANALYZE EXECUTE shows the partitions run-time pruning left. The body is read from the
 * database, not copied here; its parameters' names become $1..$3, the call's first three.
 */
async function catchUpInside(platform: TestPlatform, call: { query: string; params: unknown[] }): Promise<{ query: string; params: unknown[]; prepare: { name: string; statement: string } }> {
  expect(call.query).toMatch(/from \(select \* from tracking_catch_up\(\$1::uuid, \$2::integer, \$3::integer\)\) "tracking_events"/);
  const [fn] = await rows<{ body: string }>(platform.database.db, sql`select prosrc as body from pg_proc where proname = 'tracking_catch_up'`);
  const statement = /RETURN QUERY ([\s\S]+?);\s*END/i.exec(fn!.body)![1]!.replace(/"shipment"/g, "$1").replace(/"after"/g, "$2").replace(/"limit"/g, "$3");
  const literal = (value: unknown) => (value === null || value === undefined ? "null" : `'${String(value)}'`);
  return {
    prepare: { name: "catch_up_inside", statement: `prepare catch_up_inside(uuid, integer, integer) as ${statement}` },
    query: `execute catch_up_inside(${call.params.slice(0, 3).map(literal).join(", ")})`,
    params: [],
  };
}

/** The statements an action sent that mention `needle`. */
async function statementsOf(platform: TestPlatform, needle: RegExp, action: () => Promise<unknown>) {
  const seen: { query: string; params: unknown[] }[] = [];
  const stop = platform.database.queries.listen((query, params) => seen.push({ query, params }));
  try {
    await action();
  } finally {
    stop();
  }
  return seen.filter((s) => needle.test(s.query));
}

describePlatform("history partitions: created ahead, dropped past retention, pruned by the hot reads", (platform) => {
  const db = () => platform().database.db;
  const partOf = async (table: HistoryTable, where: ReturnType<typeof sql>) =>
    (await rows<{ part: string }>(db(), sql`select tableoid::regclass::text as part from ${sql.raw(table)} where ${where}`)).map((r) => r.part);

  let customer: { id: string };
  beforeAll(async () => {
    customer = await makeCustomer(db());
  });

  it("creates the months ahead, and moves rows that waited in the DEFAULT partition into their month's, keeping what points at them", async () => {
    // Five months ahead has no partition yet (the migration made three): these rows wait in DEFAULT.
    const auditId = v7();
    await db().execute(sql`insert into audit_log (id, at, actor_role, action, target_type, outcome) values (${auditId}, ${month(5).toISOString()}::timestamptz + interval '2 days', 'SYSTEM', 'TEST', 'Test', 'SUCCESS')`);
    const interactionId = idIn(5);
    await db().execute(sql`insert into interactions (id, customer_id, channel, direction, type, subject, occurred_at) values (${interactionId}, ${customer.id}, 'PHONE', 'INBOUND', 'INQUIRY', 'ahead', now())`);
    await db().execute(sql`insert into source_interactions (id, source_interaction_id, interaction_id, source, person_source_id, payload, resolved, payload_hash)
      values (${v7()}, 'ahead-1', ${interactionId}, 'hotline', 'p-1', '{}', '{}', 'h')`);
    expect(await partOf("audit_log", sql`id = ${auditId}`)).toEqual(["audit_log_default"]);
    expect(await partOf("interactions", sql`id = ${interactionId}`)).toEqual(["interactions_default"]);

    const result = await maintainPartitions(db(), { monthsAhead: 5, retentionDays: keep });
    for (const table of Object.keys(HISTORY_TABLES)) expect(result.created).toEqual(expect.arrayContaining([`${table}_p${suffix(4)}`, `${table}_p${suffix(5)}`]));
    expect(await partOf("audit_log", sql`id = ${auditId}`)).toEqual([`audit_log_p${suffix(5)}`]);
    expect(await partOf("interactions", sql`id = ${interactionId}`)).toEqual([`interactions_p${suffix(5)}`]);
    // The foreign key from source_interactions was dropped and re-added around the move, not fired.
    expect(await rows(db(), sql`select interaction_id from source_interactions where source_interaction_id = 'ahead-1'`)).toEqual([{ interaction_id: interactionId }]);
    // Run again: nothing left to do.
    expect(await maintainPartitions(db(), { monthsAhead: 5, retentionDays: keep })).toEqual({ created: [], dropped: [], purged: 0 });
  });

  it("drops the months past a table's retention whole, lets go of what points at them, and purges the DEFAULT partition's old rows", async () => {
    // Four years ago: a partition of its own for each table, and one audit row waiting in DEFAULT beyond it.
    const old = -48;
    for (const table of Object.keys(HISTORY_TABLES)) await db().execute(sql`select history_partition_create(${table}, ${month(old).toISOString()}::timestamptz)`);
    const interactionId = idIn(old);
    await db().execute(sql`insert into interactions (id, customer_id, channel, direction, type, subject, occurred_at) values (${interactionId}, ${customer.id}, 'EMAIL', 'INBOUND', 'INQUIRY', 'old', ${month(old).toISOString()}::timestamptz)`);
    await db().execute(sql`insert into source_interactions (id, source_interaction_id, interaction_id, source, person_source_id, payload, resolved, payload_hash)
      values (${v7()}, 'old-1', ${interactionId}, 'hotline', 'p-1', '{}', '{}', 'h')`);
    await db().execute(sql`insert into activity_events (id, customer_id, type, platform, occurred_at) values (${v7()}, ${customer.id}, 'APP_OPEN', 'IOS', ${month(old).toISOString()}::timestamptz)`);
    await db().execute(sql`insert into audit_log (id, at, actor_role, action, target_type, outcome) values
      (${v7()}, ${month(old).toISOString()}::timestamptz, 'SYSTEM', 'TEST', 'Test', 'SUCCESS'),
      (${v7()}, ${month(old - 12).toISOString()}::timestamptz, 'SYSTEM', 'TEST', 'Test', 'SUCCESS')`);

    // The audit log keeps its legal three years: a four-year-old month goes, this month stays.
    const result = await maintainPartitions(db(), { monthsAhead: 5, retentionDays: { tracking_events: 0, interactions: 365, audit_log: 1096, activity_events: 395 } });
    expect(result.dropped.sort()).toEqual([`activity_events_p${suffix(old)}`, `audit_log_p${suffix(old)}`, `interactions_p${suffix(old)}`]);
    expect(result.purged).toBe(1);
    expect((await listPartitions(db(), "tracking_events")).map((p) => p.name)).toContain(`tracking_events_p${suffix(old)}`);
    expect((await listPartitions(db(), "audit_log")).map((p) => p.name)).toContain(`audit_log_p${suffix(0)}`);
    expect(await rows(db(), sql`select count(*)::int as n from audit_log where at < ${month(-40).toISOString()}::timestamptz`)).toEqual([{ n: 0 }]);
    expect(await rows(db(), sql`select interaction_id from source_interactions where source_interaction_id = 'old-1'`)).toEqual([{ interaction_id: null }]);
  });

  it("prunes: a parcel's catch-up reads its own month only; audit lookups and a timeline page with a time bound read only their months, and its parcel events only the parcels' months", async () => {
    const carrier = await makeCarrier(db());
    const order = await makeOrder(db(), customer.id);
    // Parcels booked in three months (their ids are v7 ids of that time), each with events.
    const parcels: { id: string }[] = [];
    for (const offset of [-2, -1, 0]) {
      const shipment = await makeShipment(db(), order, carrier.id, { id: idIn(offset, 5) });
      await db().execute(sql`insert into tracking_events (id, shipment_id, seq, courier_event_id, status, occurred_at)
        select gen_random_uuid(), ${shipment.id}, s, 'e' || s, 'IN_TRANSIT', now() - make_interval(mins => 10 - s) from generate_series(1, 3) s`);
      await db().execute(sql`update shipments set last_seq = 3 where id = ${shipment.id}`);
      parcels.push(shipment);
    }
    const owner = await platform().token({ role: "CUSTOMER", sub: "partitions", customerId: customer.id });
    const admin = await platform().token({ role: "ADMIN", sub: "partitions-admin" });

    // The per-parcel catch-up read (shipmentTracking after a seq), inside tracking_catch_up with the plan the
    // function keeps (generic: partitions pruned at run time): shipment_id = $1 names one partition.
    const client = wsClient(platform().url, owner);
    const [call] = await statementsOf(platform(), /tracking_catch_up/, async () => {
      const sub = subscribe(client, ShipmentTracking, { shipmentId: toGlobalId("Shipment", parcels[1]!.id), after: 1 });
      await sub.waitFor(2);
      await sub.close();
    });
    await client.dispose();
    const catchUp = await catchUpInside(platform(), call!);
    const generic = ["plan_cache_mode = force_generic_plan"];
    expect(await partitionsRead(platform(), catchUp, "tracking_events", generic)).toEqual([`tracking_events_p${suffix(-1)}`]);
    // Once vacuum has marked the rows visible to all, the read is answered from the (shipment_id, seq) key alone
    // (its INCLUDE columns): no heap page, wherever the parcel's events were written.
    // (A month of other parcels' events first: a partition of a page or two is read whole, whatever its indexes.)
    const neighbours = await makeOrder(db(), (await makeCustomer(db())).id);
    for (let i = 0; i < 300; i++) await makeShipment(db(), neighbours, carrier.id, { id: idIn(-1, 1 + (i % 20)) });
    await db().execute(sql`insert into tracking_events (id, shipment_id, seq, courier_event_id, status, occurred_at)
      select gen_random_uuid(), p.id, s, 'e' || s, 'IN_TRANSIT', now() from shipments p, generate_series(1, 10) s where p.order_id = ${neighbours.id}`);
    await db().execute(sql`vacuum tracking_events`);
    const [scan] = await scansRun(platform(), catchUp, "tracking_events", generic);
    expect([scan?.["Node Type"], scan?.["Heap Fetches"]]).toEqual(["Index Only Scan", 0]);

    // Audit lookups by time: this month's partition only (the default's bounds are outside the range).
    const from = month(0).toISOString();
    const to = month(1).toISOString();
    const [lookup] = await statementsOf(platform(), /"audit_log"/, () => platform().data(AuditLog, { filter: { targetType: "Customer", from, to }, first: 5 }, admin));
    expect(await partitionsRead(platform(), lookup!, "audit_log")).toEqual([`audit_log_p${suffix(0)}`]);

    // A timeline page from last month on: the audit branch reads last month's partition onwards,
    // not the older ones. Its other branches have no time bound on a partition key (below).
    const [timeline] = await statementsOf(platform(), /SOURCE_RECORD_MOVED/, () =>
      platform().data(CustomerTimeline, { id: toGlobalId("Customer", customer.id), first: 5, filter: { from: month(-1).toISOString() } }, admin),
    );
    const audits = await partitionsRead(platform(), timeline!, "audit_log");
    expect(audits.length).toBeGreaterThan(0);
    // (DEFAULT stays: with no upper bound it may hold any month without a partition of its own.)
    expect(audits.filter((p) => p !== "audit_log_default" && p < `audit_log_p${suffix(-1)}`)).toEqual([]);
    // Its parcel events are read parcel by parcel, each from its own month: never the other months, even where the planner
    // would rather hash every event than loop over a few parcels (as it does at scale; forced here on a small table).
    expect(await partitionsRead(platform(), timeline!, "tracking_events", ["enable_nestloop = off"])).toEqual([-2, -1, 0].map((offset) => `tracking_events_p${suffix(offset)}`));
  });
});
