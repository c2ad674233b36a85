import { and, eq } from "drizzle-orm";
import { createSegment } from "../../../src/analytics/segments.service.js";
import type { CustomerRule } from "../../../src/customers/customers.types.js";
import { customerAddresses, customerTags } from "../../../src/db/schema/index.js";
import { fresh, g, type MatrixRow, type World } from "./world.js";

/** A city customer A moves in and out of while subscriptions listen. */
const TOGGLE_CITY = "Segment-Town";

/** A fresh segment, through the service so that its members are computed: staff's, or a dealership's own. */
async function segmentOf(w: World, rule: CustomerRule, dealerId?: string): Promise<string> {
  const principal = dealerId ? ({ role: "DEALER", subject: "matrix", dealerId } as const) : ({ role: "ADMIN", subject: "matrix" } as const);
  return (await createSegment(w.db, principal, { code: `s-${fresh()}`, name: "Matrix", rule })).id;
}

/** Customer A's city: A among the members for staff and for dealer A (its customer); the newest page of everyone need not be. */
const OF_A_TOWN = { where: { city: "A-Town" } } as CustomerRule;

/** Staff's and dealer A's segments of the toggled city, made once per world. */
const toggled = new WeakMap<World, Promise<void>>();
const toggleSegments = (w: World) => {
  if (!toggled.has(w)) toggled.set(w, Promise.all([segmentOf(w, { where: { city: TOGGLE_CITY } } as CustomerRule), segmentOf(w, { where: { city: TOGGLE_CITY } } as CustomerRule, w.dealerA)]).then(() => undefined));
  return toggled.get(w)!;
};

/** Customer A gains or loses an address in the toggled city: entered, then left, both segments. */
async function toggleCustomerA(w: World) {
  const gone = await w.db.delete(customerAddresses).where(and(eq(customerAddresses.customerId, w.customerA), eq(customerAddresses.city, TOGGLE_CITY))).returning();
  if (gone.length === 0) await w.db.insert(customerAddresses).values({ customerId: w.customerA, line1: "2 Segment Road", city: TOGGLE_CITY, province: TOGGLE_CITY });
}

/**
 * Segments: staff see every one with its members; a dealer defines and sees its own, of its own
 * customers; a supplier sees staff's by name and size only (members FORBIDDEN, rule null); no one
 * else any.
 */
export const SEGMENT_ROWS: Record<string, MatrixRow> = {
  "Query.segments": {
    query: "{ segments { code size members(first: 50) { edges { node { id } } } } }",
    variables: async (w, who) => {
      await segmentOf(w, OF_A_TOWN);
      if (who === "DEALER_A") await segmentOf(w, OF_A_TOWN, w.dealerA);
      return {};
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "none", others: "FORBIDDEN" },
  },
  "Query.previewSegment": {
    // A's city: the newest ten of everyone need not include A once other rows have made customers.
    query: '{ previewSegment(rule: { where: { city: "A-Town" } }) { size sample { id } } }',
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "some", others: "FORBIDDEN" },
  },
  "Mutation.createSegment": {
    query: "mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { code } }",
    variables: () => ({ input: { code: `m-${fresh()}`, name: "Matrix", rule: { where: { ordersAtLeast: 1 } } } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "some", others: "FORBIDDEN" },
  },
  // Staff's segment: a dealer may not change it (NOT_FOUND: its existence is not revealed).
  "Mutation.updateSegment": {
    query: "mutation ($input: UpdateSegmentInput!) { updateSegment(input: $input) { code } }",
    variables: async (w) => ({ input: { segmentId: await segmentOf(w, OF_A_TOWN), name: "Renamed" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "NOT_FOUND", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.deleteSegment": {
    query: "mutation ($input: DeleteSegmentInput!) { deleteSegment(input: $input) { segmentId } }",
    variables: async (w) => ({ input: { segmentId: await segmentOf(w, OF_A_TOWN) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "NOT_FOUND", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  // Customer A enters and leaves staff's and dealer A's segment while everyone listens.
  "Subscription.segmentMembershipChanged": {
    query: "subscription { segmentMembershipChanged { customerId change } }",
    variables: async (w) => (await toggleSegments(w), {}),
    whileSubscribed: (w) => toggleCustomerA(w),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "none", others: "FORBIDDEN" },
  },
  // Customer A's profile changes (a tag added: a PROFILE change): whoever may read A, resumable; B's dealer and customer are told NOT_FOUND.
  "Subscription.customerChanged": {
    query: "subscription ($id: ID!) { customerChanged(customerId: $id) { customerId kind } }",
    variables: (w) => ({ id: g("Customer", w.customerA) }),
    whileSubscribed: async (w) => void (await w.db.insert(customerTags).values({ customerId: w.customerA, tag: `matrix-${fresh()}` })),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", DEALER_B: "NOT_FOUND", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Subscription.customersChanged": {
    query: "subscription { customersChanged { customerId kind } }",
    whileSubscribed: async (w) => void (await w.db.insert(customerTags).values({ customerId: w.customerA, tag: `matrix-${fresh()}` })),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "none", others: "FORBIDDEN" },
  },
};

/** Other readings of segments, keyed by a readable name. */
export const SEGMENT_FILTER_ROWS: Record<string, MatrixRow> = {
  // Sizes only: suppliers see staff's segments' names and sizes.
  "segments { code size sizeSuppressed }": {
    query: "{ segments { code size sizeSuppressed } }",
    variables: async (w) => (await Promise.all([segmentOf(w, OF_A_TOWN), segmentOf(w, OF_A_TOWN, w.dealerA)]), {}),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "none", SUPPLIER_A: "some", SUPPLIER_B: "some", others: "FORBIDDEN" },
  },
  // A segment of dealer A: its members are A's customers; another dealer's filter by it selects no one.
  "customers(filter: { segmentIds: dealer A's })": {
    query: "query ($ids: [ID!]) { customers(first: 5, filter: { segmentIds: $ids }) { edges { node { id } } } }",
    variables: async (w) => ({ ids: [await segmentOf(w, OF_A_TOWN, w.dealerA)] }),
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", others: "none" },
  },
};
