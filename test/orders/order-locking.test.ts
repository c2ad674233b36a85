import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { fromGlobalId } from "../../src/graphql/global-id.js";
import { CancelOrder, ReceiveReturn, RejectReturn, RequestReturn } from "../operations/order-writes.js";
import { RecordTrackingEvents } from "../operations/tracking.js";
import { makeCarrier, makeCustomer, makeProduct } from "../support/factories.js";
import { confirm, deliverAll, orderState, place, scan } from "../support/order-flow.js";
import { describePlatform } from "../support/suite.js";

/** No response may carry an unexpected error: a deadlock would surface as a masked internal error. */
function expectNoInternalError(...bodies: { errors?: { message: string; extensions?: Record<string, unknown> }[] }[]) {
  for (const body of bodies) {
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
      expect(error.message).not.toMatch(/deadlock/i);
    }
  }
}

describePlatform("lock order between couriers' batches and staff actions", (platform) => {
  let admin: string, agent: string, aliceToken: string, courier: string;
  let pads: { sku: string };

  beforeAll(async () => {
    const db = platform().database.db;
    const carrier = await makeCarrier(db);
    const alice = await makeCustomer(db, { displayName: "Alice", city: "Hangzhou" });
    pads = await makeProduct(db, { name: "Brake pads", priceMinor: 4500 });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    agent = await platform().token({ role: "AGENT", sub: "agent" });
    aliceToken = await platform().token({ role: "CUSTOMER", sub: "alice", customerId: alice.id });
    courier = await platform().token({ role: "COURIER", sub: "c", carrierId: carrier.id });
  });

  const newOrder = () =>
    place(platform(), aliceToken, {
      lines: [{ sku: pads.sku, quantity: 1 }],
      deliveryOption: "STANDARD",
      address: { line1: "1 Lake Road", city: "Hangzhou", province: "Zhejiang" },
      paymentMethod: "CARD",
    });

  /** A delivered order with an open return whose pick-up is on its way back, and a confirmed order whose parcel waits in the warehouse. */
  async function scene() {
    const returned = await newOrder();
    await confirm(platform(), admin, returned.id);
    await deliverAll(platform(), admin, returned.number);
    const { requestReturn } = await platform().data(RequestReturn, { input: { orderId: returned.id, lines: [{ orderLineId: returned.lines[0]!.id, quantity: 1 }] } }, aliceToken);
    const pickup = (await orderState(platform(), admin, returned.number)).shipments.find((p) => p.kind === "RETURN_PICKUP")!;
    await scan(platform(), admin, [pickup.trackingNumber], "PICKED_UP");
    const waiting = await newOrder();
    await confirm(platform(), admin, waiting.id);
    const parcel = (await orderState(platform(), admin, waiting.number)).shipments[0]!;
    return { returned, returnId: requestReturn.return.id, pickup: pickup.trackingNumber, waiting, parcel: parcel.trackingNumber };
  }

  it.each(["receives", "rejects"] as const)(
    "a courier's batch (a pick-up delivered, another order's parcel picked up) racing staff who %s the return and cancel that order: no deadlock, one consistent outcome",
    async (staffAction) => {
      for (let round = 0; round < 4; round++) {
        const { returned, returnId, pickup, waiting, parcel } = await scene();
        const batch = {
          events: [
            { courierEventId: `back-${round}-${staffAction}`, trackingNumber: pickup, status: "DELIVERED" as const, occurredAt: new Date().toISOString() },
            { courierEventId: `out-${round}-${staffAction}`, trackingNumber: parcel, status: "PICKED_UP" as const, occurredAt: new Date().toISOString() },
          ],
        };
        const [courierRun, returnRun, cancelRun] = await Promise.all([
          platform().gql(RecordTrackingEvents, { input: batch }, courier),
          staffAction === "receives"
            ? platform().gql(ReceiveReturn, { input: { returnId } }, agent)
            : platform().gql(RejectReturn, { input: { returnId } }, agent),
          platform().gql(CancelOrder, { input: { orderId: waiting.id } }, agent),
        ]);
        expectNoInternalError(courierRun.body, returnRun.body, cancelRun.body);
        expect(courierRun.body.errors).toBeUndefined();
        const { recorded, rejected } = courierRun.body.data!.recordTrackingEvents;

        // The return: closed with exactly one refund, or rejected with none; staff were told CONFLICT if the courier came first.
        const db = platform().database.db;
        const [ret] = await db.select().from(s.returns).where(eq(s.returns.id, fromGlobalId(returnId).id));
        const refunds = await db.select().from(s.refunds).where(eq(s.refunds.returnId, ret!.id));
        if (returnRun.body.errors) {
          expect(returnRun.body.errors[0]!.extensions).toMatchObject({ code: "CONFLICT", currentStatus: "CLOSED" });
          expect(ret!.status).toBe("CLOSED");
        } else {
          expect(ret!.status).toBe(staffAction === "receives" ? "CLOSED" : "REJECTED");
        }
        expect(refunds).toHaveLength(ret!.status === "CLOSED" ? 1 : 0);
        expect(recorded.map((r) => r.shipment.trackingNumber)).toContain(pickup);
        const afterReturn = await orderState(platform(), admin, returned.number);
        expect(afterReturn.status).toBe(ret!.status === "CLOSED" ? "RETURNED" : "DELIVERED");

        // The other order: cancelled before its parcel left (the scan finds no parcel), or shipped and the cancel refused.
        const afterCancel = await orderState(platform(), admin, waiting.number);
        if (cancelRun.body.errors) {
          expect(cancelRun.body.errors[0]!.extensions).toMatchObject({ code: "CONFLICT", currentStatus: "SHIPPED" });
          expect(afterCancel).toMatchObject({ status: "SHIPPED", payments: [{ status: "CAPTURED" }] });
          expect(afterCancel.shipments.map((p) => p.status)).toEqual(["PICKED_UP"]);
        } else {
          expect(afterCancel).toMatchObject({ status: "CANCELLED", payments: [{ status: "REFUNDED" }], shipments: [] });
          expect(rejected).toEqual([expect.objectContaining({ index: 1, code: "NOT_FOUND" })]);
        }
      }
    },
  );
});
