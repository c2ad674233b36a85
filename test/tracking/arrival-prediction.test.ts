import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { learnTransitTimes, MIN_SAMPLES, predictArrival, transitTimeFor, type TransitTime } from "../../src/tracking/arrival-prediction.js";
import { RecordArrivalEvents, ShipmentArrival } from "../operations/arrival.js";
import { makeCarrier, makeCustomer, makeOrder, makeProduct, makeShipment } from "../support/factories.js";
import { confirm, gid, place } from "../support/order-flow.js";
import { describePlatform } from "../support/suite.js";

const HOUR = 3_600_000;
const at = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);
const iso = (d: Date) => d.toISOString();

describe("arrival prediction rules", () => {
  const now = new Date("2026-12-01T08:00:00Z");
  const bucket = (over: Partial<TransitTime>): TransitTime => ({ carrierId: "c1", originCity: null, destinationCity: null, status: "PICKED_UP", samples: 50, p10Hours: 10, p50Hours: 20, p90Hours: 40, ...over });
  const parcel = (over: Partial<Parameters<typeof predictArrival>[0]> = {}): Parameters<typeof predictArrival>[0] => ({
    kind: "DELIVERY",
    status: "PICKED_UP",
    carrierId: "c1",
    originCity: "Shanghai",
    destinationCity: "Beijing",
    lastEventAt: now,
    createdAt: at(now, -5),
    deliveredAt: null,
    estimatedArrival: at(now, 72),
    deliveryWindowStart: null,
    deliveryWindowEnd: null,
    ...over,
  });

  it("takes the most specific bucket with enough samples: the route, then the carrier, then the network", () => {
    const route = bucket({ originCity: "Shanghai", destinationCity: "Beijing", p50Hours: 30 });
    const carrier = bucket({ p50Hours: 20 });
    const network = bucket({ carrierId: null, p50Hours: 25 });
    expect(transitTimeFor([network, carrier, route], parcel())?.basis).toBe("ROUTE_HISTORY");
    expect(transitTimeFor([network, carrier, { ...route, samples: MIN_SAMPLES - 1 }], parcel())?.basis).toBe("CARRIER_HISTORY");
    expect(transitTimeFor([network, { ...carrier, carrierId: "c2" }], parcel())?.basis).toBe("NETWORK_HISTORY");
    expect(transitTimeFor([network, carrier], parcel({ status: "DELAYED" }))).toBeNull();
  });

  it("predicts the latest scan plus the median, between the 10th and 90th percentile, never in the past", () => {
    expect(predictArrival(parcel(), [bucket({})], now)).toEqual({
      predictedArrival: at(now, 20),
      predictedEarliest: at(now, 10),
      predictedLatest: at(now, 40),
      predictionBasis: "CARRIER_HISTORY",
      predictionSamples: 50,
      lateForWindow: null,
    });
    const stale = predictArrival(parcel({ lastEventAt: at(now, -30) }), [bucket({})], now);
    expect([stale.predictedEarliest, stale.predictedArrival, stale.predictedLatest]).toEqual([now, now, at(now, 10)]);
  });

  it("moves an arrival before the chosen window to its start, and marks one after its end late", () => {
    const waiting = predictArrival(parcel({ deliveryWindowStart: at(now, 30), deliveryWindowEnd: at(now, 34) }), [bucket({})], now);
    expect(waiting).toMatchObject({ predictedArrival: at(now, 30), predictedEarliest: at(now, 30), predictedLatest: at(now, 40), lateForWindow: false });
    const late = predictArrival(parcel({ deliveryWindowStart: at(now, 2), deliveryWindowEnd: at(now, 6) }), [bucket({})], now);
    expect(late).toMatchObject({ predictedArrival: at(now, 20), lateForWindow: true });
  });

  it("falls back to the courier's ETA without history, and predicts nothing for a parcel that is not coming", () => {
    expect(predictArrival(parcel(), [], now)).toMatchObject({ predictedArrival: at(now, 72), predictionBasis: "COURIER", predictionSamples: null });
    expect(predictArrival(parcel({ estimatedArrival: null }), [], now).predictedArrival).toBeNull();
    expect(predictArrival(parcel({ status: "FAILED" }), [bucket({ status: "FAILED" })], now).predictedArrival).toBeNull();
    const delivered = predictArrival(parcel({ status: "DELIVERED", deliveredAt: at(now, 1), deliveryWindowEnd: now }), [], now);
    expect(delivered).toMatchObject({ predictedArrival: at(now, 1), predictionBasis: "DELIVERED", lateForWindow: true });
  });
});

describePlatform("predicted arrival through the API", (platform) => {
  let admin: string, courier: string, quietCourier: string, customerToken: string;
  let carrier: { id: string }, quietCarrier: { id: string };
  let product: { id: string };
  let customer: { id: string };

  /** Delivered parcels of a carrier: LABEL_CREATED, then PICKED_UP 4 h later, DELIVERED 20 + i hours after the pick-up. */
  async function history(carrierId: string, parcels: number) {
    const db = platform().database.db;
    const owner = await makeCustomer(db);
    for (let i = 0; i < parcels; i++) {
      const order = await makeOrder(db, owner.id);
      const labelled = new Date(Date.now() - (30 - i / 2) * 86_400_000);
      const picked = at(labelled, 4);
      const delivered = at(picked, 20 + i);
      const shipment = await makeShipment(db, order, carrierId, { status: "DELIVERED", deliveredAt: delivered, lastEventAt: delivered, lastSeq: 3 });
      await db.insert(s.trackingEvents).values([
        { shipmentId: shipment.id, seq: 1, courierEventId: `h${i}-1`, status: "LABEL_CREATED", occurredAt: labelled },
        { shipmentId: shipment.id, seq: 2, courierEventId: `h${i}-2`, status: "PICKED_UP", occurredAt: picked },
        { shipmentId: shipment.id, seq: 3, courierEventId: `h${i}-3`, status: "DELIVERED", occurredAt: delivered },
      ]);
    }
  }

  beforeAll(async () => {
    const db = platform().database.db;
    carrier = await makeCarrier(db, { code: "A-ETA" });
    quietCarrier = await makeCarrier(db, { code: "B-ETA" });
    await history(carrier.id, 25);
    await history(quietCarrier.id, 5);
    await db.transaction((tx) => learnTransitTimes(tx));
    product = await makeProduct(db, { priceMinor: 5000 });
    customer = await makeCustomer(db, { displayName: "Waiting Wang" });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    courier = await platform().token({ role: "COURIER", sub: "courier", carrierId: carrier.id });
    quietCourier = await platform().token({ role: "COURIER", sub: "quiet", carrierId: quietCarrier.id });
    customerToken = await platform().token({ role: "CUSTOMER", sub: "wang", customerId: customer.id });
  });

  async function parcelWithWindow(carrierId: string, window: { start: Date; end: Date }) {
    const order = await place(platform(), customerToken, {
      lines: [{ productId: gid("Product", product.id), quantity: 1 }],
      deliveryOption: "STANDARD",
      paymentMethod: "CARD",
      address: { line1: "8 Window Road", city: "Shanghai", province: "Shanghai" },
      deliveryWindow: { start: iso(window.start), end: iso(window.end) },
    });
    await confirm(platform(), admin, order.id, gid("Carrier", carrierId));
    const db = platform().database.db;
    const [row] = await db.select({ trackingNumber: s.shipments.trackingNumber }).from(s.shipments).innerJoin(s.orders, eq(s.orders.id, s.shipments.orderId)).where(eq(s.orders.number, order.number));
    return row!.trackingNumber;
  }

  const prediction = async (trackingNumber: string, token = customerToken) => (await platform().data(ShipmentArrival, { trackingNumber }, token)).shipment!.arrivalPrediction;

  it("learns the carrier's transit times from delivered parcels, per status and level", async () => {
    const rows = await platform().database.db.select().from(s.transitTimes).where(eq(s.transitTimes.carrierId, carrier.id));
    const picked = rows.find((r) => r.status === "PICKED_UP" && r.originCity === null)!;
    expect(picked).toMatchObject({ samples: 25, p50Hours: 32 });
    expect(picked.p10Hours).toBeCloseTo(22.4, 6);
    expect(picked.p90Hours).toBeCloseTo(41.6, 6);
    expect(rows.find((r) => r.status === "DELIVERED")).toBeUndefined();
  });

  it("predicts from booking on, holds the parcel for the chosen window, renews with each scan, and marks it late when the window cannot be met", async () => {
    const booked = Date.now();
    const window = { start: at(new Date(booked), 40), end: at(new Date(booked), 44) };
    const tn = await parcelWithWindow(carrier.id, window);

    // Booked: the label's median (36 h) comes before the window, so the window's start it is.
    expect(await prediction(tn)).toMatchObject({ expectedAt: iso(window.start), basis: "CARRIER_HISTORY", samples: 25, lateForWindow: false });

    const pickedAt = new Date();
    const picked = await platform().data(RecordArrivalEvents, { input: { events: [{ trackingNumber: tn, courierEventId: "p1", status: "PICKED_UP", occurredAt: iso(pickedAt) }] } }, courier);
    expect(picked.recordTrackingEvents.recorded[0]!.shipment.arrivalPrediction).toMatchObject({ expectedAt: iso(window.start), basis: "CARRIER_HISTORY", lateForWindow: false });
    const afterPickUp = (await prediction(tn))!;
    expect(new Date(afterPickUp.latest).getTime()).toBeCloseTo(at(pickedAt, 41.6).getTime(), -4);

    // No history for a delay: the courier's new ETA, after the window's end, is what is known.
    const courierEta = at(window.end, 10);
    await platform().data(RecordArrivalEvents, { input: { events: [{ trackingNumber: tn, courierEventId: "d1", status: "DELAYED", occurredAt: iso(new Date()), estimatedArrival: iso(courierEta) }] } }, courier);
    expect(await prediction(tn)).toMatchObject({ expectedAt: iso(courierEta), basis: "COURIER", samples: null, lateForWindow: true });

    const deliveredAt = new Date();
    await platform().data(RecordArrivalEvents, { input: { events: [{ trackingNumber: tn, courierEventId: "x1", status: "DELIVERED", occurredAt: iso(deliveredAt) }] } }, courier);
    expect(await prediction(tn, admin)).toMatchObject({ expectedAt: iso(deliveredAt), basis: "DELIVERED", lateForWindow: false });
  });

  it("uses the whole network's history for a carrier with too few deliveries of its own", async () => {
    const now = Date.now();
    const tn = await parcelWithWindow(quietCarrier.id, { start: at(new Date(now), 1), end: at(new Date(now), 5) });
    await platform().data(RecordArrivalEvents, { input: { events: [{ trackingNumber: tn, courierEventId: "q1", status: "PICKED_UP", occurredAt: iso(new Date(now)) }] } }, quietCourier);
    const predicted = (await prediction(tn))!;
    expect(predicted).toMatchObject({ basis: "NETWORK_HISTORY", samples: 30, lateForWindow: true });
    expect(new Date(predicted.expectedAt).getTime()).toBeGreaterThan(at(new Date(now), 5).getTime());
  });
});
