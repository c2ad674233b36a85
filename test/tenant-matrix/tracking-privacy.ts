import { makeCustomer } from "../support/factories.js";
import { fresh, g, type MatrixRow } from "./world.js";

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
    query: "subscription ($id: ID!) { orderTracking(orderId: $id) { cursor } }",
    variables: (w) => ({ id: g("Order", w.orderA.id) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "none", AGENT: "none", DEALER_A: "none", CUSTOMER_A: "none", others: "NOT_FOUND" },
  },
  // The feed has no catch-up: without a live event during the wait every caller sees nothing. A row
  // that posts an event of tenant A while the subscriptions are open would make it telling.
  "Subscription.deliveryFeed": {
    query: "subscription ($id: ID) { deliveryFeed(filter: { carrierId: $id }) { cursor } }",
    variables: (w) => ({ id: g("Carrier", w.carrierA) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", others: "none" },
  },
};
