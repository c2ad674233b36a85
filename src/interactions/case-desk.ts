import { and, eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { caseComments, cases, customers, dealers, orders, products, serviceRecords, shipments, vehicleOwnerships } from "../db/schema/index.js";
import { notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import type { CaseSignal } from "./case-signal.js";
import { recordNotice } from "./notices.service.js";

type CaseRow = typeof cases.$inferSelect;

export const signalOf = (row: CaseRow): CaseSignal => ({ caseId: row.id, customerId: row.customerId, dealerId: row.againstDealerId });

/** Who writes a thread entry, as the thread shows them: never an email or a phone number. */
export async function authorOf(tx: Executor, principal: Principal): Promise<{ author: string; authorRole: string; authorName: string }> {
  const author = principal.subject ?? "unknown";
  if (principal.role === "DEALER") {
    const [dealer] = await tx.select({ name: dealers.name }).from(dealers).where(eq(dealers.id, principal.dealerId));
    return { author, authorRole: "DEALER", authorName: dealer?.name ?? "Dealer" };
  }
  if (principal.role === "CUSTOMER") {
    const [customer] = await tx.select({ name: customers.displayName }).from(customers).where(eq(customers.id, principal.customerId));
    return { author, authorRole: "CUSTOMER", authorName: customer?.name ?? "Customer" };
  }
  return { author, authorRole: principal.role, authorName: author };
}

export interface ThreadEntry {
  kind: "COMMENT" | "INTERNAL_NOTE" | "STATUS_CHANGE";
  status?: CaseRow["status"] | null;
  body?: string | null;
}

export async function addEntry(tx: Executor, caseId: string, by: Awaited<ReturnType<typeof authorOf>>, entry: ThreadEntry, at = new Date()) {
  await tx.insert(caseComments).values({ caseId, ...by, kind: entry.kind, status: entry.status ?? null, body: entry.body ?? null, createdAt: at });
}

/**
 * What the customer is told on their timeline (an outbound notice linked to the case): an
 * answer from someone else, a resolution, the close with its satisfaction question.
 */
export async function noticeOf(tx: Executor, row: CaseRow, what: "answered" | "resolved" | "closed") {
  const subject =
    what === "answered"
      ? `Case ${row.number} has a new answer`
      : what === "resolved"
        ? `Case ${row.number} was resolved`
        : `Case ${row.number} was closed: how satisfied are you? (rateCase)`;
  await recordNotice(tx, { kind: what === "answered" ? "CASE_ANSWERED" : what === "resolved" ? "CASE_RESOLVED" : "CASE_CLOSED", customerId: row.customerId, caseId: row.id, subject, channel: "APP" });
}

export interface CaseSubjects {
  orderId?: string | null;
  shipmentId?: string | null;
  vehicleId?: string | null;
  serviceRecordId?: string | null;
  productId?: string | null;
}

/**
 * What a case is about, each given id resolved and checked to be the customer's own (their
 * order, parcel, vehicle owned now or before, service visit) or an existing product; anything
 * else is NOT_FOUND on its field, so no one learns of another customer's records.
 */
export async function caseSubjects(tx: Executor, customerId: string, input: CaseSubjects) {
  const one = async (value: string | null | undefined, type: string, field: string, exists: (id: string) => Promise<unknown[]>) => {
    if (!value) return null;
    const id = expectGlobalId(value, type, `input.${field}`);
    if (!(await exists(id)).length) throw notFound(type, `input.${field}`);
    return id;
  };
  return {
    orderId: await one(input.orderId, "Order", "orderId", (id) => tx.select({ id: orders.id }).from(orders).where(and(eq(orders.id, id), eq(orders.customerId, customerId)))),
    shipmentId: await one(input.shipmentId, "Shipment", "shipmentId", (id) =>
      tx.select({ id: shipments.id }).from(shipments).where(and(eq(shipments.id, id), eq(shipments.customerId, customerId))),
    ),
    vehicleId: await one(input.vehicleId, "Vehicle", "vehicleId", (id) =>
      tx.select({ id: vehicleOwnerships.vehicleId }).from(vehicleOwnerships).where(and(eq(vehicleOwnerships.vehicleId, id), eq(vehicleOwnerships.customerId, customerId))).limit(1),
    ),
    serviceRecordId: await one(input.serviceRecordId, "ServiceRecord", "serviceRecordId", (id) =>
      tx.select({ id: serviceRecords.id }).from(serviceRecords).where(and(eq(serviceRecords.id, id), eq(serviceRecords.customerId, customerId))),
    ),
    productId: await one(input.productId, "Product", "productId", (id) => tx.select({ id: products.id }).from(products).where(eq(products.id, id))),
  };
}

