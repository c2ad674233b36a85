import { eq } from "drizzle-orm";
import * as s from "../../../src/db/schema/index.js";
import { makeCustomer, makeOrder, makeOrderLine } from "../../support/factories.js";
import { fresh, g, type MatrixRow, type World } from "./world.js";

/**
 * A customer of both dealerships, A's and B's: B's own customer, so B may see the profile, but
 * that the customer also deals with A is A's business: A's system holds them (source
 * `dealer-<A's code>`) and they prefer dealer A. Made once per world.
 */
interface Shared {
  customerId: string;
  /** What would tell dealer B about dealer A: A's source, A's id for the customer. */
  secrets: string[];
}
const shared = new WeakMap<World, Promise<Shared>>();

export const sharedCustomerOf = (w: World): Promise<Shared> => {
  let made = shared.get(w);
  if (!made) shared.set(w, (made = makeShared(w)));
  return made;
};

async function makeShared(w: World): Promise<Shared> {
  const [dealerA] = await w.db.select({ code: s.dealers.code }).from(s.dealers).where(eq(s.dealers.id, w.dealerA));
  const customer = await makeCustomer(w.db, { dealerIds: [w.dealerA, w.dealerB], preferredDealerId: w.dealerA });
  // It bought A's product at dealer A, and called there: B must not learn it through a filter.
  const order = await makeOrder(w.db, customer.id, { dealerId: w.dealerA });
  await makeOrderLine(w.db, order.id, { product: w.productA });
  await w.db.insert(s.interactions).values({ customerId: customer.id, channel: "PHONE", direction: "INBOUND", type: "INQUIRY", subject: "Service?", dealerId: w.dealerA, occurredAt: new Date() });
  const sourceOfA = `dealer-${dealerA!.code.toLowerCase()}`;
  const idAtA = `DEA-${fresh()}`;
  for (const [source, sourceId] of [
    [sourceOfA, idAtA],
    ["webshop", `W-${fresh()}`],
  ] as const) {
    const [record] = await w.db.insert(s.sourceRecords).values({ source, sourceId, payload: {}, payloadHash: sourceId }).returning();
    await w.db.insert(s.identityLinks).values({ sourceRecordId: record!.id, customerId: customer.id, originalCustomerId: customer.id, rule: "NEW" });
  }
  return { customerId: customer.id, secrets: [sourceOfA, idAtA] };
}

const PROFILE = "sourceIdentities { source sourceId } preferredDealer { id name }";

/**
 * Dealers share customers; a dealer must not learn which of its customers deal with another
 * dealership, neither by a filter naming it nor from the profile (source identities, preferred
 * dealer). Staff and dealer A see A's side; dealer B sees its shared customer without it.
 */
export const COMPETITOR_ROWS: Record<string, MatrixRow> = {
  "customers(filter: { dealerId: A }) over a customer A shares with B": {
    query: "query ($id: ID) { customers(first: 5, filter: { dealerId: $id }) { edges { node { id } } } }",
    variables: async (w) => (await sharedCustomerOf(w), { id: g("Dealer", w.dealerA) }),
    ids: async (w) => [g("Customer", (await sharedCustomerOf(w)).customerId)],
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "none" },
  },
  // What the shared customer did at A (an order, a call) must not select them for B: B's own customer bought and called at B.
  "customers(filter: { lastOrderAfter }) over a customer A shares with B, who ordered at A": {
    query: "query ($after: DateTime) { customers(first: 50, filter: { lastOrderAfter: $after }) { edges { node { id } } } }",
    variables: async (w) => (await sharedCustomerOf(w), { after: "2000-01-01T00:00:00.000Z" }),
    ids: async (w) => [g("Customer", (await sharedCustomerOf(w)).customerId)],
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", DEALER_B: "some", CUSTOMER_B: "some", others: "none" },
  },
  "customers(filter: { purchased: A's product }) over a customer A shares with B, who bought it at A": {
    query: "query ($id: ID) { customers(first: 50, filter: { purchased: { productId: $id } }) { edges { node { id } } } }",
    variables: async (w) => (await sharedCustomerOf(w), { id: g("Product", w.productA.id) }),
    ids: async (w) => [g("Customer", (await sharedCustomerOf(w)).customerId)],
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", DEALER_B: "some", CUSTOMER_B: "some", others: "none" },
  },
  "customers(filter: { interactions }) over a customer A shares with B, who called A": {
    query: "{ customers(first: 50, filter: { interactions: { types: [INQUIRY], channels: [PHONE] } }) { edges { node { id } } } }",
    variables: async (w) => (await sharedCustomerOf(w), {}),
    ids: async (w) => [g("Customer", (await sharedCustomerOf(w)).customerId)],
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", others: "none" },
  },
  "customers(filter: { search: A's id for a shared customer })": {
    query: "query ($s: String) { customers(first: 5, filter: { search: $s }) { edges { node { id } } } }",
    variables: async (w) => ({ s: (await sharedCustomerOf(w)).secrets[1] }),
    ids: async (w) => [g("Customer", (await sharedCustomerOf(w)).customerId)],
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", others: "none" },
  },
  // The compiled read path answers this one (a plain customer(id:) the projections cover)...
  "customer(id: shared) { sourceIdentities preferredDealer }, compiled": {
    query: `query ($id: ID!) { customer(id: $id) { ${PROFILE} } }`,
    variables: async (w) => ({ id: g("Customer", (await sharedCustomerOf(w)).customerId) }),
    ids: async (w) => (await sharedCustomerOf(w)).secrets,
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "some", others: "NOT_FOUND" },
  },
  // ...and the resolvers and loaders this one (the compiler never reads a service record's vehicle under the
  // customer's vehicles, a table already on the path, and leaves the whole query to them).
  "customer(id: shared) { sourceIdentities preferredDealer }, resolvers": {
    query: `query ($id: ID!) { customer(id: $id) { ${PROFILE} vehicles { serviceRecords(first: 1) { edges { node { vehicle { vin } } } } } } }`,
    variables: async (w) => ({ id: g("Customer", (await sharedCustomerOf(w)).customerId) }),
    ids: async (w) => (await sharedCustomerOf(w)).secrets,
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "some", others: "NOT_FOUND" },
  },
};
