import * as s from "../../../src/db/schema/index.js";
import { fresh, g, type MatrixRow, type World } from "./world.js";

/** A fresh lead of customer A, assigned to dealer A, so that each caller meets one to work. */
async function leadOfA(w: World) {
  const [lead] = await w.db.insert(s.leads).values({ customerId: w.customerA, modelId: w.vehicleA.modelId, dealerId: w.dealerA, source: "SHOWROOM" }).returning();
  return g("Lead", lead!.id);
}

/**
 * Leads are worked by staff and the dealer they are assigned to; the public form takes them from
 * anyone on the web (dealers enter their own showroom and event leads instead).
 */
export const LEAD_ROWS: Record<string, MatrixRow> = {
  // Behavioural events about customer A: staff and A themself; another customer's is not found; no token may not name a customer.
  "Mutation.trackEvents": {
    query: "mutation ($events: [TrackEventInput!]!) { trackEvents(events: $events) { accepted duplicates } }",
    variables: (w) => ({ events: [{ id: crypto.randomUUID(), type: "APP_OPEN", platform: "IOS", occurredAt: new Date().toISOString(), customerId: g("Customer", w.customerA) }] }),
    expected: { ANONYMOUS: "FORBIDDEN", ADMIN: "some", AGENT: "some", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Query.leads": {
    query: "{ leads(first: 50) { edges { node { id dealer { id } customer { id } } } } }",
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "none", others: "FORBIDDEN" },
    ids: async (w) => [await leadOfA(w)],
  },
  "Query.leadConversion": {
    query: "{ leadConversion { dealer { id } leads } }",
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "none", others: "FORBIDDEN" },
    ids: async (w) => [await leadOfA(w)],
  },
  "Mutation.captureLead": {
    query: "mutation ($input: CaptureLeadInput!) { captureLead(input: $input) { reference } }",
    variables: (w) => ({ input: { givenName: "Matrix", familyName: "Lead", email: `lead-${fresh()}@example.com`, modelId: g("VehicleModel", w.vehicleA.modelId), source: "WEB_FORM", marketingConsent: false } }),
    expected: { ANONYMOUS: "some", ADMIN: "some", AGENT: "some", CUSTOMER_A: "some", CUSTOMER_B: "some", DEALER_A: "BAD_USER_INPUT", DEALER_B: "BAD_USER_INPUT", others: "FORBIDDEN" },
  },
  "Mutation.updateLeadStatus": {
    query: "mutation ($input: UpdateLeadStatusInput!) { updateLeadStatus(input: $input) { lead { id } } }",
    variables: async (w) => ({ input: { leadId: await leadOfA(w), status: "CONTACTED" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.changeLeadInterest": {
    query: "mutation ($input: ChangeLeadInterestInput!) { changeLeadInterest(input: $input) { lead { id } } }",
    variables: async (w) => ({ input: { leadId: await leadOfA(w), modelId: g("VehicleModel", w.vehicleA.modelId) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.assignLead": {
    query: "mutation ($input: AssignLeadInput!) { assignLead(input: $input) { lead { id } } }",
    variables: async (w) => ({ input: { leadId: await leadOfA(w), dealerId: g("Dealer", w.dealerA) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
};
