import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { TokenClaims } from "../src/auth/tokens.js";
import type { Database } from "../src/db/client.js";
import * as s from "../src/db/schema/index.js";
import { toGlobalId } from "../src/graphql/global-id.js";
import { createSchema } from "../src/schema.js";
import { withCheckDigit } from "../src/vehicles/vin.js";
import { rawHttp, rawWs } from "./support/raw.js";
import { makeCarrier, makeCase, makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeShipment, makeSupplier, makeVehicle } from "./support/factories.js";
import { describePlatform } from "./support/suite.js";

/**
 * Tenant isolation matrix: every root field of the schema, called by every kind of principal on
 * data of tenant A (dealer A, supplier A, carrier A, customer A). The tenant principals belong to
 * tenant B, so they must see nothing of it. A new Query, Mutation or Subscription field fails the
 * suite until it has a row here.
 */
const WHO = ["ANONYMOUS", "ADMIN", "AGENT", "DEALER_B", "SUPPLIER_B", "CUSTOMER_B", "COURIER_B"] as const;
type Who = (typeof WHO)[number];

/**
 * What an answer amounts to: "A" when it shows tenant A's data (any of its ids), "some" when it has
 * data but nothing of A (the caller's own, or a fresh object), "none" when it is empty, or the error code.
 */
type Outcome = "A" | "some" | "none" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED" | "BAD_USER_INPUT" | "CONFLICT" | string;

interface World {
  db: Database;
  customerA: string;
  dealerA: string;
  supplierA: string;
  carrierA: string;
  productA: { id: string; sku: string };
  orderA: { id: string; number: string };
  shipmentA: { id: string; trackingNumber: string };
  vehicleA: { id: string; vin: string; modelId: string };
  caseA: string;
}

interface MatrixRow {
  query: string;
  /** Variables per caller; may create fresh data so that each caller meets the same state. */
  variables?: (world: World, who: Who) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expected: Partial<Record<Who, Outcome>> & { others?: Outcome };
}

const g = toGlobalId;
let serial = 0;
const fresh = () => `${Date.now().toString(36)}${(++serial).toString(36)}`;
const caseIn = async (w: World, status: "OPEN" | "IN_PROGRESS" | "RESOLVED") => g("Case", (await makeCase(w.db, w.customerA, { status, againstDealerId: w.dealerA })).id);

export const MATRIX: Record<string, MatrixRow> = {
  "Query.products": { query: "{ products(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.product": { query: "query ($sku: String!) { product(sku: $sku) { id } }", variables: (w) => ({ sku: w.productA.sku }), expected: { others: "A" } },
  "Query.customers": { query: "{ customers(first: 5) { edges { node { id } } } }", expected: { ADMIN: "A", AGENT: "A", DEALER_B: "some", CUSTOMER_B: "some", others: "none" } },
  "Query.customer": { query: "query ($id: ID!) { customer(id: $id) { id } }", variables: (w) => ({ id: g("Customer", w.customerA) }), expected: { ADMIN: "A", AGENT: "A", others: "NOT_FOUND" } },
  "Query.node": { query: "query ($id: ID!) { node(id: $id) { id } }", variables: (w) => ({ id: g("Order", w.orderA.id) }), expected: { ADMIN: "A", AGENT: "A", others: "NOT_FOUND" } },
  "Query.nodes": { query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: (w) => ({ ids: [g("Customer", w.customerA), g("Shipment", w.shipmentA.id)] }), expected: { ADMIN: "A", AGENT: "A", others: "none" } },
  "Query.cases": { query: "{ cases(first: 5) { edges { node { id } } } }", expected: { ADMIN: "A", AGENT: "A", others: "none" } },
  "Query.orders": { query: "{ orders(first: 5) { edges { node { id } } } }", expected: { ADMIN: "A", AGENT: "A", others: "none" } },
  "Query.order": { query: "query ($n: String!) { order(number: $n) { id } }", variables: (w) => ({ n: w.orderA.number }), expected: { ADMIN: "A", AGENT: "A", others: "NOT_FOUND" } },
  "Query.dealers": { query: "{ dealers(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.suppliers": { query: "{ suppliers(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.carriers": { query: "{ carriers(first: 5) { edges { node { id } } } }", expected: { others: "A" } },
  "Query.shipment": { query: "query ($t: String!) { shipment(trackingNumber: $t) { id } }", variables: (w) => ({ t: w.shipmentA.trackingNumber }), expected: { ADMIN: "A", AGENT: "A", others: "NOT_FOUND" } },
  "Query.shipments": { query: "{ shipments(first: 5) { edges { node { id } } } }", expected: { ADMIN: "A", AGENT: "A", others: "none" } },
  "Query.vehicles": { query: "{ vehicles(first: 5) { edges { node { id } } } }", expected: { ADMIN: "A", AGENT: "A", others: "none" } },
  "Query.vehicle": { query: "query ($vin: String!) { vehicle(vin: $vin) { id } }", variables: (w) => ({ vin: w.vehicleA.vin }), expected: { ADMIN: "A", AGENT: "A", others: "NOT_FOUND" } },
  "Query.auditLog": { query: "{ auditLog(first: 5) { edges { node { id } } } }", expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" } },
  "Query.exportCustomerData": {
    query: "query ($id: ID!) { exportCustomerData(customerId: $id) }",
    variables: (w) => ({ id: g("Customer", w.customerA) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Query.supplierSalesReport": {
    query: "query ($id: ID) { supplierSalesReport(filter: { supplierId: $id }) { totalUnits } }",
    variables: (w) => ({ id: g("Supplier", w.supplierA) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", SUPPLIER_B: "none", others: "FORBIDDEN" },
  },

  "Mutation.registerCustomer": {
    query: "mutation ($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token } }",
    variables: () => ({ input: { email: `matrix.${fresh()}@example.com`, givenName: "Ma", familyName: "Trix", password: "correct horse battery staple" } }),
    expected: { others: "some" },
  },
  "Mutation.login": {
    query: "mutation ($input: LoginInput!) { login(input: $input) { token } }",
    variables: () => ({ input: { email: "nobody@example.com", password: "wrong password!" } }),
    expected: { others: "UNAUTHENTICATED" },
  },
  "Mutation.issuePasswordReset": {
    query: "mutation ($input: IssuePasswordResetInput!) { issuePasswordReset(input: $input) { expiresAt } }",
    variables: (w) => ({ input: { customerId: g("Customer", w.customerA) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.resetPassword": {
    query: "mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }",
    variables: () => ({ input: { token: "not-a-reset-token", newPassword: "another long password" } }),
    expected: { others: "BAD_USER_INPUT" },
  },
  "Mutation.logInteraction": {
    query: "mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id } } }",
    variables: (w) => ({ input: { customerId: g("Customer", w.customerA), channel: "PHONE", direction: "INBOUND", type: "INQUIRY", subject: "Matrix" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.openCase": {
    query: "mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }",
    variables: (w) => ({ input: { customerId: g("Customer", w.customerA), kind: "COMPLAINT", subject: "Matrix" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.assignCase": {
    query: "mutation ($input: CaseActionInput!) { assignCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "OPEN"), text: "agent.matrix" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.commentOnCase": {
    query: "mutation ($input: CaseActionInput!) { commentOnCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "OPEN"), text: "A comment" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.resolveCase": {
    query: "mutation ($input: CaseActionInput!) { resolveCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "IN_PROGRESS"), text: "Resolved" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.reopenCase": {
    query: "mutation ($input: CaseActionInput!) { reopenCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "RESOLVED") } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.closeCase": {
    query: "mutation ($input: CaseActionInput!) { closeCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "RESOLVED") } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.recordTrackingEvents": {
    query: "mutation ($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) { recorded { shipment { id } } } }",
    variables: (w) => ({ input: { events: [{ trackingNumber: w.shipmentA.trackingNumber, courierEventId: `m-${fresh()}`, status: "IN_TRANSIT", occurredAt: new Date().toISOString() }] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", COURIER_B: "none", others: "FORBIDDEN" },
  },
  "Mutation.registerVehicle": {
    query: "mutation ($input: RegisterVehicleInput!) { registerVehicle(input: $input) { vehicle { id } } }",
    variables: (w) => ({ input: { vin: withCheckDigit(`LMR${fresh().toUpperCase().replace(/[IOQ]/g, "X").padEnd(14, "1").slice(0, 14)}`), modelId: g("VehicleModel", w.vehicleA.modelId), modelYear: 2024 } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", SUPPLIER_B: "FORBIDDEN", CUSTOMER_B: "FORBIDDEN", COURIER_B: "FORBIDDEN", others: "some" },
  },
  // A dealer may record the sale of an unowned vehicle to any customer, which makes that customer
  // its customer (dealer_relationships) and opens the profile to it: worth a rule of its own.
  "Mutation.recordVehicleSale": {
    query: "mutation ($input: RecordVehicleSaleInput!) { recordVehicleSale(input: $input) { vehicle { id } } }",
    variables: async (w) => {
      // A vehicle nobody owns yet, fresh for each caller.
      const vin = withCheckDigit(`LMS${fresh().toUpperCase().replace(/[IOQ]/g, "X").padEnd(14, "2").slice(0, 14)}`);
      await w.db.insert(s.vehicles).values({ vin, modelId: w.vehicleA.modelId, modelYear: 2024 });
      return { input: { vin, customerId: g("Customer", w.customerA), soldOn: "2026-01-15" } };
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", SUPPLIER_B: "FORBIDDEN", CUSTOMER_B: "FORBIDDEN", COURIER_B: "FORBIDDEN", others: "some" },
  },
  "Mutation.recordMileage": {
    query: "mutation ($input: RecordMileageInput!) { recordMileage(input: $input) { vehicle { id } } }",
    variables: (w) => ({ input: { vin: w.vehicleA.vin, km: 1000 + serial++, readAt: new Date().toISOString() } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.eraseCustomer": {
    query: "mutation ($input: EraseCustomerInput!) { eraseCustomer(input: $input) { erasedAt } }",
    variables: async (w) => ({ input: { customerId: g("Customer", (await makeCustomer(w.db, { dealerIds: [w.dealerA] })).id) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" },
  },

  "Subscription.shipmentTracking": {
    query: "subscription ($id: ID!) { shipmentTracking(shipmentId: $id, after: 0) { seq } }",
    variables: (w) => ({ id: g("Shipment", w.shipmentA.id) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "NOT_FOUND" },
  },
  "Subscription.orderTracking": {
    query: "subscription ($id: ID!) { orderTracking(orderId: $id) { cursor } }",
    variables: (w) => ({ id: g("Order", w.orderA.id) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "none", AGENT: "none", others: "NOT_FOUND" },
  },
  // The feed has no catch-up: without a live event during the wait every caller sees nothing. A row
  // that posts an event of tenant A while the subscriptions are open would make it telling.
  "Subscription.deliveryFeed": {
    query: "subscription ($id: ID) { deliveryFeed(filter: { carrierId: $id }) { cursor } }",
    variables: (w) => ({ id: g("Carrier", w.carrierA) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", others: "none" },
  },
};

/** The shape of an answer: an error's code, or whether the data holds anything. */
function outcomeOf(body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } | undefined, tenantA: string[]): Outcome {
  if (!body) return "none";
  const code = body.errors?.[0]?.extensions?.code;
  if (typeof code === "string") return code;
  const text = JSON.stringify(body.data);
  if (tenantA.some((id) => text.includes(id))) return "A";
  const value = Object.values((body.data ?? {}) as Record<string, unknown>)[0];
  const holds = (v: unknown): boolean => {
    if (v == null) return false;
    if (Array.isArray(v)) return v.some(holds);
    if (typeof v === "object" && "edges" in (v as object)) return ((v as { edges: unknown[] }).edges ?? []).length > 0;
    if (typeof v === "object" && "totalUnits" in (v as object)) return (v as { totalUnits: number }).totalUnits > 0;
    if (typeof v === "object" && "tables" in (v as object)) return true;
    if (typeof v === "object") return Object.values(v as object).some(holds);
    return true;
  };
  return holds(value) ? "some" : "none";
}

describePlatform("tenant isolation matrix", (platform) => {
  const world = {} as World;
  const tokens: Partial<Record<Who, string>> = {};
  const tenantA = () => [
    g("Customer", world.customerA),
    g("Dealer", world.dealerA),
    g("Supplier", world.supplierA),
    g("Carrier", world.carrierA),
    g("Product", world.productA.id),
    g("Order", world.orderA.id),
    g("Shipment", world.shipmentA.id),
    g("Vehicle", world.vehicleA.id),
    g("Case", world.caseA),
    world.customerA,
  ];

  beforeAll(async () => {
    const db = platform().database.db;
    const [dealerA, dealerB] = [await makeDealer(db), await makeDealer(db)];
    const [supplierA, supplierB] = [await makeSupplier(db), await makeSupplier(db)];
    const [carrierA, carrierB] = [await makeCarrier(db), await makeCarrier(db)];
    const customerA = await makeCustomer(db, { email: "a@example.com", dealerIds: [dealerA.id], passwordHash: "scrypt$not-a-real-hash" });
    const customerB = await makeCustomer(db, { dealerIds: [dealerB.id] });
    const productA = await makeProduct(db, { supplierId: supplierA.id });
    const orderA = await makeOrder(db, customerA.id, { dealerId: dealerA.id });
    await makeOrderLine(db, orderA.id, { product: productA });
    const shipmentA = await makeShipment(db, orderA, carrierA.id);
    const pickedUp = new Date(Date.now() - 3600_000);
    await db.insert(s.trackingEvents).values({ shipmentId: shipmentA.id, seq: 1, courierEventId: "e1", status: "PICKED_UP", occurredAt: pickedUp });
    await db.update(s.shipments).set({ lastSeq: 1, status: "PICKED_UP", lastEventAt: pickedUp }).where(eq(s.shipments.id, shipmentA.id));
    const vehicleA = await makeVehicle(db, customerA.id);
    const caseA = await makeCase(db, customerA.id, { againstDealerId: dealerA.id });
    Object.assign(world, {
      db,
      customerA: customerA.id,
      dealerA: dealerA.id,
      supplierA: supplierA.id,
      carrierA: carrierA.id,
      productA,
      orderA,
      shipmentA,
      vehicleA: { id: vehicleA.id, vin: vehicleA.vin, modelId: vehicleA.modelId },
      caseA: caseA.id,
    });
    const claims: Record<Exclude<Who, "ANONYMOUS">, TokenClaims> = {
      ADMIN: { role: "ADMIN", sub: "matrix.admin" },
      AGENT: { role: "AGENT", sub: "matrix.agent" },
      DEALER_B: { role: "DEALER", sub: "matrix.dealer", dealerId: dealerB.id },
      SUPPLIER_B: { role: "SUPPLIER", sub: "matrix.supplier", supplierId: supplierB.id },
      CUSTOMER_B: { role: "CUSTOMER", sub: "matrix.customer", customerId: customerB.id },
      COURIER_B: { role: "COURIER", sub: "matrix.courier", carrierId: carrierB.id },
    };
    for (const [who, claim] of Object.entries(claims)) tokens[who as Who] = await platform().token(claim);
  });

  it("has a row for every Query, Mutation and Subscription field of the schema", async () => {
    const schema = await createSchema();
    const fields = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!].flatMap((root) => Object.keys(root.getFields()).map((name) => `${root.name}.${name}`));
    expect(fields.filter((field) => !(field in MATRIX)), "fields without a tenant-matrix row").toEqual([]);
    expect(Object.keys(MATRIX).filter((field) => !fields.includes(field)), "rows for fields that no longer exist").toEqual([]);
  });

  it.each(Object.keys(MATRIX))("%s: each principal gets what its scope allows and nothing of another tenant", async (field) => {
    const row = MATRIX[field]!;
    const observed: Partial<Record<Who, Outcome>> = {};
    for (const who of WHO) {
      const variables = (await row.variables?.(world, who)) ?? {};
      const token = tokens[who];
      if (field.startsWith("Subscription.")) {
        if (!token) observed[who] = "UNAUTHENTICATED";
        else observed[who] = outcomeOf(await Promise.race([rawWs(platform().url, token, row.query, variables), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 500))]), tenantA());
      } else {
        observed[who] = outcomeOf((await rawHttp(platform().url, row.query, variables, token)).body, tenantA());
      }
    }
    const expected = Object.fromEntries(WHO.map((who) => [who, row.expected[who] ?? row.expected.others]));
    if (process.env.MATRIX_DISCOVER) writeFileSync(`/tmp/matrix-${field}.json`, JSON.stringify(observed));
    expect(observed).toEqual(expected);
  });
});
