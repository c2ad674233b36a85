import { expect, it } from "vitest";
import { demoPrincipals } from "../../src/seed/demo-principals.js";
import { seedDatabase } from "../../src/seed/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { SupplierPortal } from "../operations/public-reviews.js";
import { describePlatform } from "../support/suite.js";

describePlatform("the demo supplier's portal", (platform) => {
  it("lists only its products by the supplier filter, and its sales report by region has rows", async () => {
    const { db } = platform().database;
    // The size npm start seeds: its banner's supplier must have something to show.
    await seedDatabase(db, { customers: 200, seed: 7, now: new Date() });
    const supplier = (await demoPrincipals(db)).find((p) => p.claims.role === "SUPPLIER")!;
    const supplierId = (supplier.claims as { supplierId: string }).supplierId;
    const portal = await platform().data(SupplierPortal, { supplierId: toGlobalId("Supplier", supplierId) }, await platform().token(supplier.claims));
    expect(portal.products.totalCount).toBeGreaterThan(0);
    expect(new Set(portal.products.edges.map((e) => e.node.supplier?.id))).toEqual(new Set([toGlobalId("Supplier", supplierId)]));
    expect(portal.supplierSalesReport.totalUnits).toBeGreaterThan(0);
    expect(portal.supplierSalesReport.rows.length).toBeGreaterThan(0);
    expect(portal.supplierSalesReport.rows.every((r) => r.customerCount >= 5)).toBe(true);
  });
});
