import { beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { CategoryMatrixQuery } from "../operations/supplier-report.js";
import { makeCategory, makeCustomer, makeOrder, makeOrderLine, makeProduct, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const MARCH = { from: "2026-03-01T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z" };
const inMarch = new Date("2026-03-10T10:00:00Z");

describePlatform("the 9-cell category matrix (brand preference × usage)", (platform) => {
  let categoryId: string;
  let admin: string;
  let supplier: string;

  beforeAll(async () => {
    const db = platform().database.db;
    const category = await makeCategory(db);
    const sub = await makeCategory(db, { parentId: category.id });
    categoryId = toGlobalId("ProductCategory", category.id);
    const ownBrand = await makeProduct(db, { categoryId: sub.id, brandKind: "STORE" });
    const national = await makeProduct(db, { categoryId: category.id, brandKind: "NATIONAL", supplierId: (await makeSupplier(db)).id });
    const elsewhere = await makeProduct(db, { brandKind: "STORE" });
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    supplier = await platform().token({ role: "SUPPLIER", sub: "category@s", supplierId: national.supplierId });
    // Fifteen buyers spending 1,000 × i: 1–8 only the store brand, 9–11 half and half, 12–15 only national brands.
    for (let i = 1; i <= 15; i++) {
      const buyer = await makeCustomer(db);
      const order = await makeOrder(db, buyer.id, { placedAt: inMarch });
      const spend = i * 1_000;
      const line = (product: typeof ownBrand, total: number) => makeOrderLine(db, order.id, { product, quantity: 1, unitPriceMinor: total, totalMinor: total });
      if (i <= 8) await line(ownBrand, spend);
      else if (i <= 11) await Promise.all([line(ownBrand, spend / 2), line(national, spend / 2)]);
      else await line(national, spend);
      // Not counted: another category, a cancelled order, an order outside the period.
      await makeOrderLine(db, order.id, { product: elsewhere, quantity: 9, unitPriceMinor: 99_999, totalMinor: 899_991 });
    }
    const stray = await makeCustomer(db);
    await makeOrderLine(db, (await makeOrder(db, stray.id, { placedAt: inMarch, status: "CANCELLED" })).id, { product: national, quantity: 5 });
    await makeOrderLine(db, (await makeOrder(db, stray.id, { placedAt: new Date("2026-05-02T00:00:00Z") })).id, { product: national, quantity: 5 });
  });

  const matrix = async (token: string) => (await platform().data(CategoryMatrixQuery, { input: { categoryId, period: MARCH } }, token)).categoryMatrix;
  const cell = (m: Awaited<ReturnType<typeof matrix>>, preference: string, usage: string) => m.cells.find((c) => c.brandPreference === preference && c.usage === usage)!;

  it("puts each buyer in one of nine cells by the store-brand share of their spend and the tercile of it, subcategories included", async () => {
    const m = await matrix(admin);
    expect(m.buyers).toBe(15);
    expect(m.cells).toHaveLength(9);
    const counts = Object.fromEntries(m.cells.map((c) => [`${c.brandPreference}/${c.usage}`, c.customers]));
    expect(counts).toEqual({
      "STORE_BRAND/HEAVY": 0,
      "STORE_BRAND/MEDIUM": 3,
      "STORE_BRAND/LIGHT": 5,
      "MIXED/HEAVY": 1,
      "MIXED/MEDIUM": 2,
      "MIXED/LIGHT": 0,
      "NATIONAL_BRAND/HEAVY": 4,
      "NATIONAL_BRAND/MEDIUM": 0,
      "NATIONAL_BRAND/LIGHT": 0,
    });
    expect(cell(m, "STORE_BRAND", "LIGHT")).toMatchObject({ suppressed: false, units: 5, revenue: [{ amountMinor: 15_000, currency: "CNY" }] });
    expect(cell(m, "MIXED", "MEDIUM")).toMatchObject({ units: 4, revenue: [{ amountMinor: 19_000 }] });
  });

  it("shows a supplier the same matrix with cells under five buyers suppressed, and no customer", async () => {
    const m = await matrix(supplier);
    expect(m.buyers).toBe(15);
    expect(cell(m, "STORE_BRAND", "LIGHT")).toMatchObject({ suppressed: false, customers: 5 });
    expect(cell(m, "NATIONAL_BRAND", "HEAVY")).toEqual({ brandPreference: "NATIONAL_BRAND", usage: "HEAVY", suppressed: true, customers: null, units: null, revenue: null });
    expect(JSON.stringify(m)).not.toMatch(/Customer:|Q3VzdG9tZXI/);
  });

  it("refuses other roles, a malformed category id and a period the wrong way round", async () => {
    const dealer = await platform().token({ role: "DEALER", sub: "d", dealerId: "0190a000-0000-7000-8000-000000000001" });
    expect(firstError((await platform().gql(CategoryMatrixQuery, { input: { categoryId, period: MARCH } }, dealer)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(CategoryMatrixQuery, { input: { categoryId: "nope" } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.categoryId" });
    const backwards = { from: MARCH.to, to: MARCH.from };
    expect(firstError((await platform().gql(CategoryMatrixQuery, { input: { categoryId, period: backwards } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.period" });
  });
});
