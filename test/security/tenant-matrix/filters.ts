import { g, type MatrixRow } from "./world.js";

/**
 * List filters that name tenant A: a filter narrows what the caller may see, it never widens it.
 * Keyed by a readable name; the owner and staff get A, everyone else an empty page.
 */
const OWNERS = { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "none" } as const;

export const FILTER_ROWS: Record<string, MatrixRow> = {
  "customers(filter: { dealerId: A })": {
    query: "query ($id: ID) { customers(first: 5, filter: { dealerId: $id }) { edges { node { id } } } }",
    variables: (w) => ({ id: g("Dealer", w.dealerA) }),
    expected: OWNERS,
  },
  "customers(filter: { search: A's email })": { query: '{ customers(first: 5, filter: { search: "a@example.com" }) { edges { node { id } } } }', expected: OWNERS },
  "customers(filter: { city: A's city })": { query: '{ customers(first: 5, filter: { city: "A-Town" }) { edges { node { id } } } }', expected: OWNERS },
  // Sorting by a trait is reading traits: staff and the customer themself; anyone else is refused, not sorted.
  "customers(filter: { city: A's city }, orderBy: a trait)": {
    query: '{ customers(first: 5, filter: { city: "A-Town" }, orderBy: { field: LIFETIME_VALUE, direction: DESC }) { edges { node { id } } } }',
    expected: { ADMIN: "A", AGENT: "A", CUSTOMER_A: "A", CUSTOMER_B: "none", others: "FORBIDDEN" },
  },
  "customers(filter: { preferredChannels: A's })": {
    query: '{ customers(first: 5, filter: { city: "A-Town", preferredChannels: [WEB, MOBILE, DEALER, CALL_CENTER] }) { edges { node { id } } } }',
    expected: { ADMIN: "A", AGENT: "A", CUSTOMER_A: "A", others: "none" },
  },
  "customers(filter: { traits: A's order count })": {
    query: '{ customers(first: 5, filter: { city: "A-Town", traits: [{ trait: ORDER_COUNT, min: 1 }] }) { edges { node { id } } } }',
    expected: { ADMIN: "A", AGENT: "A", CUSTOMER_A: "A", others: "none" },
  },
  "orders(filter: { customerId: A })": {
    query: "query ($id: ID) { orders(first: 5, filter: { customerId: $id }) { edges { node { id customer { id } } } } }",
    variables: (w) => ({ id: g("Customer", w.customerA) }),
    expected: OWNERS,
  },
  "orders(filter: { dealerId: A })": {
    query: "query ($id: ID) { orders(first: 5, filter: { dealerId: $id }) { edges { node { id } } } }",
    variables: (w) => ({ id: g("Dealer", w.dealerA) }),
    expected: OWNERS,
  },
  "cases(filter: { customerId: A })": {
    query: "query ($id: ID) { cases(first: 5, filter: { customerId: $id }) { edges { node { id customer { id } } } } }",
    variables: (w) => ({ id: g("Customer", w.customerA) }),
    expected: OWNERS,
  },
  "cases(filter: { againstDealerId: A })": {
    query: "query ($id: ID) { cases(first: 5, filter: { againstDealerId: $id }) { edges { node { id } } } }",
    variables: (w) => ({ id: g("Dealer", w.dealerA) }),
    expected: OWNERS,
  },
  "vehicles(filter: { modelId: A's model })": {
    query: "query ($id: ID) { vehicles(first: 5, filter: { modelId: $id }) { edges { node { id } } } }",
    variables: (w) => ({ id: g("VehicleModel", w.vehicleA.modelId) }),
    expected: OWNERS,
  },
  "shipments(filter: { carrierId: A })": {
    query: "query ($id: ID) { shipments(first: 5, filter: { carrierId: $id }) { edges { node { id } } } }",
    variables: (w) => ({ id: g("Carrier", w.carrierA) }),
    expected: { ...OWNERS, COURIER_A: "A" },
  },
  "products(filter: { supplierId: A })": {
    query: "query ($id: ID) { products(first: 5, filter: { supplierId: $id }) { edges { node { id } } } }",
    variables: (w) => ({ id: g("Supplier", w.supplierA) }),
    expected: { others: "A" },
  },
};
