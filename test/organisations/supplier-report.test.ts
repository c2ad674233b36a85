import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { SupplierSalesReport } from "../operations/supplier-report.js";
import { makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const MARCH = { from: "2026-03-01T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z" };
const inMarch = new Date("2026-03-10T10:00:00Z");

describePlatform("supplier sales report (de-identified, k = 5)", (platform) => {
  let supplierA: { id: string };
  let supplierB: { id: string };
  let productA: Awaited<ReturnType<typeof makeProduct>>;
  let tokenA: string;
  let tokenB: string;
  let admin: string;
  const customerIds: string[] = [];
  const names: string[] = [];

  beforeAll(async () => {
    const db = platform().database.db;
    supplierA = await makeSupplier(db);
    supplierB = await makeSupplier(db);
    productA = await makeProduct(db, { supplierId: supplierA.id, priceMinor: 1000 });
    const productB = await makeProduct(db, { supplierId: supplierB.id, priceMinor: 700 });
    tokenA = await platform().token({ role: "SUPPLIER", sub: "sales@a", supplierId: supplierA.id });
    tokenB = await platform().token({ role: "SUPPLIER", sub: "sales@b", supplierId: supplierB.id });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const buy = async (kind: "PRIVATE" | "BUSINESS", province: string, product: typeof productA, quantity: number, overrides: Partial<typeof s.orders.$inferInsert> = {}) => {
      const name = `Buyer ${customerIds.length}`;
      const customer = await makeCustomer(db, { kind, displayName: name, email: `buyer${customerIds.length}@example.com` });
      customerIds.push(customer.id);
      names.push(name);
      const order = await makeOrder(db, customer.id, { placedAt: inMarch, deliveryAddress: { line1: "1 Road", city: province, province, country: "CN" }, ...overrides });
      return { customer, order, line: await makeOrderLine(db, order.id, { product, quantity }) };
    };
    // Six private customers in Zhejiang: a group big enough to show.
    const zhejiang = [];
    for (let i = 0; i < 6; i++) zhejiang.push(await buy("PRIVATE", "Zhejiang", productA, 2));
    await db.insert(s.reviews).values([
      { customerId: zhejiang[0]!.customer.id, productId: productA.id, orderLineId: zhejiang[0]!.line.id, stars: 4 },
      { customerId: zhejiang[1]!.customer.id, productId: productA.id, orderLineId: zhejiang[1]!.line.id, stars: 5 },
    ]);
    const [ret] = await db.insert(s.returns).values({ orderId: zhejiang[2]!.order.id, customerId: zhejiang[2]!.customer.id, requestedAt: inMarch }).returning();
    await db.insert(s.returnLines).values({ returnId: ret!.id, orderLineId: zhejiang[2]!.line.id, quantity: 1 });
    // Four business customers in Beijing: one short of k, suppressed.
    for (let i = 0; i < 4; i++) await buy("BUSINESS", "Beijing", productA, 1);
    // Not counted: a cancelled order, an order in February, and supplier B's sales.
    await buy("PRIVATE", "Zhejiang", productA, 50, { status: "CANCELLED" });
    await buy("PRIVATE", "Zhejiang", productA, 50, { placedAt: new Date("2026-02-10T00:00:00Z") });
    for (let i = 0; i < 5; i++) await buy("PRIVATE", "Jiangsu", productB, 1, { dealerId: (await makeDealer(db)).id });
  });

  const report = async (filter: Record<string, unknown>, token = tokenA) => (await platform().data(SupplierSalesReport, { filter: { period: MARCH, ...filter } }, token)).supplierSalesReport;

  it("breaks a supplier's sales down by region, suppressing groups of fewer than 5 customers but counting them in the totals", async () => {
    const byRegion = await report({ groupBy: ["REGION"] });
    expect(byRegion.rows).toEqual([
      expect.objectContaining({ region: "Zhejiang", units: 12, revenue: { amountMinor: 12000, currency: "CNY" }, returnedUnits: 1, averageRating: 4.5, customerCount: 6, month: null, productId: null }),
    ]);
    expect(byRegion).toMatchObject({ minimumGroupSize: 5, suppressedGroups: 1, suppressedUnits: 4, totalUnits: 16, totalRevenue: [{ amountMinor: 16000, currency: "CNY" }] });

    const total = await report({});
    expect(total.rows).toEqual([expect.objectContaining({ units: 16, customerCount: 10, region: null })]);
  });

  it("groups by every dimension at once", async () => {
    const all = await report({ groupBy: ["MONTH", "REGION", "CUSTOMER_KIND", "TIER", "PRODUCT"] });
    expect(all.rows).toEqual([
      { month: "2026-03", region: "Zhejiang", customerKind: "PRIVATE", tier: "OCCASIONAL", productId: toGlobalId("Product", productA.id), productSku: productA.sku, units: 12, revenue: { amountMinor: 12000, currency: "CNY" }, returnedUnits: 1, averageRating: 4.5, customerCount: 6 },
    ]);
    expect(all.suppressedUnits).toBe(4);
  });

  it("shows a group of exactly 5 customers, and never anything that leads back to a customer", async () => {
    const b = await report({ groupBy: ["REGION", "CUSTOMER_KIND"] }, tokenB);
    expect(b.rows).toEqual([expect.objectContaining({ region: "Jiangsu", units: 5, customerCount: 5 })]);
    const text = JSON.stringify([b, await report({ groupBy: ["MONTH", "REGION", "CUSTOMER_KIND", "TIER", "PRODUCT"] })]);
    for (const id of customerIds) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(toGlobalId("Customer", id));
    }
    expect(text).not.toMatch(/Buyer|example\.com|1 Road/);
  });

  it("gives a supplier nothing of another supplier's products; ADMIN may ask for any supplier", async () => {
    const foreign = await report({ supplierId: toGlobalId("Supplier", supplierB.id), groupBy: ["REGION"] });
    expect(foreign).toMatchObject({ supplierId: toGlobalId("Supplier", supplierB.id), rows: [], totalUnits: 0, suppressedGroups: 0, totalRevenue: [] });
    const asAdmin = await report({ supplierId: toGlobalId("Supplier", supplierA.id), groupBy: ["REGION"] }, admin);
    expect(asAdmin).toEqual(await report({ groupBy: ["REGION"] }));
  });

  it("refuses other roles and bad filters", async () => {
    for (const claims of [{ role: "AGENT", sub: "a" }, { role: "DEALER", sub: "d", dealerId: supplierA.id }, { role: "CUSTOMER", sub: "c", customerId: customerIds[0]! }] as const) {
      const response = await platform().gql(SupplierSalesReport, { filter: { period: MARCH } }, await platform().token(claims));
      expect(firstError(response.body).code).toBe("FORBIDDEN");
    }
    expect(firstError((await platform().gql(SupplierSalesReport, { filter: {} }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.supplierId" });
    expect(firstError((await platform().gql(SupplierSalesReport, { filter: { period: { from: MARCH.to, to: MARCH.from } } }, tokenA)).body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.period" });
    expect(firstError((await platform().gql(SupplierSalesReport, { filter: { supplierId: toGlobalId("Dealer", supplierA.id) } }, tokenA)).body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.supplierId" });
  });
});
