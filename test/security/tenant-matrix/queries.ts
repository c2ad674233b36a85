import { eq } from "drizzle-orm";
import { products } from "../../../src/db/schema/index.js";
import { g, type MatrixRow } from "./world.js";

/** Root queries. Public directories (products, dealers, suppliers, carriers) show A to everyone. */
export const QUERY_ROWS: Record<string, MatrixRow> = {
  "Query.products": { query: "{ products(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.product": { query: "query ($sku: String!) { product(sku: $sku) { id } }", variables: (w) => ({ sku: w.productA.sku }), expected: { others: "A" } },
  "Query.customers": {
    query: "{ customers(first: 5) { edges { node { id } } } }",
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", DEALER_B: "some", CUSTOMER_B: "some", others: "none" },
  },
  "Query.customer": {
    query: "query ($id: ID!) { customer(id: $id) { id } }",
    variables: (w) => ({ id: g("Customer", w.customerA) }),
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "NOT_FOUND" },
  },
  "Query.node": {
    query: "query ($id: ID!) { node(id: $id) { id } }",
    variables: (w) => ({ id: g("Order", w.orderA.id) }),
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "NOT_FOUND" },
  },
  "Query.nodes": {
    query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
    variables: (w) => ({ ids: [g("Customer", w.customerA), g("Shipment", w.shipmentA.id)] }),
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", COURIER_A: "A", others: "none" },
  },
  "Query.cases": { query: "{ cases(first: 5) { edges { node { id } } } }", expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "none" } },
  "Query.orders": {
    query: "{ orders(first: 5) { edges { node { id } } } }",
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", CUSTOMER_B: "some", DEALER_B: "some", others: "none" },
  },
  "Query.order": {
    query: "query ($n: String!) { order(number: $n) { id } }",
    variables: (w) => ({ n: w.orderA.number }),
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "NOT_FOUND" },
  },
  "Query.dealers": { query: "{ dealers(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.suppliers": { query: "{ suppliers(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.carriers": { query: "{ carriers(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.shipment": {
    query: "query ($t: String!) { shipment(trackingNumber: $t) { id } }",
    variables: (w) => ({ t: w.shipmentA.trackingNumber }),
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", COURIER_A: "A", others: "NOT_FOUND" },
  },
  "Query.shipments": {
    query: "{ shipments(first: 5) { edges { node { id } } } }",
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", COURIER_A: "A", DEALER_B: "some", CUSTOMER_B: "some", COURIER_B: "some", others: "none" },
  },
  "Query.vehicles": {
    query: "{ vehicles(first: 5) { edges { node { id } } } }",
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", DEALER_B: "some", CUSTOMER_B: "some", others: "none" },
  },
  "Query.vehicle": {
    query: "query ($vin: String!) { vehicle(vin: $vin) { id } }",
    variables: (w) => ({ vin: w.vehicleA.vin }),
    expected: { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", others: "NOT_FOUND" },
  },
  "Query.auditLog": { query: "{ auditLog(first: 5) { edges { node { id } } } }", expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" } },
  "Query.exportCustomerData": {
    query: "query ($id: ID!) { exportCustomerData(customerId: $id) }",
    variables: (w) => ({ id: g("Customer", w.customerA) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", CUSTOMER_A: "A", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  // A category's aggregate (no customer in it); suppliers get cells under five buyers suppressed.
  "Query.categoryMatrix": {
    query: "query ($id: ID!) { categoryMatrix(input: { categoryId: $id }) { buyers cells { customers } } }",
    variables: async (w) => {
      const [product] = await w.db.select({ categoryId: products.categoryId }).from(products).where(eq(products.id, w.productA.id));
      return { id: g("ProductCategory", product!.categoryId) };
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", SUPPLIER_A: "some", SUPPLIER_B: "some", others: "FORBIDDEN" },
  },
  // The trait rules are platform-wide settings, no tenant's data: staff read them, an administrator changes them.
  "Query.traitRules": {
    query: "{ traitRules { lapseDays recencyDays } }",
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Query.communicationMatrix": {
    query: "{ communicationMatrix { audience kinds } }",
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.updateCommunicationMatrix": {
    query: 'mutation { updateCommunicationMatrix(input: { rules: [{ audience: NO_PURCHASE, kinds: [OFFER] }] }) { audience } }',
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" },
  },
  "Mutation.updateTraitRules": {
    query: "mutation { updateTraitRules(input: { lapseDays: 365 }) { rules { lapseDays } } }",
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" },
  },
  "Query.supplierSalesReport": {
    query: "query ($id: ID) { supplierSalesReport(filter: { supplierId: $id }) { totalUnits } }",
    variables: (w) => ({ id: g("Supplier", w.supplierA) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", SUPPLIER_A: "some", SUPPLIER_B: "none", others: "FORBIDDEN" },
  },
};
