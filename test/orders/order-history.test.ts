import { count, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { DetachSourceRecord, IngestSourceRecords, MergeCustomers, UnmergeCustomer } from "../operations/identity.js";
import { CustomerHistory, DeleteIngestedOrders, IngestOrders, MapSourceProductCodes } from "../operations/order-history.js";
import { EraseCustomer } from "../operations/privacy.js";
import { WriteReview } from "../operations/reviews.js";
import { SupplierSalesReport } from "../operations/supplier-report.js";
import { makeDealer, makeProduct, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

let serial = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`;

type OrderRecord = {
  transactionId: string;
  personSourceId: string;
  placedAt: string;
  paymentMethod: "CARD" | "CASH_ON_DELIVERY" | "INVOICE";
  dealerCode?: string;
  cancelled?: boolean;
  lines: { sku?: string; ean?: string; code?: string; name?: string; quantity: number; unitPrice: number }[];
  returns?: { returnedAt: string; reason?: string; lines: { line: number; quantity: number }[]; refund?: number }[];
};

describePlatform("historical orders from source systems", (platform) => {
  let admin: string;
  let dealerToken: string;
  let dealerSource: string;
  let dealerCode: string;
  let otherDealerCode: string;
  let supplierId: string;
  const skus: string[] = [];
  let ean: string;

  const ingestOrders = async (source: string, orders: OrderRecord[], token = admin) => (await platform().data(IngestOrders, { input: { source, orders } }, token)).ingestOrders;
  const ingestPeople = async (source: string, records: { sourceId: string; givenName: string; familyName: string; emails?: string[]; phones?: string[] }[]) =>
    (await platform().data(IngestSourceRecords, { input: { source, records } }, admin)).ingestSourceRecords;
  const history = async (id: string, token = admin) => (await platform().data(CustomerHistory, { id }, token)).customer!;
  const person = (sourceId: string) => ({ sourceId, givenName: "Lei", familyName: `Hist${sourceId.replaceAll(/[^a-z0-9]/gi, "")}`, emails: [`${sourceId.toLowerCase()}@example.com`] });
  const order = (personSourceId: string, overrides: Partial<OrderRecord> = {}): OrderRecord => ({
    transactionId: uid("T"),
    personSourceId,
    placedAt: "2024-03-15",
    paymentMethod: "CARD",
    lines: [
      { sku: skus[0]!, quantity: 2, unitPrice: 4_500 },
      { sku: skus[1]!, quantity: 1, unitPrice: 12_000 },
    ],
    ...overrides,
  });
  const tally = async () => {
    const db = platform().database.db;
    const n = async (table: typeof s.orders | typeof s.orderLines | typeof s.sourceOrders | typeof s.sourceOrderRevisions | typeof s.payments | typeof s.auditLog | typeof s.interactions | typeof s.returns) =>
      (await db.select({ n: count() }).from(table))[0]!.n;
    return { orders: await n(s.orders), lines: await n(s.orderLines), records: await n(s.sourceOrders), revisions: await n(s.sourceOrderRevisions), payments: await n(s.payments), audit: await n(s.auditLog), interactions: await n(s.interactions), returns: await n(s.returns) };
  };

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const dealer = await makeDealer(db, { code: `HS-${Date.now().toString(36).toUpperCase()}` });
    dealerCode = dealer.code;
    dealerSource = `dealer-${dealer.code.toLowerCase()}`;
    dealerToken = await platform().token({ role: "DEALER", sub: "d", dealerId: dealer.id });
    otherDealerCode = (await makeDealer(db)).code;
    supplierId = (await makeSupplier(db)).id;
    ean = `69${String(Date.now()).slice(-11)}`;
    for (let i = 0; i < 3; i++) skus.push((await makeProduct(db, { supplierId, ...(i === 2 ? { ean } : {}) })).sku);
  });

  it("lands an order on its person's profile with lines as charged, counts it like live data, sends no notice, and the same batch again writes nothing", async () => {
    const personId = uid("P");
    const created = await ingestPeople("webshop", [person(personId)]);
    const customerId = created.records[0]!.customer!.id;
    const first = order(personId, { returns: [{ returnedAt: "2024-03-20", reason: "too big", lines: [{ line: 0, quantity: 1 }] }] });
    // A partner listening for order events: history must not reach it.
    const db = platform().database.db;
    const [listener] = await db.insert(s.webhookEndpoints).values({ url: "http://127.0.0.1:9/orders", eventTypes: ["order.status_changed"], secret: "whsec_dGVzdA==", createdBy: "test" }).returning();
    const before = await tally();
    const result = await ingestOrders("webshop", [first]);
    expect(result.summary).toEqual({ created: 1, updated: 0, unchanged: 0, pending: 0, quarantined: 0, rejected: 0 });
    expect(result.orders[0]).toMatchObject({ outcome: "CREATED", state: "ATTACHED", warnings: [], customer: { id: customerId }, order: { status: "DELIVERED", total: { amountMinor: 21_000 }, source: "webshop", sourceTransactionId: first.transactionId } });
    // The order's number carries the day it was placed, not the day it was imported.
    expect(result.orders[0]!.order!.number).toMatch(/^MO-2024031[45]-/);

    const view = await history(customerId);
    expect(view.orders.totalCount).toBe(1);
    expect(view.orders.edges[0]!.node).toMatchObject({
      channel: "WEB",
      placedAt: "2024-03-14T16:00:00.000Z",
      lines: [
        { sku: skus[0], quantity: 2, unitPrice: { amountMinor: 4_500 } },
        { sku: skus[1], quantity: 1, unitPrice: { amountMinor: 12_000 } },
      ],
      payments: [{ status: "CAPTURED", amount: { amountMinor: 21_000 } }],
      returns: [{ status: "CLOSED", lines: [{ quantity: 1 }], refunds: [{ amount: { amountMinor: 4_500 } }] }],
    });
    expect(view.measures).toMatchObject({ orderCount: 1, lifetimeValue: { amountMinor: 21_000 } });
    expect(view.timeline.edges.map((e) => e.node.kind)).toContain("ORDER_PLACED");
    // The supplier's report counts imported sales (this is the first order of its products).
    const supplier = await platform().token({ role: "SUPPLIER", sub: "s", supplierId });
    const report = (await platform().data(SupplierSalesReport, { filter: { period: { from: "2024-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z" } } }, supplier)).supplierSalesReport;
    expect(report).toMatchObject({ totalUnits: 3, totalRevenue: [{ amountMinor: 21_000 }] });
    // History sends no notices and no events: no interaction was written for it, nothing went to the outbox.
    expect(view.interactions.totalCount).toBe(0);
    const orderId = Buffer.from(result.orders[0]!.order!.id, "base64url").toString("utf8").split(":")[1]!;
    expect(await db.select().from(s.outboxEvents).where(sql`${s.outboxEvents.payload}->>'orderId' = ${orderId}`)).toEqual([]);
    await db.delete(s.webhookEndpoints).where(eq(s.webhookEndpoints.id, listener!.id));
    const after = await tally();
    expect(after.interactions).toBe(before.interactions);

    const again = await ingestOrders("webshop", [first]);
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 1, pending: 0, quarantined: 0, rejected: 0 });
    expect(again.orders[0]).toMatchObject({ outcome: "UNCHANGED", state: "ATTACHED", order: { number: result.orders[0]!.order!.number } });
    expect(await tally()).toEqual(after);
  });

  it("updates a changed transaction in place with its history kept, deletes it on request, and brings it back when sent again", async () => {
    const personId = uid("P");
    const customerId = (await ingestPeople("webshop", [person(personId)])).records[0]!.customer!.id;
    const first = order(personId);
    const created = (await ingestOrders("webshop", [first])).orders[0]!;
    const changed = { ...first, lines: [{ sku: skus[1]!, quantity: 3, unitPrice: 11_000 }] };
    const updated = await ingestOrders("webshop", [changed]);
    expect(updated.orders[0]).toMatchObject({ outcome: "UPDATED", state: "ATTACHED", order: { id: created.order!.id, number: created.order!.number, total: { amountMinor: 33_000 } } });
    expect((await history(customerId)).orders.edges.map((e) => e.node.lines.map(({ sku, quantity, unitPrice }) => ({ sku, quantity, unitPrice })))).toEqual([[{ sku: skus[1], quantity: 3, unitPrice: { amountMinor: 11_000 } }]]);
    const db = platform().database.db;
    const [record] = await db.select().from(s.sourceOrders).where(eq(s.sourceOrders.transactionId, first.transactionId));
    const versions = await db.select().from(s.sourceOrderRevisions).where(eq(s.sourceOrderRevisions.sourceOrderId, record!.id));
    expect(record!.revision).toBe(2);
    expect(versions).toMatchObject([{ revision: 1, replacedBy: "UPDATE", payload: { lines: [{ quantity: 2 }, { quantity: 1 }] } }]);

    const removed = (await platform().data(DeleteIngestedOrders, { input: { source: "webshop", transactionIds: [first.transactionId, "never-sent"] } }, admin)).deleteIngestedOrders;
    expect(removed).toEqual({ deleted: [first.transactionId], conflicts: [], unknown: ["never-sent"] });
    expect((await history(customerId)).orders.totalCount).toBe(0);
    expect(await db.select({ n: count() }).from(s.orderLines).where(eq(s.orderLines.orderId, record!.orderId!))).toEqual([{ n: 0 }]);
    const back = await ingestOrders("webshop", [changed]);
    expect(back.orders[0]).toMatchObject({ outcome: "CREATED", state: "ATTACHED", customer: { id: customerId } });
    expect((await history(customerId)).orders.totalCount).toBe(1);
  });

  it("keeps an order whose person is not known yet and attaches it when the person's record arrives", async () => {
    const personId = uid("P");
    const early = order(personId);
    const pending = await ingestOrders("app", [early]);
    expect(pending.summary).toMatchObject({ created: 1, pending: 1 });
    expect(pending.orders[0]).toMatchObject({ state: "PENDING", order: null, customer: null });
    const db = platform().database.db;
    expect(await db.select({ n: count() }).from(s.orders).where(eq(s.orders.sourceTransactionId, early.transactionId))).toEqual([{ n: 0 }]);

    const arrived = await ingestPeople("app", [person(personId)]);
    const customerId = arrived.records[0]!.customer!.id;
    const view = await history(customerId);
    expect(view.orders.edges.map((e) => e.node.sourceTransactionId)).toEqual([early.transactionId]);
    expect((await ingestOrders("app", [early])).orders[0]).toMatchObject({ outcome: "UNCHANGED", state: "ATTACHED", customer: { id: customerId } });
  });

  it("moves imported orders with their person's record on merge, unmerge and detach", async () => {
    const [a, b] = [uid("PA"), uid("PB")];
    const ids = (await ingestPeople("hotline", [person(a), { ...person(b), givenName: "Ming", familyName: "Other", emails: [`${b.toLowerCase()}@example.org`] }])).records.map((r) => r.customer!.id);
    const [profileA, profileB] = ids as [string, string];
    expect(profileA).not.toBe(profileB);
    const before = order(a);
    await ingestOrders("hotline", [before]);
    const numbersOf = async (id: string) => (await history(id)).orders.edges.map((e) => e.node.sourceTransactionId).sort();

    await platform().data(MergeCustomers, { input: { survivorId: profileB, mergedId: profileA } }, admin);
    expect(await numbersOf(profileB)).toEqual([before.transactionId]);
    // Imported while merged: lands on the survivor, where the record is now.
    const during = order(a);
    expect((await ingestOrders("hotline", [during])).orders[0]).toMatchObject({ customer: { id: profileB } });

    await platform().data(UnmergeCustomer, { input: { customerId: profileA } }, admin);
    expect(await numbersOf(profileA)).toEqual([before.transactionId, during.transactionId].sort());
    expect(await numbersOf(profileB)).toEqual([]);

    const detached = (await platform().data(DetachSourceRecord, { input: { source: "hotline", sourceId: a, onto: profileB } }, admin)).detachSourceRecord;
    expect(detached.to.id).toBe(profileB);
    expect(await numbersOf(profileB)).toEqual([before.transactionId, during.transactionId].sort());
    // The returns' owner follows as well.
    const db = platform().database.db;
    const owners = await db.execute(sql`select count(*)::int as n from orders o where o.source = 'hotline' and o.source_transaction_id in (${before.transactionId}, ${during.transactionId}) and o.customer_id <> (select l.customer_id from identity_links l join source_records r on r.id = l.source_record_id where r.source = 'hotline' and r.source_id = ${a})`);
    expect(((owners as unknown as { rows?: { n: number }[] }).rows ?? (owners as unknown as { n: number }[]))[0]!.n).toBe(0);
  });

  it("keeps what customers refer to: a reviewed line survives corrections, and a reviewed order is not deleted", async () => {
    const personId = uid("P");
    const customerId = (await ingestPeople("webshop", [person(personId)])).records[0]!.customer!.id;
    const first = order(personId);
    await ingestOrders("webshop", [first]);
    const [line0] = (await history(customerId)).orders.edges[0]!.node.lines;
    const customer = await platform().token({ role: "CUSTOMER", sub: "reviewer", customerId: Buffer.from(customerId, "base64url").toString("utf8").split(":")[1]! });
    await platform().data(WriteReview, { input: { orderLineId: line0!.id, stars: 5, body: "Fits well" } }, customer);

    const dropped = await ingestOrders("webshop", [{ ...first, lines: [first.lines[1]!] }]);
    expect(dropped.rejected.map((r) => [r.code, r.field])).toEqual([["CONFLICT", "input.orders.0.lines.0"]]);
    const repriced = await ingestOrders("webshop", [{ ...first, lines: [{ ...first.lines[0]!, unitPrice: 4_000 }, first.lines[1]!] }]);
    expect(repriced.orders[0]).toMatchObject({ outcome: "UPDATED", order: { total: { amountMinor: 20_000 } } });
    const lines = (await history(customerId)).orders.edges[0]!.node.lines;
    expect(lines.map((l) => [l.id, l.unitPrice.amountMinor])).toEqual([[line0!.id, 4_000], [lines[1]!.id, 12_000]]);

    const removal = (await platform().data(DeleteIngestedOrders, { input: { source: "webshop", transactionIds: [first.transactionId] } }, admin)).deleteIngestedOrders;
    expect(removal).toEqual({ deleted: [], conflicts: [first.transactionId], unknown: [] });
    expect((await history(customerId)).orders.totalCount).toBe(1);
  });

  it("quarantines unknown products and negative amounts line by line, keeps the record, and finds products by EAN and the source's own code", async () => {
    const personId = uid("P");
    const customerId = (await ingestPeople("webshop", [person(personId)])).records[0]!.customer!.id;
    const db = platform().database.db;
    const code = uid("PART");
    const mapping = (await platform().data(MapSourceProductCodes, { input: { source: "webshop", codes: [{ code, sku: skus[0]! }, { code: "UNMAPPED", sku: "NO-SUCH-SKU" }] } }, admin)).mapSourceProductCodes;
    expect(mapping).toMatchObject({ mapped: 1, rejected: [{ index: 1, code: "NOT_FOUND", field: "input.codes.1.sku" }] });
    const mixed = order(personId, {
      lines: [
        { ean, quantity: 1, unitPrice: 1_000 },
        { sku: "NO-SUCH-SKU", quantity: 1, unitPrice: 500 },
        { code, quantity: 2, unitPrice: 700 },
        { sku: skus[1]!, quantity: 1, unitPrice: -300 },
        { code: "UNMAPPED", quantity: 1, unitPrice: 100 },
      ],
      returns: [{ returnedAt: "2024-04-01", lines: [{ line: 1, quantity: 1 }] }],
    });
    const allBad = order(personId, { lines: [{ sku: "NO-SUCH-SKU", quantity: 1, unitPrice: 100 }] });
    const result = await ingestOrders("webshop", [mixed, allBad]);
    expect(result.summary).toEqual({ created: 2, updated: 0, unchanged: 0, pending: 0, quarantined: 2, rejected: 0 });
    expect(result.orders[0]!.warnings.map((w) => [w.code, w.field])).toEqual([
      ["NEGATIVE_AMOUNT", "input.orders.0.lines.3.unitPrice"],
      ["UNKNOWN_PRODUCT", "input.orders.0.lines.1.sku"],
      ["UNKNOWN_PRODUCT", "input.orders.0.lines.4.code"],
      ["QUARANTINED_LINE", "input.orders.0.returns.0.lines.0.line"],
    ]);
    expect(result.orders[0]).toMatchObject({ state: "ATTACHED", order: { total: { amountMinor: 2_400 } } });
    expect(result.orders[1]).toMatchObject({ state: "QUARANTINED", order: null, warnings: [{ code: "UNKNOWN_PRODUCT", field: "input.orders.1.lines.0.sku" }] });
    const view = await history(customerId);
    expect(view.orders.edges.map((e) => e.node.lines.map((l) => [l.sku, l.quantity]))).toEqual([[[skus[2], 1], [skus[0], 2]]]);
    // Both records are kept as sent, the quarantined lines included.
    const stored = await db.select().from(s.sourceOrders).where(eq(s.sourceOrders.personSourceId, personId));
    expect(stored.map((r) => (r.payload as { lines: unknown[] }).lines.length).sort()).toEqual([1, 5]);
  });

  it("refuses a record it cannot use, or an erased person's, with its index, code and field, and keeps the rest of the batch", async () => {
    const personId = uid("P");
    const good = order(personId);
    const erasedPerson = uid("P");
    const erasedId = (await ingestPeople("webshop", [person(erasedPerson)])).records[0]!.customer!.id;
    await platform().data(EraseCustomer, { input: { customerId: erasedId } }, admin);
    const result = await ingestOrders("webshop", [
      { ...order(personId), placedAt: "2999-01-01" },
      good,
      { ...order(personId), lines: [] },
      { ...order(personId), placedAt: "15/03/2024" },
      { ...good },
      order(erasedPerson),
    ]);
    expect(result.rejected.map((r) => [r.index, r.code, r.field])).toEqual([
      [0, "BAD_USER_INPUT", "input.orders.0.placedAt"],
      [2, "BAD_USER_INPUT", "input.orders.2.lines"],
      [3, "BAD_USER_INPUT", "input.orders.3.placedAt"],
      [4, "BAD_USER_INPUT", "input.orders.4.transactionId"],
      [5, "CONFLICT", "input.orders.5.personSourceId"],
    ]);
    expect(result.orders.map((o) => o.index)).toEqual([1]);
  });

  it("lets a dealer import only into its own source and its own sales, shows them in its portal, and refuses suppliers and customers", async () => {
    const personId = uid("P");
    await ingestPeople(dealerSource, [person(personId)]);
    const mine = order(personId);
    const imported = await ingestOrders(dealerSource, [mine, order(personId, { dealerCode: otherDealerCode })], dealerToken);
    expect(imported.orders[0]).toMatchObject({ state: "ATTACHED", order: { source: dealerSource } });
    expect(imported.rejected.map((r) => [r.index, r.field])).toEqual([[1, "input.orders.1.dealerCode"]]);
    const view = await history(imported.orders[0]!.customer!.id, dealerToken);
    expect(view.orders.edges.map((e) => [e.node.sourceTransactionId, e.node.channel, e.node.dealer?.code])).toEqual([[mine.transactionId, "DEALER", dealerCode]]);

    const refused = async (source: string, token: string) =>
      firstError((await platform().gql(IngestOrders, { input: { source, orders: [order(personId)] } }, token)).body);
    expect(await refused("webshop", dealerToken)).toEqual({ code: "FORBIDDEN", field: undefined });
    expect(await refused(dealerSource, await platform().token({ role: "SUPPLIER", sub: "s", supplierId }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refused(dealerSource, await platform().token({ role: "CUSTOMER", sub: "c", customerId: "00000000-0000-0000-0000-000000000000" }))).toMatchObject({ code: "FORBIDDEN" });
    const deleteOther = await platform().gql(DeleteIngestedOrders, { input: { source: "webshop", transactionIds: ["x"] } }, dealerToken);
    expect(firstError(deleteOther.body)).toMatchObject({ code: "FORBIDDEN" });
    const mapOther = await platform().gql(MapSourceProductCodes, { input: { source: "webshop", codes: [{ code: "X", sku: skus[0]! }] } }, dealerToken);
    expect(firstError(mapOther.body)).toMatchObject({ code: "FORBIDDEN" });
  });
});
