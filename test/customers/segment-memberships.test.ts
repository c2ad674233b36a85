import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { sqlLiteral } from "../../src/analytics/segment-predicate.js";
import { refreshAllSegments } from "../../src/analytics/segments.service.js";
import { customerAddresses, customers, dealerRelationships, orders, segmentMembershipEvents, segmentMemberships } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { MergeCustomers, UnmergeCustomer } from "../operations/identity.js";
import {
  CreateSegment,
  CustomerSegments,
  CustomersInSegments,
  DeleteSegment,
  SegmentMembershipChanged,
  Segments,
  SegmentSizes,
  SegmentTimeline,
  UpdateSegment,
} from "../operations/segments.js";
import { makeCase, makeCustomer, makeDealer, makeOrder, makeSupplier } from "../support/factories.js";
import { runScript } from "../support/cli.js";
import { describePlatform, firstError } from "../support/suite.js";
import { subscribe, wsClient } from "../support/ws.js";

/** A city no other test uses, so a rule on it selects only this file's customers. */
const cityOf = (name: string) => `${name}-${Date.now().toString(36)}`;
const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id).sort();
const g = (id: string) => toGlobalId("Customer", id);

describePlatform("segment memberships", (platform) => {
  let agent: string;
  let admin: string;
  let dealerA: string;
  let dealerB: string;
  let supplier: string;
  let dealerAId: string;
  const db = () => platform().database.db;

  beforeAll(async () => {
    agent = await platform().token({ role: "AGENT", sub: "agent.memberships" });
    admin = await platform().token({ role: "ADMIN", sub: "admin.memberships" });
    dealerAId = (await makeDealer(db())).id;
    dealerA = await platform().token({ role: "DEALER", sub: "dealer.a", dealerId: dealerAId });
    dealerB = await platform().token({ role: "DEALER", sub: "dealer.b", dealerId: (await makeDealer(db())).id });
    supplier = await platform().token({ role: "SUPPLIER", sub: "supplier.s", supplierId: (await makeSupplier(db())).id });
  });

  const create = async (token: string, code: string, rule: object) => (await platform().data(CreateSegment, { input: { code, name: code, rule } }, token)).createSegment;

  it("keeps memberships current in the write's transaction: an order, a cancellation, a case, an address, a merge and its undoing; each change an event on the timeline", async () => {
    const city = cityOf("Ningbo");
    const buyer = await makeCustomer(db(), { city });
    const other = await makeCustomer(db(), { city });
    const segment = await create(agent, "two-orders-quiet", { all: [{ where: { city, ordersAtLeast: 2 } }, { not: { where: { hasOpenCase: true } } }] });
    expect(segment.size).toBe(0);
    const members = async () => ids((await platform().data(Segments, {}, agent)).segments.find((s) => s.id === segment.id)!.members.edges);

    await makeOrder(db(), buyer.id);
    expect(await members()).toEqual([]);
    const second = await makeOrder(db(), buyer.id);
    expect(await members()).toEqual([g(buyer.id)]);
    // Cancelled orders do not count: the cancellation's transaction takes the customer out.
    await db().update(orders).set({ status: "CANCELLED" }).where(eq(orders.id, second.id));
    expect(await members()).toEqual([]);
    await makeOrder(db(), buyer.id);
    expect(await members()).toEqual([g(buyer.id)]);
    const complaint = await makeCase(db(), buyer.id, { status: "OPEN" });
    expect(await members()).toEqual([]);
    await db().execute(sql`update cases set status = 'RESOLVED' where id = ${complaint.id}`);
    expect(await members()).toEqual([g(buyer.id)]);
    // Moving away: the address is a condition of the rule, not of the traits.
    await db().update(customerAddresses).set({ city: "Elsewhere" }).where(eq(customerAddresses.customerId, buyer.id));
    expect(await members()).toEqual([]);
    await db().update(customerAddresses).set({ city }).where(eq(customerAddresses.customerId, buyer.id));

    // A merge moves the orders to the survivor: the merged-away profile leaves, the survivor enters; undone, both go back.
    const merge = { survivorId: g(other.id), mergedId: g(buyer.id) };
    await platform().data(MergeCustomers, { input: merge }, admin);
    expect(await members()).toEqual([g(other.id)]);
    await platform().data(UnmergeCustomer, { input: { customerId: g(buyer.id) } }, admin);
    expect(await members()).toEqual([g(buyer.id)]);

    const timeline = (await platform().data(SegmentTimeline, { id: g(buyer.id) }, agent)).customer!.timeline.edges.map((e) => e.node);
    expect(timeline.map((e) => e.kind).reverse()).toEqual(["SEGMENT_ENTERED", "SEGMENT_LEFT", "SEGMENT_ENTERED", "SEGMENT_LEFT", "SEGMENT_ENTERED", "SEGMENT_LEFT", "SEGMENT_ENTERED", "SEGMENT_LEFT", "SEGMENT_ENTERED"]);
    expect(timeline[0]).toMatchObject({ title: "Entered segment two-orders-quiet", refId: segment.id });
    // One event row per change, nothing more.
    expect((await db().select().from(segmentMembershipEvents).where(eq(segmentMembershipEvents.customerId, buyer.id))).length).toBe(9);
    expect((await platform().data(CustomerSegments, { id: g(other.id) }, agent)).customer!.segments!.map((s) => s.code)).not.toContain("two-orders-quiet");
  });

  it("gives from a full refresh exactly the memberships the writes kept (traits:refresh)", async () => {
    const city = cityOf("Wuxi");
    for (let i = 0; i < 4; i++) {
      const c = await makeCustomer(db(), { city, kind: i % 2 ? "FLEET" : "PRIVATE" });
      for (let n = 0; n <= i; n++) await makeOrder(db(), c.id);
      if (i === 3) await makeCase(db(), c.id, { status: "OPEN" });
    }
    await create(agent, "wuxi-fleet-or-loyal", { all: [{ where: { city } }, { any: [{ where: { kind: "FLEET" } }, { where: { ordersAtLeast: 3 } }] }] });
    await create(dealerA, "wuxi-dealer", { where: { city } });
    const kept = async () => (await db().select({ s: segmentMemberships.segmentId, c: segmentMemberships.customerId }).from(segmentMemberships).orderBy(asc(segmentMemberships.segmentId), asc(segmentMemberships.customerId)));
    const incremental = await kept();
    expect(incremental.length).toBeGreaterThan(2);
    // Spoil what the writes kept, so that only the refresh can bring it back: on PostgreSQL the
    // command itself (its build, as production runs it), on PGlite (one process) its function.
    await db().delete(segmentMemberships);
    if (platform().kind === "postgres") {
      const { stdout } = await runScript("src/cli/traits-refresh.ts", [], { env: { ...process.env, DATABASE_URL: platform().database.url!, LOG_LEVEL: "silent" } });
      // Its traits pass already restores them (the triggers on customer_traits); the segments pass then finds nothing to change.
      expect(stdout).toMatch(/segments recomputed \(0 memberships changed\)/);
    } else {
      expect((await refreshAllSegments(db())).changed).toBe(incremental.length);
    }
    expect(await kept()).toEqual(incremental);
    // A second refresh finds nothing to change.
    expect((await refreshAllSegments(db())).changed).toBe(0);
  });

  it("gives dealers their own segments of their own customers, suppliers sizes only (under 5 suppressed), and filters customers by segment", async () => {
    const city = cityOf("Foshan");
    const theirs = await makeCustomer(db(), { city, dealerIds: [dealerAId] });
    const stranger = await makeCustomer(db(), { city });
    const own = await create(dealerA, "foshan-mine", { where: { city } });
    expect(ids(own.members.edges)).toEqual([g(theirs.id)]);
    // The stranger becomes the dealer's customer: the relationship's transaction adds them.
    await db().insert(dealerRelationships).values({ dealerId: dealerAId, customerId: stranger.id, basis: "SERVICE" });
    const inMine = await platform().data(CustomersInSegments, { ids: [own.id] }, dealerA);
    expect(ids(inMine.customers.edges)).toEqual([g(theirs.id), g(stranger.id)].sort());
    await db().delete(dealerRelationships).where(and(eq(dealerRelationships.customerId, stranger.id), eq(dealerRelationships.dealerId, dealerAId)));
    expect(ids((await platform().data(CustomersInSegments, { ids: [own.id] }, dealerA)).customers.edges)).toEqual([g(theirs.id)]);

    // Another dealer: not listed, not changeable, and a filter by it selects no one (as another dealership's id does).
    expect((await platform().data(Segments, {}, dealerB)).segments.map((s) => s.id)).not.toContain(own.id);
    expect(firstError((await platform().gql(UpdateSegment, { input: { segmentId: own.id, name: "Taken over" } }, dealerB)).body)).toEqual({ code: "NOT_FOUND", field: "input.segmentId" });
    expect(firstError((await platform().gql(DeleteSegment, { input: { segmentId: own.id } }, dealerB)).body)).toEqual({ code: "NOT_FOUND", field: "input.segmentId" });
    expect((await platform().data(CustomersInSegments, { ids: [own.id] }, dealerB)).customers.totalCount).toBe(0);
    expect(firstError((await platform().gql(CustomersInSegments, { ids: ["not-an-id"] }, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.segmentIds.0" });
    // Staff see the dealer's segment; the dealer sees its segments on its customer's profile.
    expect((await platform().data(Segments, {}, agent)).segments.map((s) => s.id)).toContain(own.id);
    expect((await platform().data(CustomerSegments, { id: g(theirs.id) }, dealerA)).customer!.segments!.map((s) => s.code)).toEqual(["foshan-mine"]);
    // The same code is free for another owner.
    await create(dealerB, "foshan-mine", { where: { city } });

    // Suppliers: staff's segments only, names and sizes, a size under 5 withheld.
    const few = await create(agent, "foshan-few", { where: { city } });
    const manyCity = cityOf("Zhuhai");
    for (let i = 0; i < 5; i++) await makeCustomer(db(), { city: manyCity });
    const many = await create(agent, "zhuhai-five", { where: { city: manyCity } });
    const seen = (await platform().data(SegmentSizes, {}, supplier)).segments;
    expect(seen.find((s) => s.id === few.id)).toMatchObject({ size: null, sizeSuppressed: true, rule: null });
    expect(seen.find((s) => s.id === many.id)).toMatchObject({ size: 5, sizeSuppressed: false, rule: null });
    expect(seen.map((s) => s.id)).not.toContain(own.id);
    expect(firstError((await platform().gql(Segments, {}, supplier)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(CreateSegment, { input: { code: "nope", name: "Nope", rule: { where: { city } } } }, supplier)).body).code).toBe("FORBIDDEN");
  });

  it("stores a rule's values as literals that neither break nor inject: quotes, $$ and backslashes", async () => {
    const hostile = `O'Brien $$ \\ '); delete from customers; -- ${cityOf("x")}`;
    const target = await makeCustomer(db(), { city: hostile });
    await makeCustomer(db(), { city: `${hostile}'` });
    const segment = await create(agent, "hostile-city", { where: { city: hostile, search: "x'$$\\" } });
    expect(segment.size).toBe(0);
    const exact = await create(agent, "hostile-exact", { where: { city: hostile } });
    expect(ids(exact.members.edges)).toEqual([g(target.id)]);
    // The write path evaluates the same text: an address added later still matches exactly.
    const later = await makeCustomer(db(), { city: hostile });
    expect(ids((await platform().data(CustomersInSegments, { ids: [exact.id] }, agent)).customers.edges)).toEqual([g(target.id), g(later.id)].sort());
    expect((await db().select({ id: customers.id }).from(customers).where(eq(customers.id, target.id))).length).toBe(1);
  });

  it("writes literals PostgreSQL reads back as the very values: text, arrays, instants; NUL refused", async () => {
    const texts = [`a'b`, "$$", "\\", `\\'; select 1; --`, `x"y,z{}`, "NULL", "日本"];
    const read = async (literal: string) => {
      const result = (await db().execute(sql.raw(`select to_jsonb(${literal}) as v`))) as unknown;
      const found = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
      return (found[0] as { v: unknown }).v;
    };
    for (const text of texts) expect(await read(`${sqlLiteral(text, "f")}::text`)).toBe(text);
    expect(await read(`${sqlLiteral(texts, "f")}::text[]`)).toEqual(texts);
    expect(await read(`${sqlLiteral(new Date("2026-01-02T03:04:05.678Z"), "f")}::timestamptz = '2026-01-02T03:04:05.678Z'::timestamptz`)).toBe(true);
    expect(() => sqlLiteral("a\u0000b", "input.rule.where.city")).toThrow("NUL");
  });

  it("announces entered and left over a real WebSocket after commit, to staff and to the owning dealer only", async () => {
    const city = cityOf("Jiaxing");
    const customer = await makeCustomer(db(), { city, dealerIds: [dealerAId] });
    const staffSegment = await create(agent, "jiaxing-buyers", { where: { city, ordersAtLeast: 1 } });
    // Traits are not a dealer's to read (a trait condition selects no one for it): its rule reads its orders' dates.
    const dealerSegment = await create(dealerA, "jiaxing-mine", { where: { city, lastOrderAfter: new Date(0).toISOString() } });
    const staffClient = wsClient(platform().url, agent);
    const dealerClient = wsClient(platform().url, dealerA);
    const otherClient = wsClient(platform().url, dealerB);
    try {
      const staff = subscribe(staffClient, SegmentMembershipChanged, { segmentId: staffSegment.id });
      const dealer = subscribe(dealerClient, SegmentMembershipChanged, {});
      const refused = subscribe(otherClient, SegmentMembershipChanged, { segmentId: staffSegment.id });
      await refused.done;
      // Another dealer's (or staff's) segment is NOT_FOUND, not silence.
      expect(refused.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "segmentId" });
      const other = subscribe(otherClient, SegmentMembershipChanged, {});
      await new Promise((r) => setTimeout(r, 200));

      // A rolled-back write announces nothing.
      await db()
        .transaction(async (tx) => {
          await makeOrder(tx as never, customer.id, { dealerId: dealerAId });
          throw new Error("rolled back");
        })
        .catch(() => undefined);
      // Sold by dealer A: a dealer's conditions on orders count only the orders it may see.
      const order = await makeOrder(db(), customer.id, { dealerId: dealerAId });
      const [entered] = await staff.waitFor(1);
      expect(entered!.data!.segmentMembershipChanged).toMatchObject({ segmentId: staffSegment.id, customerId: g(customer.id), change: "ENTERED" });
      expect((await dealer.waitFor(1))[0]!.data!.segmentMembershipChanged).toMatchObject({ segmentId: dealerSegment.id, change: "ENTERED" });

      await db().update(orders).set({ status: "CANCELLED" }).where(eq(orders.id, order.id));
      expect((await staff.waitFor(2))[1]!.data!.segmentMembershipChanged).toMatchObject({ segmentId: staffSegment.id, change: "LEFT" });
      expect((await dealer.waitFor(2)).map((r) => r.data!.segmentMembershipChanged.segmentId)).toEqual([dealerSegment.id, dealerSegment.id]);
      await new Promise((r) => setTimeout(r, 300));
      expect(staff.results.length).toBe(2);
      expect(other.results).toEqual([]);
      await Promise.all([staff.close(), dealer.close(), other.close()]);
    } finally {
      await Promise.all([staffClient.dispose(), dealerClient.dispose(), otherClient.dispose()]);
    }
  });
});
