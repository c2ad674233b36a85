import { count, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { erasurePlanGaps } from "../../src/privacy/erasure-plan.js";
import { suppressedAmong, type SourceIdentity } from "../../src/identity/suppression.js";
import { AuditLog, EraseCustomer, ExportCustomerData } from "../operations/privacy.js";
import { linkSourceRecord, makeCase, makeCustomer, makeDealer, makeOrder, makeProduct, makeVehicle } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

/** What an ingestion asks before storing a record (it asks for a whole batch at once). */
const isSuppressed = async (db: Parameters<typeof suppressedAmong>[0], identity: SourceIdentity) => (await suppressedAmong(db, [identity])).size > 0;

/** A customer with something in every kind of table: profile, contacts, orders, cases, notes, a vehicle, a source record. */
async function richCustomer(db: Parameters<typeof makeCustomer>[0], tag: string) {
  const dealer = await makeDealer(db);
  const customer = await makeCustomer(db, {
    givenName: `Mei${tag}`,
    familyName: `Zhang${tag}`,
    displayName: `Mei Zhang ${tag}`,
    birthday: "1988-04-12",
    email: `mei.${tag}@example.com`,
    phone: `+86138000${tag.padStart(5, "0").slice(-5)}`,
    city: "Hangzhou",
    dealerIds: [dealer.id],
  });
  const product = await makeProduct(db);
  const order = await makeOrder(db, customer.id, {
    deliveryAddress: { line1: `88 Xihu Road ${tag}`, city: "Hangzhou", province: "Zhejiang", country: "CN" },
    dealerId: dealer.id,
  });
  const [line] = await db.insert(s.orderLines).values({ orderId: order.id, productId: product.id, sku: product.sku, name: product.name, quantity: 2, unitPriceMinor: 500, totalMinor: 1000 }).returning();
  await db.insert(s.reviews).values({ customerId: customer.id, productId: product.id, orderLineId: line!.id, stars: 4, body: `Loved it says Mei${tag}` });
  const kase = await makeCase(db, customer.id, { description: `Mei${tag} called from home` });
  await db.insert(s.caseComments).values({ caseId: kase.id, author: "agent", body: `Spoke with Mei${tag}` });
  await db.insert(s.interactions).values({ customerId: customer.id, channel: "PHONE", direction: "INBOUND", type: "INQUIRY", subject: `Mei${tag} asks`, notes: `Mei${tag} lives near the lake`, occurredAt: new Date() });
  await makeVehicle(db, customer.id);
  const record = await linkSourceRecord(db, customer.id, "dealer-dms", `DMS-${tag}`);
  await db.update(s.sourceRecords).set({ payload: { name: `Mei Zhang ${tag}`, contact: { email: `Mei.${tag}@Example.com `, mobile: "+86 139 1111 2222" } } }).where(eq(s.sourceRecords.id, record.id));
  return { customer, dealer, order, tag };
}

const secretsOf = (tag: string) => [`Mei${tag}`, `Zhang${tag}`, `mei.${tag}@example.com`, `88 Xihu Road ${tag}`, "1988-04-12", "1 Renmin Road", "+86 139 1111 2222"];

describePlatform("privacy: export and erasure", (platform) => {
  let admin: string;
  let agent: string;
  let subject: Awaited<ReturnType<typeof richCustomer>>;
  let other: Awaited<ReturnType<typeof richCustomer>>;

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "dpo" });
    agent = await platform().token({ role: "AGENT", sub: "agent.wu" });
    subject = await richCustomer(db, "101");
    other = await richCustomer(db, "202");
  });

  const exportOf = async (customerId: string, token = admin) => (await platform().data(ExportCustomerData, { customerId: toGlobalId("Customer", customerId) }, token)).exportCustomerData as { tables: Record<string, Record<string, unknown>[]> };

  it("exports every table that has a customer_id column (read from the database), and the rows under them", async () => {
    const result = await platform().database.db.execute<{ table_name: string }>(
      sql`select distinct table_name from information_schema.columns where table_schema = 'public' and column_name = 'customer_id'
        and not exists (select 1 from pg_class p where p.relname = table_name and p.relispartition) order by table_name`,
    );
    const withCustomerId = (Array.isArray(result) ? result : (result as { rows: { table_name: string }[] }).rows).map((row) => row.table_name);
    expect(withCustomerId.length).toBeGreaterThan(10);
    const exported = await exportOf(subject.customer.id);
    for (const table of [...withCustomerId, "customers", "order_lines", "case_comments", "vehicles", "source_records"]) {
      expect(exported.tables, `export misses ${table}`).toHaveProperty(table);
    }
    const text = JSON.stringify(exported);
    for (const secret of secretsOf(subject.tag)) expect(text).toContain(secret);
    // Nothing of another customer, and no secrets.
    expect(text).not.toContain(`Mei${other.tag}`);
    expect(exported.tables.orders).toHaveLength(1);
    expect(exported.tables.order_lines).toEqual([expect.objectContaining({ quantity: 2, total_minor: 1000 })]);
  });

  it("every table about customers has an erasure rule", () => {
    expect(erasurePlanGaps()).toEqual([]);
  });

  it("lets a customer export themself only; others see NOT_FOUND, dealers are FORBIDDEN; every export is audited", async () => {
    const self = await platform().token({ role: "CUSTOMER", sub: "mei", customerId: subject.customer.id });
    expect((await exportOf(subject.customer.id, self)).tables.customers).toHaveLength(1);
    const otherExport = await platform().gql(ExportCustomerData, { customerId: toGlobalId("Customer", other.customer.id) }, self);
    expect(firstError(otherExport.body)).toEqual({ code: "NOT_FOUND", field: "customerId" });
    const dealer = await platform().token({ role: "DEALER", sub: "d", dealerId: subject.dealer.id });
    expect(firstError((await platform().gql(ExportCustomerData, { customerId: toGlobalId("Customer", subject.customer.id) }, dealer)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(ExportCustomerData, { customerId: "not-an-id" }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "customerId" });

    const log = await platform().data(AuditLog, { filter: { action: "EXPORT", targetId: toGlobalId("Customer", other.customer.id) } }, admin);
    expect(log.auditLog.edges.map((e) => e.node)).toEqual([expect.objectContaining({ actorRole: "CUSTOMER", actorId: "mei", outcome: "DENIED", operation: "ExportCustomerData" })]);
    const mine = await platform().data(AuditLog, { filter: { action: "EXPORT", actorId: "mei" } }, admin);
    expect(mine.auditLog.edges.map((e) => e.node.outcome).sort()).toEqual(["DENIED", "SUCCESS"]);
  });

  it("refuses erasure to anyone but ADMIN, and bad ids, changing nothing", async () => {
    const db = platform().database.db;
    const emails = async () => (await db.select({ n: count() }).from(s.customerEmails))[0]!.n;
    const before = await emails();
    expect(firstError((await platform().gql(EraseCustomer, { input: { customerId: toGlobalId("Customer", subject.customer.id) } }, agent)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(EraseCustomer, { input: { customerId: toGlobalId("Order", subject.order.id) } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.customerId" });
    expect(firstError((await platform().gql(EraseCustomer, { input: { customerId: toGlobalId("Customer", "00000000-0000-7000-8000-000000000000") } }, admin)).body)).toEqual({
      code: "NOT_FOUND",
      field: "input.customerId",
    });
    expect(await emails()).toBe(before);
    const [row] = await db.select().from(s.customers).where(eq(s.customers.id, subject.customer.id));
    expect(row?.erasedAt).toBeNull();
  });

  it("erases every identifier and personal note, keeps orders pseudonymised, and suppresses the person at ingestion", async () => {
    const db = platform().database.db;
    const erased = await platform().data(EraseCustomer, { input: { customerId: toGlobalId("Customer", subject.customer.id) } }, admin);
    expect(erased.eraseCustomer).toMatchObject({ customerId: toGlobalId("Customer", subject.customer.id), profiles: 1 });
    expect(erased.eraseCustomer.suppressedIdentities).toBeGreaterThanOrEqual(4);

    const after = await exportOf(subject.customer.id);
    const text = JSON.stringify(after);
    for (const secret of secretsOf(subject.tag)) expect(text, `still holds ${secret}`).not.toContain(secret);
    expect(after.tables.customers?.[0]).toMatchObject({ display_name: "Erased customer", erased_at: expect.any(String) });
    expect(after.tables.orders).toEqual([expect.objectContaining({ total_minor: 1000, delivery_address: null })]);
    expect(after.tables.order_lines).toHaveLength(1);
    expect(after.tables.reviews).toEqual([expect.objectContaining({ stars: 4, body: null })]);

    // The other customer is untouched.
    expect(JSON.stringify(await exportOf(other.customer.id))).toContain(`mei.${other.tag}@example.com`);

    // What an ingestion would ask before bringing the person back.
    expect(await isSuppressed(db, { source: "dealer-dms", sourceId: `DMS-${subject.tag}` })).toBe(true);
    expect(await isSuppressed(db, { emails: [` MEI.${subject.tag}@example.com`] })).toBe(true);
    expect(await isSuppressed(db, { phones: ["+8613911112222"] })).toBe(true);
    expect(await isSuppressed(db, { source: "dealer-dms", sourceId: `DMS-${other.tag}`, emails: [`mei.${other.tag}@example.com`] })).toBe(false);
    // The payload held the raw "139 1111 2222"; the E.164 form is what a later record carries.
    expect(await isSuppressed(db, { phones: ["139 1111 2222"] })).toBe(true);
    // Only digests are kept (a short numeric tag can occur inside a hex digest or an id, so the values are compared whole).
    const stored = await db.select({ valueHash: s.erasureSuppressions.valueHash }).from(s.erasureSuppressions);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.valueHash))).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/example\.com|\+86|DMS-/);

    const log = await platform().data(AuditLog, { filter: { action: "ERASE" } }, admin);
    expect(log.auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ actorId: "dpo", targetType: "Customer", targetId: toGlobalId("Customer", subject.customer.id), outcome: "SUCCESS", operation: "EraseCustomer" }),
    ]);

    const again = await platform().gql(EraseCustomer, { input: { customerId: toGlobalId("Customer", subject.customer.id) } }, admin);
    expect(firstError(again.body)).toEqual({ code: "CONFLICT", field: "input.customerId" });
  });

  it("erases a merged person whole: a merged-away id reaches the survivor and every profile merged into it", async () => {
    const db = platform().database.db;
    const survivor = await makeCustomer(db, { displayName: "Survivor Lin", email: "lin.survivor@example.com" });
    const merged = await makeCustomer(db, { displayName: "Merged Lin", email: "lin.merged@example.com", mergedIntoId: survivor.id });
    const erased = await platform().data(EraseCustomer, { input: { customerId: toGlobalId("Customer", merged.id) } }, admin);
    expect(erased.eraseCustomer).toMatchObject({ customerId: toGlobalId("Customer", survivor.id), profiles: 2 });
    const rows = await db.select().from(s.customers).where(inArray(s.customers.id, [survivor.id, merged.id]));
    expect(rows.map((row) => [row.displayName, row.erasedAt !== null])).toEqual([
      ["Erased customer", true],
      ["Erased customer", true],
    ]);
    expect(await isSuppressed(db, { emails: ["lin.merged@example.com"] })).toBe(true);
  });
});
