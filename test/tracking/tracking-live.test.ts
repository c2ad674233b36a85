import { afterAll, beforeAll, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { DeliveryFeed, OrderTracking, RecordTrackingEvents, ShipmentTracking } from "../operations/tracking.js";
import { makeCarrier, makeCustomer, makeOrder, makeShipment } from "../support/factories.js";
import { describePlatform } from "../support/suite.js";
import { subscribe, wsClient } from "../support/ws.js";

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, 0) + minutes * 60_000).toISOString();

describePlatform("live tracking over graphql-ws", (platform) => {
  let courier: string;
  let owner: string;
  let shipment: { id: string; trackingNumber: string };
  const clients: Client[] = [];
  const client = (token?: string) => {
    const c = wsClient(platform().url, token);
    clients.push(c);
    return c;
  };
  const post = (courierEventId: string, status: string, minutes: number) =>
    platform().data(RecordTrackingEvents, { input: { events: [{ trackingNumber: shipment.trackingNumber, courierEventId, status: status as never, occurredAt: t(minutes), lat: 31, lng: 121 }] } }, courier);

  beforeAll(async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db);
    const customer = await makeCustomer(db);
    shipment = await makeShipment(db, await makeOrder(db, customer.id), carrier.id);
    courier = await platform().token({ role: "COURIER", sub: "c", carrierId: carrier.id });
    owner = await platform().token({ role: "CUSTOMER", sub: "o", customerId: customer.id });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it("delivers what the subscriber missed, then live events, with no gap and no duplicate", async () => {
    await post("e1", "PICKED_UP", 0);
    await post("e2", "IN_TRANSIT", 10);
    const sub = subscribe(client(owner), ShipmentTracking, { shipmentId: toGlobalId("Shipment", shipment.id), after: 0 });
    await sub.waitFor(2);
    await post("e3", "IN_TRANSIT", 20);
    await post("e3", "IN_TRANSIT", 20); // a repeated post rings no bell
    await post("e4", "OUT_FOR_DELIVERY", 30);
    const results = await sub.waitFor(4);
    await new Promise((r) => setTimeout(r, 200));
    expect(results.map((r) => r.data?.shipmentTracking.seq)).toEqual([1, 2, 3, 4]);
    expect(results[3]!.data?.shipmentTracking).toMatchObject({ status: "OUT_FOR_DELIVERY", position: { lat: 31, lng: 121 } });
    await sub.close();
  });

  it("resumes after the last seq a reconnecting subscriber saw", async () => {
    const sub = subscribe(client(owner), ShipmentTracking, { shipmentId: toGlobalId("Shipment", shipment.id), after: 2 });
    const results = await sub.waitFor(2);
    expect(results.map((r) => r.data?.shipmentTracking.seq)).toEqual([3, 4]);
    const liveOnly = subscribe(client(courier), ShipmentTracking, { shipmentId: toGlobalId("Shipment", shipment.id) });
    await new Promise((r) => setTimeout(r, 200));
    await post("e5", "DELIVERED", 40);
    expect((await liveOnly.waitFor(1)).map((r) => r.data?.shipmentTracking.seq)).toEqual([5]);
    expect((await sub.waitFor(3)).map((r) => r.data?.shipmentTracking.seq)).toEqual([3, 4, 5]);
  });

  it("streams every parcel of a split order and resumes from the cursor without gap or duplicate", async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db);
    const customer = await makeCustomer(db);
    const order = await makeOrder(db, customer.id);
    const parcels = [await makeShipment(db, order, carrier.id), await makeShipment(db, order, carrier.id)];
    const courierToken = await platform().token({ role: "COURIER", sub: "c2", carrierId: carrier.id });
    const customerToken = await platform().token({ role: "CUSTOMER", sub: "c", customerId: customer.id });
    const scanOf = (p: number, id: string, minutes: number) =>
      platform().data(RecordTrackingEvents, { input: { events: [{ trackingNumber: parcels[p]!.trackingNumber, courierEventId: id, status: "IN_TRANSIT" as never, occurredAt: t(minutes) }] } }, courierToken);

    const live = subscribe(client(customerToken), OrderTracking, { orderId: toGlobalId("Order", order.id) });
    await new Promise((r) => setTimeout(r, 200));
    await scanOf(0, "a1", 1);
    await scanOf(1, "b1", 2);
    await scanOf(0, "a2", 3);
    const first = await live.waitFor(3);
    expect(first.map((r) => [r.data?.orderTracking.shipment.trackingNumber, r.data?.orderTracking.event.seq])).toEqual([
      [parcels[0]!.trackingNumber, 1],
      [parcels[1]!.trackingNumber, 1],
      [parcels[0]!.trackingNumber, 2],
    ]);
    await live.close();

    const cursor = first[1]!.data!.orderTracking.cursor;
    await scanOf(1, "b2", 4);
    const resumed = subscribe(client(customerToken), OrderTracking, { orderId: toGlobalId("Order", order.id), after: cursor });
    const missed = await resumed.waitFor(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(missed.map((r) => [r.data?.orderTracking.shipment.trackingNumber, r.data?.orderTracking.event.seq]).sort()).toEqual(
      [
        [parcels[0]!.trackingNumber, 2],
        [parcels[1]!.trackingNumber, 2],
      ].sort(),
    );
    expect(resumed.results).toHaveLength(2);
    const bad = subscribe(client(customerToken), OrderTracking, { orderId: toGlobalId("Order", order.id), after: "garbage" });
    expect((await bad.waitFor(1))[0]!.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("feeds dashboards the events they may see, filtered by carrier, status and region", async () => {
    const db = platform().database.db;
    const [carrierA, carrierB] = [await makeCarrier(db), await makeCarrier(db)];
    const customer = await makeCustomer(db);
    const order = await makeOrder(db, customer.id);
    const [parcelA, parcelB] = [await makeShipment(db, order, carrierA.id), await makeShipment(db, order, carrierB.id)];
    const adminToken = await platform().token({ role: "ADMIN", sub: "a" });
    const courierA = await platform().token({ role: "COURIER", sub: "ca", carrierId: carrierA.id });
    const courierB = await platform().token({ role: "COURIER", sub: "cb", carrierId: carrierB.id });
    const feeds = {
      carrierA: subscribe(client(adminToken), DeliveryFeed, { filter: { carrierId: toGlobalId("Carrier", carrierA.id) } }),
      delivered: subscribe(client(adminToken), DeliveryFeed, { filter: { statuses: ["DELIVERED"] } }),
      shanghai: subscribe(client(adminToken), DeliveryFeed, { filter: { region: { minLat: 30.5, maxLat: 31.8, minLng: 120.8, maxLng: 122.2 } } }),
      courierB: subscribe(client(courierB), DeliveryFeed, {}),
    };
    await new Promise((r) => setTimeout(r, 300));
    const post = (token: string, trackingNumber: string, id: string, status: string, lat: number, lng: number) =>
      platform().data(RecordTrackingEvents, { input: { events: [{ trackingNumber, courierEventId: id, status: status as never, occurredAt: t(1), lat, lng }] } }, token);
    await post(courierA, parcelA.trackingNumber, "fa1", "IN_TRANSIT", 31.2, 121.5); // Shanghai
    await post(courierB, parcelB.trackingNumber, "fb1", "DELIVERED", 39.9, 116.4); // Beijing
    const tns = (sub: { results: { data?: { deliveryFeed: { shipment: { trackingNumber: string } } } | null }[] }) => sub.results.map((r) => r.data?.deliveryFeed.shipment.trackingNumber);
    await feeds.carrierA.waitFor(1);
    await feeds.delivered.waitFor(1);
    await feeds.shanghai.waitFor(1);
    await feeds.courierB.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(tns(feeds.carrierA)).toEqual([parcelA.trackingNumber]);
    expect(tns(feeds.delivered)).toEqual([parcelB.trackingNumber]);
    expect(tns(feeds.shanghai)).toEqual([parcelA.trackingNumber]);
    expect(tns(feeds.courierB)).toEqual([parcelB.trackingNumber]);
    const bad = subscribe(client(adminToken), DeliveryFeed, { filter: { region: { minLat: 40, maxLat: 30, minLng: 0, maxLng: 1 } } });
    expect((await bad.waitFor(1))[0]!.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.region" });
  });

  it("gives identical feeds of different subscribers each only their own parcels, as they come and go", async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db);
    const [alice, bob] = [await makeCustomer(db), await makeCustomer(db)];
    const [parcelA, parcelB] = [await makeShipment(db, await makeOrder(db, alice.id), carrier.id), await makeShipment(db, await makeOrder(db, bob.id), carrier.id)];
    const courierToken = await platform().token({ role: "COURIER", sub: "c2", carrierId: carrier.id });
    const aliceToken = await platform().token({ role: "CUSTOMER", sub: "alice", customerId: alice.id });
    // Same document and variables for everyone: only the scope tells them apart.
    const feeds = {
      alice1: subscribe(client(aliceToken), DeliveryFeed, {}),
      alice2: subscribe(client(aliceToken), DeliveryFeed, {}),
      bob: subscribe(client(await platform().token({ role: "CUSTOMER", sub: "bob", customerId: bob.id })), DeliveryFeed, {}),
      agent: subscribe(client(await platform().token({ role: "AGENT", sub: "ops" })), DeliveryFeed, {}),
    };
    await new Promise((r) => setTimeout(r, 300));
    const postTo = (trackingNumber: string, id: string, minutes: number) =>
      platform().data(RecordTrackingEvents, { input: { events: [{ trackingNumber, courierEventId: id, status: "IN_TRANSIT", occurredAt: t(minutes), lat: 31, lng: 121 }] } }, courierToken);
    const mine = (sub: (typeof feeds)["agent"]) =>
      sub.results.map((r) => r.data?.deliveryFeed.shipment.trackingNumber).filter((tn) => tn === parcelA.trackingNumber || tn === parcelB.trackingNumber);

    await postTo(parcelA.trackingNumber, "g1", 1);
    await postTo(parcelB.trackingNumber, "g2", 2);
    await Promise.all([feeds.alice1.waitFor(1), feeds.alice2.waitFor(1), feeds.bob.waitFor(1)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(mine(feeds.alice1)).toEqual([parcelA.trackingNumber]);
    expect(mine(feeds.alice2)).toEqual([parcelA.trackingNumber]);
    expect(mine(feeds.bob)).toEqual([parcelB.trackingNumber]);
    expect(mine(feeds.agent)).toEqual([parcelA.trackingNumber, parcelB.trackingNumber]);

    // One of two identical feeds leaves and a third joins: the others go on.
    await feeds.alice1.close();
    const alice3 = subscribe(client(aliceToken), DeliveryFeed, {});
    await new Promise((r) => setTimeout(r, 300));
    await postTo(parcelA.trackingNumber, "g3", 3);
    await Promise.all([feeds.alice2.waitFor(2), alice3.waitFor(1)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(mine(feeds.alice1)).toEqual([parcelA.trackingNumber]);
    expect(feeds.alice2.results.map((r) => r.data?.deliveryFeed.event.seq)).toEqual([1, 2]);
    expect(alice3.results.map((r) => r.data?.deliveryFeed.event.seq)).toEqual([2]);
    expect(mine(feeds.bob)).toEqual([parcelB.trackingNumber]);
  });

  it("serves a feed spelled with a root fragment (not shared) with the same scope rules", async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db);
    const [mine, theirs] = [await makeCustomer(db), await makeCustomer(db)];
    const [parcelMine, parcelTheirs] = [await makeShipment(db, await makeOrder(db, mine.id), carrier.id), await makeShipment(db, await makeOrder(db, theirs.id), carrier.id)];
    const courierToken = await platform().token({ role: "COURIER", sub: "c3", carrierId: carrier.id });
    const document = parse("subscription { ...Feed } fragment Feed on Subscription { deliveryFeed { shipment { trackingNumber } event { seq } } }") as TypedDocumentNode<{ deliveryFeed: { shipment: { trackingNumber: string } } }, Record<string, never>>;
    const feed = subscribe(client(await platform().token({ role: "CUSTOMER", sub: "m", customerId: mine.id })), document, {});
    await new Promise((r) => setTimeout(r, 300));
    for (const [parcel, id] of [[parcelTheirs, "f1"], [parcelMine, "f2"]] as const) {
      await platform().data(RecordTrackingEvents, { input: { events: [{ trackingNumber: parcel.trackingNumber, courierEventId: id, status: "IN_TRANSIT", occurredAt: t(1), lat: 31, lng: 121 }] } }, courierToken);
    }
    await feed.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.results.map((r) => r.data?.deliveryFeed.shipment.trackingNumber)).toEqual([parcelMine.trackingNumber]);
  });

  it("answers a subscription to someone else's parcel with NOT_FOUND, not silence", async () => {
    const stranger = await platform().token({ role: "CUSTOMER", sub: "s", customerId: "00000000-0000-7000-8000-000000000009" });
    const sub = subscribe(client(stranger), ShipmentTracking, { shipmentId: toGlobalId("Shipment", shipment.id), after: 0 });
    const [result] = await sub.waitFor(1);
    expect(result!.data ?? null).toBeNull();
    expect(result!.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "shipmentId" });
  });
});
