import { makeCustomer } from "../../support/factories.js";
import { fresh, g, type MatrixRow, type World } from "./world.js";

/** A new scan of A's parcel, as its courier would post it. */
async function postEventOfA(w: World, asAdmin: (query: string, variables: Record<string, unknown>) => Promise<unknown>) {
  await asAdmin("mutation ($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { recorded { seq } } }", {
    input: { events: [{ trackingNumber: w.shipmentA.trackingNumber, courierEventId: `live-${fresh()}`, status: "IN_TRANSIT", occurredAt: new Date().toISOString() }] },
  });
}

/** Tracking writes and subscriptions, and erasure. */
export const TRACKING_PRIVACY_ROWS: Record<string, MatrixRow> = {
  "Mutation.recordTrackingEvents": {
    query: "mutation ($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { recorded { shipment { id } } } }",
    variables: (w) => ({ input: { events: [{ trackingNumber: w.shipmentA.trackingNumber, courierEventId: `m-${fresh()}`, status: "IN_TRANSIT", occurredAt: new Date().toISOString() }] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", COURIER_A: "A", COURIER_B: "none", others: "FORBIDDEN" },
  },
  "Mutation.eraseCustomer": {
    query: "mutation ($input: EraseCustomerInput!) { eraseCustomer(input: $input) { erasedAt } }",
    variables: async (w) => ({ input: { customerId: g("Customer", (await makeCustomer(w.db, { dealerIds: [w.dealerA] })).id) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" },
  },
  "Subscription.shipmentTracking": {
    query: "subscription ($id: ID!) { shipmentTracking(shipmentId: $id, after: 0) { seq } }",
    variables: (w) => ({ id: g("Shipment", w.shipmentA.id) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", CUSTOMER_A: "some", COURIER_A: "some", others: "NOT_FOUND" },
  },
  "Subscription.orderTracking": {
    query: "subscription ($id: ID!) { orderTracking(orderId: $id) { cursor shipment { id } } }",
    variables: (w) => ({ id: g("Order", w.orderA.id) }),
    whileSubscribed: postEventOfA,
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "NOT_FOUND" },
  },
  // The feed has no catch-up: a live event of tenant A's parcel, posted while every principal listens
  // (tenant B's courier even asks for A's carrier), reaches only those who may see that parcel.
  "Subscription.deliveryFeed": {
    query: "subscription ($id: ID) { deliveryFeed(filter: { carrierId: $id }) { cursor shipment { id } } }",
    variables: (w) => ({ id: g("Carrier", w.carrierA) }),
    whileSubscribed: postEventOfA,
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", COURIER_A: "A", others: "none" },
  },
};
