import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { ConfirmOrder, OrderState, PlaceOrder } from "../operations/order-writes.js";
import { RecordTrackingEvents } from "../operations/tracking.js";
import type { PlaceOrderInput } from "../generated/graphql.js";
import type { TestPlatform } from "./server.js";

let events = 0;

/** How many rows the order workflows write, to prove a refused mutation wrote nothing. */
export async function orderTally(platform: TestPlatform) {
  const db = platform.database.db;
  const n = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    orders: await n(s.orders),
    lines: await n(s.orderLines),
    payments: await n(s.payments),
    shipments: await n(s.shipments),
    shipmentLines: await n(s.shipmentLines),
    returns: await n(s.returns),
    refunds: await n(s.refunds),
    interactions: await n(s.interactions),
    relationships: await n(s.dealerRelationships),
  };
}

export async function statusesOf(platform: TestPlatform) {
  return platform.database.db.select({ number: s.orders.number, status: s.orders.status }).from(s.orders).orderBy(s.orders.number);
}

export const inTwoDays = () => {
  const start = new Date(Date.now() + 2 * 86_400_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() };
};

export async function place(platform: TestPlatform, token: string, input: PlaceOrderInput) {
  return (await platform.data(PlaceOrder, { input }, token)).placeOrder.order;
}

export async function confirm(platform: TestPlatform, token: string, orderId: string, carrierId?: string) {
  return (await platform.data(ConfirmOrder, { input: { orderId, carrierId } }, token)).confirmOrder.order;
}

export async function orderState(platform: TestPlatform, token: string, number: string) {
  return (await platform.data(OrderState, { number }, token)).order!;
}

/** Posts one event per parcel through the API (as staff), e.g. PICKED_UP or DELIVERED. */
export async function scan(platform: TestPlatform, token: string, trackingNumbers: string[], status: "PICKED_UP" | "DELIVERED", occurredAt = new Date()) {
  const result = await platform.data(
    RecordTrackingEvents,
    { input: { events: trackingNumbers.map((trackingNumber) => ({ courierEventId: `e${++events}`, trackingNumber, status, occurredAt: occurredAt.toISOString() })) } },
    token,
  );
  if (result.recordTrackingEvents.rejected.length) throw new Error(JSON.stringify(result.recordTrackingEvents.rejected));
}

/** Sends every delivery parcel of the order out and delivers it. */
export async function deliverAll(platform: TestPlatform, token: string, number: string, at = new Date()) {
  const parcels = (await orderState(platform, token, number)).shipments.filter((p) => p.kind === "DELIVERY").map((p) => p.trackingNumber);
  await scan(platform, token, parcels, "PICKED_UP", new Date(at.getTime() - 3_600_000));
  await scan(platform, token, parcels, "DELIVERED", at);
}

export const gid = toGlobalId;

export async function paymentOf(platform: TestPlatform, orderDbId: string) {
  const [row] = await platform.database.db.select().from(s.payments).where(eq(s.payments.orderId, orderDbId));
  return row!;
}

/**
 * A fixed-offset zone (Etc/GMT±N) in which it is now about `hour` o'clock, so same-day rules
 * (cut-off, the local day) are tested the same whenever the suite runs.
 */
export function zoneWhereItIs(hour: number): string {
  let offset = hour - new Date().getUTCHours();
  if (offset < -12) offset += 24;
  if (offset > 14) offset -= 24;
  // Etc/GMT zones count the other way round: Etc/GMT-8 is UTC+8.
  return offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

/** A window `fromHours`..`toHours` from now (a same-day window when the platform's local time allows). */
export const hoursFromNow = (fromHours: number, toHours: number) => ({
  start: new Date(Date.now() + fromHours * 3_600_000).toISOString(),
  end: new Date(Date.now() + toHours * 3_600_000).toISOString(),
});
