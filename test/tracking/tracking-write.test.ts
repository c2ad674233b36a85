import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { trackingEvents } from "../../src/db/schema/index.js";
import { OrderState, RecordTrackingEvents, ShipmentState } from "../operations/tracking.js";
import { makeCarrier, makeCustomer, makeDealer, makeOrder, makeShipment } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, 0) + minutes * 60_000).toISOString();
const scan = (trackingNumber: string, courierEventId: string, status: string, minutes: number, extra: Record<string, unknown> = {}) =>
  ({ trackingNumber, courierEventId, status, occurredAt: t(minutes), ...extra }) as never;

describePlatform("recording tracking events", (platform) => {
  let carrier: { id: string };
  let courier: string;
  let admin: string;

  async function parcel(overrides: { split?: boolean } = {}) {
    const db = platform().database.db;
    const customer = await makeCustomer(db);
    const order = await makeOrder(db, customer.id);
    const first = await makeShipment(db, order, carrier.id);
    const second = overrides.split ? await makeShipment(db, order, carrier.id) : undefined;
    return { order, first, second };
  }

  beforeAll(async () => {
    carrier = await makeCarrier(platform().database.db);
    courier = await platform().token({ role: "COURIER", sub: "courier", carrierId: carrier.id });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
  });

  it("numbers a shipment's events, keeps its status, position and ETA current, and moves the order along", async () => {
    const { order, first } = await parcel();
    const tn = first.trackingNumber;
    const result = await platform().data(
      RecordTrackingEvents,
      {
        input: {
          events: [
            scan(tn, "e1", "PICKED_UP", 0, { lat: 31.2, lng: 121.4, place: "Shanghai DC" }),
            scan(tn, "e2", "IN_TRANSIT", 60, { lat: 31.5, lng: 120.9, estimatedArrival: t(600) }),
          ],
        },
      },
      courier,
    );
    expect(result.recordTrackingEvents.rejected).toEqual([]);
    expect(result.recordTrackingEvents.recorded.map((r) => [r.seq, r.duplicate])).toEqual([[1, false], [2, false]]);
    expect(result.recordTrackingEvents.recorded[1]!.shipment).toMatchObject({ status: "IN_TRANSIT", lastPosition: { lat: 31.5, lng: 120.9 }, estimatedArrival: t(600) });
    expect((await platform().data(OrderState, { number: order.number }, admin)).order?.status).toBe("SHIPPED");

    await platform().data(RecordTrackingEvents, { input: { events: [scan(tn, "e3", "DELIVERED", 300, { lat: 32, lng: 120 })] } }, courier);
    const state = await platform().data(ShipmentState, { trackingNumber: tn }, admin);
    expect(state.shipment).toMatchObject({ status: "DELIVERED", deliveredAt: t(300), departedAt: t(0), lastEventAt: t(300) });
    expect(await platform().data(OrderState, { number: order.number }, admin)).toEqual({ order: { status: "DELIVERED", deliveredAt: t(300) } });
  });

  it("stores a repeated post once: the same courier event id is a no-op", async () => {
    const { first } = await parcel();
    const batch = { input: { events: [scan(first.trackingNumber, "dup-1", "PICKED_UP", 0), scan(first.trackingNumber, "dup-2", "IN_TRANSIT", 30)] } };
    await platform().data(RecordTrackingEvents, batch, courier);
    const again = await platform().data(RecordTrackingEvents, batch, courier);
    expect(again.recordTrackingEvents.recorded.map((r) => [r.seq, r.duplicate])).toEqual([[1, true], [2, true]]);
    const [{ n }] = (await platform().database.db.select({ n: count() }).from(trackingEvents).where(eq(trackingEvents.shipmentId, first.id))) as [{ n: number }];
    expect(n).toBe(2);
  });

  it("keeps a late, older event as history without moving the status backwards", async () => {
    const { first } = await parcel();
    const tn = first.trackingNumber;
    await platform().data(RecordTrackingEvents, { input: { events: [scan(tn, "a", "OUT_FOR_DELIVERY", 100), scan(tn, "b", "DELIVERED", 120)] } }, courier);
    const late = await platform().data(RecordTrackingEvents, { input: { events: [scan(tn, "c", "IN_TRANSIT", 50)] } }, courier);
    expect(late.recordTrackingEvents.recorded[0]).toMatchObject({ seq: 3, duplicate: false, shipment: { status: "DELIVERED" } });
    const state = await platform().data(ShipmentState, { trackingNumber: tn }, admin);
    expect(state.shipment?.status).toBe("DELIVERED");
    expect(state.shipment?.events.edges.map((e) => [e.node.seq, e.node.status])).toEqual([[1, "OUT_FOR_DELIVERY"], [2, "DELIVERED"], [3, "IN_TRANSIT"]]);
  });

  it("refuses a newer status after DELIVERED (a return may still follow)", async () => {
    const { first } = await parcel();
    const tn = first.trackingNumber;
    await platform().data(RecordTrackingEvents, { input: { events: [scan(tn, "d", "DELIVERED", 10)] } }, courier);
    const result = await platform().data(RecordTrackingEvents, { input: { events: [scan(tn, "x", "IN_TRANSIT", 20), scan(tn, "r", "RETURNED", 30)] } }, courier);
    expect(result.recordTrackingEvents.rejected).toEqual([
      { index: 0, courierEventId: "x", code: "CONFLICT", field: "input.events.0.status", message: "IN_TRANSIT is not allowed after DELIVERED" },
    ]);
    expect(result.recordTrackingEvents.recorded.map((r) => r.shipment.status)).toEqual(["RETURNED"]);
  });

  it("reports bad events one by one, naming the field, and still stores the good ones", async () => {
    const { first } = await parcel();
    const tn = first.trackingNumber;
    const result = await platform().data(
      RecordTrackingEvents,
      {
        input: {
          events: [
            scan("NO-SUCH-PARCEL", "u1", "IN_TRANSIT", 0),
            scan(tn, "u2", "IN_TRANSIT", 1, { lat: 91, lng: 10 }),
            scan(tn, "u3", "IN_TRANSIT", 2, { lat: 10 }),
            scan(tn, "u4", "IN_TRANSIT", 3, { place: "x".repeat(501) }),
            scan(tn, " ", "IN_TRANSIT", 4),
            { ...(scan(tn, "u6", "IN_TRANSIT", 0) as object), occurredAt: new Date(Date.now() + 86_400_000).toISOString() } as never,
            scan(tn, "ok", "PICKED_UP", 5),
          ],
        },
      },
      courier,
    );
    expect(result.recordTrackingEvents.rejected.map((r) => [r.index, r.code, r.field])).toEqual([
      [0, "NOT_FOUND", "input.events.0.trackingNumber"],
      [1, "BAD_USER_INPUT", "input.events.1.lat"],
      [2, "BAD_USER_INPUT", "input.events.2.lng"],
      [3, "BAD_USER_INPUT", "input.events.3.place"],
      [4, "BAD_USER_INPUT", "input.events.4.courierEventId"],
      [5, "BAD_USER_INPUT", "input.events.5.occurredAt"],
    ]);
    expect(result.recordTrackingEvents.recorded.map((r) => [r.index, r.seq])).toEqual([[6, 1]]);
  });

  it("lets a courier post only for its carrier's parcels, and only couriers and staff post at all", async () => {
    const { first } = await parcel();
    const batch = { input: { events: [scan(first.trackingNumber, "s1", "PICKED_UP", 0)] } };
    const other = await platform().token({ role: "COURIER", sub: "o", carrierId: (await makeCarrier(platform().database.db)).id });
    const foreign = await platform().data(RecordTrackingEvents, batch, other);
    expect(foreign.recordTrackingEvents.rejected.map((r) => r.code)).toEqual(["NOT_FOUND"]);

    const dealer = await platform().token({ role: "DEALER", sub: "d", dealerId: (await makeDealer(platform().database.db)).id });
    expect(firstError((await platform().gql(RecordTrackingEvents, batch, dealer)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(RecordTrackingEvents, batch)).body).code).toBe("UNAUTHENTICATED");

    const staff = await platform().data(RecordTrackingEvents, batch, await platform().token({ role: "AGENT", sub: "a" }));
    expect(staff.recordTrackingEvents.recorded).toHaveLength(1);
  });

  it("rejects an empty or oversized batch as a whole", async () => {
    const { first } = await parcel();
    const empty = await platform().gql(RecordTrackingEvents, { input: { events: [] } }, courier);
    expect(firstError(empty.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.events" });
    const huge = await platform().gql(RecordTrackingEvents, { input: { events: Array.from({ length: 251 }, (_, i) => scan(first.trackingNumber, `h${i}`, "IN_TRANSIT", i)) } }, courier);
    expect(firstError(huge.body)).toEqual({ code: "BAD_USER_INPUT", field: "input.events" });
    const [{ n }] = (await platform().database.db.select({ n: count() }).from(trackingEvents).where(eq(trackingEvents.shipmentId, first.id))) as [{ n: number }];
    expect(n).toBe(0);
  });

  it("marks a split order partially shipped, then delivered when its last parcel arrives", async () => {
    const { order, first, second } = await parcel({ split: true });
    await platform().data(RecordTrackingEvents, { input: { events: [scan(first.trackingNumber, "p1", "PICKED_UP", 0)] } }, courier);
    expect((await platform().data(OrderState, { number: order.number }, admin)).order?.status).toBe("PARTIALLY_SHIPPED");
    await platform().data(RecordTrackingEvents, { input: { events: [scan(first.trackingNumber, "p2", "DELIVERED", 60), scan(second!.trackingNumber, "q1", "PICKED_UP", 70)] } }, courier);
    expect((await platform().data(OrderState, { number: order.number }, admin)).order?.status).toBe("SHIPPED");
    await platform().data(RecordTrackingEvents, { input: { events: [scan(second!.trackingNumber, "q2", "DELIVERED", 200)] } }, courier);
    expect((await platform().data(OrderState, { number: order.number }, admin)).order).toEqual({ status: "DELIVERED", deliveredAt: t(200) });
  });
});
