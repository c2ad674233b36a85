import * as s from "../../../src/db/schema/index.js";
import { g, type MatrixRow, type World } from "./world.js";

/** A fresh endpoint of dealer A, so that each caller meets one to change. */
async function endpointOfA(w: World) {
  const [row] = await w.db
    .insert(s.webhookEndpoints)
    .values({ dealerId: w.dealerA, url: "https://partner-a.example.com/hooks", eventTypes: ["customer.updated"], secret: "whsec_dGVzdC1zZWNyZXQtb2YtZGVhbGVyLWE=", createdBy: "DEALER matrix" })
    .returning();
  return row!.id;
}

/** An endpoint of dealer A with one delivery of an event about customer A. */
async function deliveryOfA(w: World) {
  const endpointId = await endpointOfA(w);
  const [event] = await w.db.insert(s.outboxEvents).values({ type: "customer.updated", customerId: w.customerA, payload: { customerId: w.customerA } }).returning();
  const [delivery] = await w.db.insert(s.webhookDeliveries).values({ endpointId, eventId: event!.id, status: "DELIVERED", attempts: 1 }).returning();
  return { endpointId, deliveryId: delivery!.id };
}

/** One delivery of A for the log row: its id is what shows A's data in the answers. */
const logOfA = new WeakMap<World, Promise<{ endpointId: string; deliveryId: string }>>();
const sharedDeliveryOfA = (w: World) => {
  if (!logOfA.has(w)) logOfA.set(w, deliveryOfA(w));
  return logOfA.get(w)!;
};

/** Webhook endpoints are an administrator's (all) and a dealer's (its own); no other role has any. */
export const WEBHOOK_ROWS: Record<string, MatrixRow> = {
  "Query.webhookEndpoints": {
    query: "{ webhookEndpoints(first: 100) { edges { node { id dealerId } } } }",
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", DEALER_A: "A", DEALER_B: "none", others: "FORBIDDEN" },
    ids: async (w) => [g("WebhookEndpoint", await endpointOfA(w))],
  },
  "Query.webhookDeliveries": {
    query: "query ($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 10) { edges { node { id eventId } } } }",
    variables: async (w) => ({ endpointId: g("WebhookEndpoint", (await sharedDeliveryOfA(w)).endpointId) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", DEALER_A: "A", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
    ids: async (w) => [g("WebhookDelivery", (await sharedDeliveryOfA(w)).deliveryId)],
  },
  "Mutation.createWebhookEndpoint": {
    query: "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }",
    variables: () => ({ input: { url: "https://partner.example.com/hooks", eventTypes: ["CUSTOMER_UPDATED"] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", DEALER_A: "some", DEALER_B: "some", others: "FORBIDDEN" },
  },
  "Mutation.updateWebhookEndpoint": {
    query: "mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { id } } }",
    variables: async (w) => ({ input: { endpointId: g("WebhookEndpoint", await endpointOfA(w)), enabled: false } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.deleteWebhookEndpoint": {
    query: "mutation ($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }",
    variables: async (w) => ({ input: { endpointId: g("WebhookEndpoint", await endpointOfA(w)) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.replayWebhookDelivery": {
    query: "mutation ($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { delivery { id } } }",
    variables: async (w) => ({ input: { deliveryId: g("WebhookDelivery", (await deliveryOfA(w)).deliveryId) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
};
