import type { ResultOf } from "@graphql-typed-document-node/core";
import { count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { cases, orders, shipments, trackingEvents, vehicleOwnerships, vehicles } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { seedDatabase } from "../../src/seed/index.js";
import { CustomerTimeline, ListsForPortals, OrderByNumber, ShipmentByTracking, VehicleByVin } from "../operations/entry-points.js";
import { CustomersCount } from "../operations/customers.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("entry points of the 360° view", (platform) => {
  let admin: string;
  let dealerOrder: typeof orders.$inferSelect;

  beforeAll(async () => {
    const { db } = platform().database;
    await seedDatabase(db, { customers: 80, seed: 5, now: new Date("2026-06-01T12:00:00Z") });
    admin = await platform().token({ role: "ADMIN", sub: "a" });
    const [first] = await db.select().from(orders).where(isNotNull(orders.dealerId)).limit(1);
    dealerOrder = first!;
  });

  it("finds an order by number for its customer and its dealer, NOT_FOUND for anyone else", async () => {
    const { number, customerId, dealerId } = dealerOrder;
    const owner = await platform().data(OrderByNumber, { number }, await platform().token({ role: "CUSTOMER", sub: "c", customerId }));
    expect(owner.order?.number).toBe(number);
    const dealer = await platform().data(OrderByNumber, { number }, await platform().token({ role: "DEALER", sub: "d", dealerId: dealerId! }));
    expect(dealer.order?.dealer?.code).toBeDefined();
    for (const token of [
      await platform().token({ role: "CUSTOMER", sub: "x", customerId: "00000000-0000-7000-8000-000000000001" }),
      await platform().token({ role: "DEALER", sub: "y", dealerId: "00000000-0000-7000-8000-000000000001" }),
      await platform().token({ role: "SUPPLIER", sub: "z", supplierId: "00000000-0000-7000-8000-000000000001" }),
      undefined,
    ]) {
      const denied = await platform().gql(OrderByNumber, { number }, token);
      expect(firstError(denied.body)).toEqual({ code: "NOT_FOUND", field: "number" });
    }
  });

  it("tracks a shipment by number for its courier, with its events in sequence", async () => {
    const { db } = platform().database;
    const [shipment] = await db.select().from(shipments).where(isNotNull(shipments.departedAt)).limit(1);
    const [{ n }] = (await db.select({ n: count() }).from(trackingEvents).where(eq(trackingEvents.shipmentId, shipment!.id))) as [{ n: number }];
    const courier = await platform().token({ role: "COURIER", sub: "c", carrierId: shipment!.carrierId });
    const data = await platform().data(ShipmentByTracking, { trackingNumber: shipment!.trackingNumber }, courier);
    expect(data.shipment?.events.totalCount).toBe(n);
    expect(data.shipment?.events.edges.map((e) => e.node.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    // A courier sees the parcel, not the order or the customer behind it.
    expect(data.shipment?.order).toBeNull();
    const otherCourier = await platform().token({ role: "COURIER", sub: "o", carrierId: "00000000-0000-7000-8000-000000000002" });
    const denied = await platform().gql(ShipmentByTracking, { trackingNumber: shipment!.trackingNumber }, otherCourier);
    expect(firstError(denied.body).code).toBe("NOT_FOUND");
  });

  it("finds a vehicle by VIN in any case, and shows a customer only their own ownership period", async () => {
    const { db } = platform().database;
    const [ended] = await db.select().from(vehicleOwnerships).where(isNotNull(vehicleOwnerships.endedOn)).limit(1);
    const [vehicle] = await db.select().from(vehicles).where(eq(vehicles.id, ended!.vehicleId));
    const history = await platform().data(VehicleByVin, { vin: vehicle!.vin.toLowerCase() }, admin);
    expect(history.vehicle?.ownerships.length).toBeGreaterThanOrEqual(2);
    expect(history.vehicle?.ownerships.at(-1)?.current).toBe(true);
    const formerOwner = await platform().token({ role: "CUSTOMER", sub: "f", customerId: ended!.customerId });
    const own = await platform().data(VehicleByVin, { vin: vehicle!.vin }, formerOwner);
    expect(own.vehicle?.ownerships).toEqual([{ startedOn: ended!.startedOn, current: false, customer: { id: toGlobalId("Customer", ended!.customerId) } }]);
  });

  it("scopes the portals' lists: a dealer sees its orders, the vehicles it sold or serviced, the cases against it", async () => {
    const { db } = platform().database;
    const dealerId = dealerOrder.dealerId!;
    const token = await platform().token({ role: "DEALER", sub: "d", dealerId });
    const data = await platform().data(ListsForPortals, {}, token);
    const expectedOrders = (await db.select({ n: count() }).from(orders).where(eq(orders.dealerId, dealerId)))[0]!.n;
    expect(data.orders.totalCount).toBe(expectedOrders);
    expect(data.orders.edges.every((e) => e.node.dealer?.id === toGlobalId("Dealer", dealerId))).toBe(true);
    const expectedCases = (await db.select({ n: count() }).from(cases).where(eq(cases.againstDealerId, dealerId)))[0]!.n;
    expect(data.cases.totalCount).toBe(expectedCases);
    const all = await platform().data(ListsForPortals, {}, admin);
    expect(data.vehicles.totalCount).toBeGreaterThan(0);
    expect(data.vehicles.totalCount).toBeLessThan(all.vehicles.totalCount);
    const anonymous = await platform().data(ListsForPortals, {});
    expect([anonymous.orders.totalCount, anonymous.vehicles.totalCount, anonymous.cases.totalCount]).toEqual([0, 0, 0]);
  });

  it("merges the timeline newest first, pages it without gaps or repeats, and filters by kind and period", async () => {
    const id = toGlobalId("Customer", dealerOrder.customerId);
    const everything = await platform().data(CustomerTimeline, { id, first: 100 }, admin);
    const entries = everything.customer!.timeline.edges.map((e) => e.node);
    expect(entries.length).toBe(everything.customer!.timeline.totalCount);
    const times = entries.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(entries.map((e) => e.kind))).toContain("ORDER_PLACED");

    const paged: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page: ResultOf<typeof CustomerTimeline> = await platform().data(CustomerTimeline, { id, first: 4, after }, admin);
      paged.push(...page.customer!.timeline.edges.map((e) => e.node.refId));
      if (!page.customer!.timeline.pageInfo.hasNextPage) break;
      after = page.customer!.timeline.pageInfo.endCursor;
    }
    expect(paged).toEqual(entries.map((e) => e.refId));

    const onlyOrders = await platform().data(CustomerTimeline, { id, first: 100, filter: { kinds: ["ORDER_PLACED"] } }, admin);
    expect(onlyOrders.customer!.timeline.edges.every((e) => e.node.kind === "ORDER_PLACED")).toBe(true);
    const middle = new Date(times[Math.floor(times.length / 2)]!);
    const older = await platform().data(CustomerTimeline, { id, first: 100, filter: { to: middle.toISOString() } }, admin);
    expect(older.customer!.timeline.edges.every((e) => Date.parse(e.node.occurredAt) < middle.getTime())).toBe(true);

    const sms = await platform().data(CustomerTimeline, { id, first: 1, interactionFilter: { channels: ["SMS"], direction: "OUTBOUND" } }, admin);
    expect(sms.customer!.interactions.edges.every((e) => e.node.channel === "SMS" && e.node.direction === "OUTBOUND")).toBe(true);
    const bad = await platform().gql(CustomerTimeline, { id, filter: { from: middle.toISOString(), to: middle.toISOString() } }, admin);
    expect(firstError(bad.body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.to" });
  });

  it("filters customers by the period of their last order", async () => {
    const recent = await platform().data(CustomersCount, { filter: { lastOrderAfter: "2026-05-01T00:00:00Z" } }, admin);
    const lapsed = await platform().data(CustomersCount, { filter: { lastOrderBefore: "2026-05-01T00:00:00Z" } }, admin);
    const none = await platform().data(CustomersCount, { filter: {} }, admin);
    expect(recent.customers.totalCount).toBeGreaterThan(0);
    expect(lapsed.customers.totalCount).toBeGreaterThan(0);
    expect(recent.customers.totalCount + lapsed.customers.totalCount).toBeLessThan(none.customers.totalCount + 1);
  });
});
