import { eq } from "drizzle-orm";
import type { TokenClaims } from "../../../src/auth/tokens.js";
import type { Database } from "../../../src/db/client.js";
import * as s from "../../../src/db/schema/index.js";
import { toGlobalId } from "../../../src/graphql/global-id.js";
import { makeCarrier, makeCase, makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeShipment, makeSupplier, makeVehicle } from "../../support/factories.js";

/**
 * Who calls: staff, and for each tenant role one principal of tenant A (who owns the data the rows
 * act on, so it must get it where src/README.md "Access scope" says so) and one of tenant B (who must get none of it).
 */
export const WHO = ["ANONYMOUS", "ADMIN", "AGENT", "DEALER_A", "DEALER_B", "SUPPLIER_A", "SUPPLIER_B", "CUSTOMER_A", "CUSTOMER_B", "COURIER_A", "COURIER_B"] as const;
export type Who = (typeof WHO)[number];
export const TENANT_B: Who[] = ["ANONYMOUS", "DEALER_B", "SUPPLIER_B", "CUSTOMER_B", "COURIER_B"];

/**
 * What an answer amounts to: "A" when it shows tenant A's data (any of its ids), "some" when it has
 * data but nothing of A (the caller's own, or a fresh object), "none" when it is empty, or the error code.
 */
export type Outcome = "A" | "some" | "none" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED" | "BAD_USER_INPUT" | "CONFLICT";

/** Tenant A's data the rows act on, and tenant B's own, through which B's principals enter the graph. */
export interface World {
  db: Database;
  customerA: string;
  dealerA: string;
  supplierA: string;
  carrierA: string;
  productA: { id: string; sku: string; name: string; priceMinor: number };
  orderA: { id: string; number: string };
  shipmentA: { id: string; trackingNumber: string };
  vehicleA: { id: string; vin: string; modelId: string };
  caseA: string;
  reviewA: string;
  appointmentA: string;
  serviceRecordA: string;
  customerB: string;
  dealerB: string;
  supplierB: string;
  carrierB: string;
  orderB: string;
  shipmentB: string;
  vehicleB: string;
  /** More of A's private data that B's objects touch: A's service visit in B's car, A's name. */
  privateIds: string[];
}

export interface MatrixRow {
  query: string;
  /** Variables per caller; may create fresh data so that each caller meets the same state. */
  variables?: (world: World, who: Who) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expected: Partial<Record<Who, Outcome>> & { others?: Outcome };
  /** More ids that show tenant A's data in this row's answers. */
  ids?: (world: World) => Promise<string[]>;
  /** For subscriptions: what happens while every principal's subscription is open, e.g. a new tracking event of A. */
  whileSubscribed?: (world: World, asAdmin: (query: string, variables: Record<string, unknown>) => Promise<unknown>) => Promise<void>;
}

export const g = toGlobalId;
let serial = 0;
export const fresh = () => `${Date.now().toString(36)}${(++serial).toString(36)}`;
/** Odometer readings only go up: every row that writes one takes the next. */
let odometer = 10_000;
export const nextKm = () => (odometer += 10);
let slot = 0;
/** A week ahead, each call two hours after the last: a station's bays are not a matrix dimension. */
export const inAWeek = () => new Date(Date.now() + 7 * 86_400_000 + ++slot * 2 * 3_600_000).toISOString();

/** A fresh case of customer A against dealer A. */
export const caseIn = async (w: World, status: "OPEN" | "IN_PROGRESS" | "RESOLVED") => g("Case", (await makeCase(w.db, w.customerA, { status, againstDealerId: w.dealerA })).id);

/** A fresh order of customer A sold by dealer A, with one line of product A. */
export async function orderOfA(w: World, status: "PENDING" | "DELIVERED") {
  const order = await makeOrder(w.db, w.customerA, { dealerId: w.dealerA, status, deliveryAddress: { line1: "1 A Road", line2: null, city: "Shanghai", province: "Shanghai", postcode: null, country: "CN", lat: null, lng: null } });
  const line = await makeOrderLine(w.db, order.id, { product: w.productA });
  if (status === "DELIVERED") {
    const parcel = await makeShipment(w.db, order, w.carrierA, { status: "DELIVERED", deliveredAt: new Date(Date.now() - 86_400_000) });
    await w.db.insert(s.shipmentLines).values({ shipmentId: parcel.id, orderLineId: line.id, quantity: 1 });
  }
  return { order: g("Order", order.id), line: g("OrderLine", line.id), orderId: order.id, lineId: line.id };
}

/** A fresh open return of a delivered order of customer A. */
export async function returnOfA(w: World) {
  const { orderId, lineId } = await orderOfA(w, "DELIVERED");
  const [row] = await w.db.insert(s.returns).values({ orderId, customerId: w.customerA, status: "OPEN", requestedAt: new Date() }).returning();
  await w.db.insert(s.returnLines).values({ returnId: row!.id, orderLineId: lineId, quantity: 1 });
  return g("Return", row!.id);
}

/** A fresh booked appointment of customer A's vehicle at dealer A. */
export async function appointmentOfA(w: World) {
  const [row] = await w.db
    .insert(s.serviceAppointments)
    .values({ vehicleId: w.vehicleA.id, customerId: w.customerA, dealerId: w.dealerA, scheduledAt: new Date(inAWeek()), purpose: "Inspection" })
    .returning();
  return g("ServiceAppointment", row!.id);
}

export async function emailOfA(w: World) {
  const address = `a.${fresh()}@example.com`;
  await w.db.insert(s.customerEmails).values({ customerId: w.customerA, address, normalized: address });
  return address;
}

/** A mobile number no row has used yet. */
export const freshPhone = (prefix: string) => `${prefix}${String(Date.now() + ++serial).slice(-8)}`;

export async function phoneOfA(w: World) {
  const e164 = freshPhone("+86139");
  await w.db.insert(s.customerPhones).values({ customerId: w.customerA, e164 });
  return e164;
}

export async function addressOfA(w: World) {
  const [row] = await w.db.insert(s.customerAddresses).values({ customerId: w.customerA, line1: "9 A Lane", city: "Shanghai", province: "Shanghai" }).returning();
  return g("Address", row!.id);
}

/**
 * Tenant A: a dealer with its customer, order, case, sold vehicle, service record and appointment;
 * a supplier's product; a carrier's shipment. Tenant B: the same roles with data of their own, some
 * of it touching A's (B's order holds A's product and went with A's carrier; B's vehicle was A's
 * customer's before and was serviced at dealer A then), so that the relation walk has paths to cross.
 */
export async function buildWorld(db: Database): Promise<{ world: World; claims: Record<Exclude<Who, "ANONYMOUS">, TokenClaims> }> {
  const [dealerA, dealerB] = [await makeDealer(db), await makeDealer(db)];
  const [supplierA, supplierB] = [await makeSupplier(db), await makeSupplier(db)];
  const [carrierA, carrierB] = [await makeCarrier(db), await makeCarrier(db)];
  const customerA = await makeCustomer(db, { email: "a@example.com", phone: "+8613900000001", city: "A-Town", dealerIds: [dealerA.id], passwordHash: "scrypt$not-a-real-hash" });
  const customerB = await makeCustomer(db, { dealerIds: [dealerB.id] });
  const productA = await makeProduct(db, { supplierId: supplierA.id });
  const orderA = await makeOrder(db, customerA.id, { dealerId: dealerA.id });
  const lineA = await makeOrderLine(db, orderA.id, { product: productA });
  const shipmentA = await makeShipment(db, orderA, carrierA.id);
  const pickedUp = new Date(Date.now() - 3600_000);
  await db.insert(s.trackingEvents).values({ shipmentId: shipmentA.id, seq: 1, courierEventId: "e1", status: "PICKED_UP", occurredAt: pickedUp });
  await db.update(s.shipments).set({ lastSeq: 1, status: "PICKED_UP", lastEventAt: pickedUp }).where(eq(s.shipments.id, shipmentA.id));
  const vehicleA = await makeVehicle(db, customerA.id, { mileageKm: 5000 });
  await db.update(s.vehicleOwnerships).set({ sellingDealerId: dealerA.id }).where(eq(s.vehicleOwnerships.vehicleId, vehicleA.id));
  const caseA = await makeCase(db, customerA.id, { againstDealerId: dealerA.id });
  const [reviewA] = await db.insert(s.reviews).values({ customerId: customerA.id, productId: productA.id, orderLineId: lineA.id, stars: 4, body: "Fine" }).returning();
  const [serviceRecordA] = await db.insert(s.serviceRecords).values({ vehicleId: vehicleA.id, customerId: customerA.id, dealerId: dealerA.id, kind: "MAINTENANCE", mileageKm: 4000, performedAt: new Date("2025-06-01"), totalMinor: 100 }).returning();
  const [appointmentA] = await db
    .insert(s.serviceAppointments)
    .values({ vehicleId: vehicleA.id, customerId: customerA.id, dealerId: dealerA.id, scheduledAt: new Date(inAWeek()), purpose: "A's inspection" })
    .returning();

  const [cardA] = await db
    .insert(s.savedPaymentMethods)
    .values({ customerId: customerA.id, brand: "VISA", last4: "4242", expiryMonth: 12, expiryYear: 2099, provider: "matrix", providerToken: "pm_matrix_a", isDefault: true })
    .returning();

  const orderB = await makeOrder(db, customerB.id, { dealerId: dealerB.id });
  await makeOrderLine(db, orderB.id, { product: productA });
  const shipmentB = await makeShipment(db, orderB, carrierB.id);
  // B's car belonged to A's customer before, who had it serviced at dealer A: none of that is B's.
  const vehicleB = await makeVehicle(db, customerA.id);
  await db.update(s.vehicleOwnerships).set({ endedOn: "2025-01-01" }).where(eq(s.vehicleOwnerships.vehicleId, vehicleB.id));
  await db.insert(s.vehicleOwnerships).values({ vehicleId: vehicleB.id, customerId: customerB.id, startedOn: "2025-01-01", sellingDealerId: dealerB.id });
  const [earlierVisit] = await db
    .insert(s.serviceRecords)
    .values({ vehicleId: vehicleB.id, customerId: customerA.id, dealerId: dealerA.id, kind: "REPAIR", mileageKm: 100, performedAt: new Date("2024-06-01"), totalMinor: 100 })
    .returning();

  const world: World = {
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
    reviewA: reviewA!.id,
    appointmentA: appointmentA!.id,
    serviceRecordA: serviceRecordA!.id,
    customerB: customerB.id,
    dealerB: dealerB.id,
    supplierB: supplierB.id,
    carrierB: carrierB.id,
    orderB: orderB.id,
    shipmentB: shipmentB.id,
    vehicleB: vehicleB.id,
    privateIds: [g("ServiceRecord", earlierVisit!.id), customerA.displayName, g("SavedPaymentMethod", cardA!.id)],
  };
  const claims: Record<Exclude<Who, "ANONYMOUS">, TokenClaims> = {
    ADMIN: { role: "ADMIN", sub: "matrix.admin" },
    AGENT: { role: "AGENT", sub: "matrix.agent" },
    DEALER_A: { role: "DEALER", sub: "matrix.dealer.a", dealerId: dealerA.id },
    DEALER_B: { role: "DEALER", sub: "matrix.dealer.b", dealerId: dealerB.id },
    SUPPLIER_A: { role: "SUPPLIER", sub: "matrix.supplier.a", supplierId: supplierA.id },
    SUPPLIER_B: { role: "SUPPLIER", sub: "matrix.supplier.b", supplierId: supplierB.id },
    CUSTOMER_A: { role: "CUSTOMER", sub: "matrix.customer.a", customerId: customerA.id },
    CUSTOMER_B: { role: "CUSTOMER", sub: "matrix.customer.b", customerId: customerB.id },
    COURIER_A: { role: "COURIER", sub: "matrix.courier.a", carrierId: carrierA.id },
    COURIER_B: { role: "COURIER", sub: "matrix.courier.b", carrierId: carrierB.id },
  };
  return { world, claims };
}

/** Ids by which an answer shows tenant A's data in the root-field rows. */
export const tenantAIds = (w: World) => [
  g("Customer", w.customerA),
  g("Dealer", w.dealerA),
  g("Supplier", w.supplierA),
  g("Carrier", w.carrierA),
  g("Product", w.productA.id),
  g("Order", w.orderA.id),
  g("Shipment", w.shipmentA.id),
  g("Vehicle", w.vehicleA.id),
  g("Case", w.caseA),
  w.customerA,
];

/** The shape of an answer: an error's code, or whether the data holds anything. */
export function outcomeOf(body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } | undefined, tenantA: string[]): Outcome {
  if (!body) return "none";
  const code = body.errors?.[0]?.extensions?.code;
  if (typeof code === "string") return code as Outcome;
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
