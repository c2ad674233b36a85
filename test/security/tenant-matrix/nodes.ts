import { eq } from "drizzle-orm";
import * as s from "../../../src/db/schema/index.js";
import { g, type MatrixRow, type Outcome, type Who, type World } from "./world.js";

/**
 * `node(id)` for one object of tenant A of every Node type: private objects answer NOT_FOUND outside
 * their owner's and staff's scope, directory and catalog objects answer everyone. A new Node type
 * fails the suite until it is listed here.
 */
const OWNER: Partial<Record<Who, Outcome>> = { ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A" };
const PRIVATE = { ...OWNER, others: "NOT_FOUND" as const };
const PUBLIC = { others: "A" as const };

const nodeRow = (id: (w: World) => string | Promise<string>, expected: MatrixRow["expected"]): MatrixRow => ({
  query: "query ($id: ID!) { node(id: $id) { id } }",
  variables: async (w) => ({ id: await id(w) }),
  expected,
  ids: async (w) => [await id(w)],
});

async function interactionOfA(w: World) {
  const [existing] = await w.db.select({ id: s.interactions.id }).from(s.interactions).where(eq(s.interactions.subject, "Matrix call of A"));
  if (existing) return g("Interaction", existing.id);
  const [row] = await w.db
    .insert(s.interactions)
    .values({ customerId: w.customerA, dealerId: w.dealerA, channel: "PHONE", direction: "INBOUND", type: "INQUIRY", subject: "Matrix call of A", occurredAt: new Date() })
    .returning();
  return g("Interaction", row!.id);
}

async function categoryOfA(w: World) {
  const [row] = await w.db.select({ id: s.products.categoryId }).from(s.products).where(eq(s.products.id, w.productA.id));
  return g("ProductCategory", row!.id);
}

export const NODE_ROWS: Record<string, MatrixRow> = {
  Customer: nodeRow((w) => g("Customer", w.customerA), PRIVATE),
  Order: nodeRow((w) => g("Order", w.orderA.id), PRIVATE),
  Shipment: nodeRow((w) => g("Shipment", w.shipmentA.id), { ...PRIVATE, COURIER_A: "A" }),
  Vehicle: nodeRow((w) => g("Vehicle", w.vehicleA.id), PRIVATE),
  Case: nodeRow((w) => g("Case", w.caseA), PRIVATE),
  Interaction: nodeRow(interactionOfA, PRIVATE),
  ServiceRecord: nodeRow((w) => g("ServiceRecord", w.serviceRecordA), PRIVATE),
  // Reviews are the customer's engagement data (staff and the author see them), not a public listing.
  Review: nodeRow((w) => g("Review", w.reviewA), { ADMIN: "A", AGENT: "A", CUSTOMER_A: "A", others: "NOT_FOUND" }),
  Dealer: nodeRow((w) => g("Dealer", w.dealerA), PUBLIC),
  Supplier: nodeRow((w) => g("Supplier", w.supplierA), PUBLIC),
  Carrier: nodeRow((w) => g("Carrier", w.carrierA), PUBLIC),
  Product: nodeRow((w) => g("Product", w.productA.id), PUBLIC),
  ProductCategory: nodeRow(categoryOfA, PUBLIC),
  VehicleModel: nodeRow((w) => g("VehicleModel", w.vehicleA.modelId), PUBLIC),
};
