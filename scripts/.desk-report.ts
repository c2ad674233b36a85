import "reflect-metadata";
import { openDatabase } from "../src/db/client.js";
import { supplierSalesReport } from "../src/analytics/supplier-report.service.js";
import { demoPrincipals } from "../src/seed/demo-principals.js";
const h = await openDatabase({ url: process.env.DATABASE_URL });
const ps = await demoPrincipals(h.db);
const s = ps.find((p) => p.claims.role === "SUPPLIER")!;
console.log(s.label);
for (const groupBy of [[], ["REGION"], ["MONTH"], ["PRODUCT"], ["MONTH", "PRODUCT"]]) {
  const r = await supplierSalesReport(h.db, { role: "SUPPLIER", subject: "x", supplierId: (s.claims as any).supplierId }, { groupBy } as any);
  console.log(groupBy.join(","), r.rows.length, r.suppressedGroups, r.totalUnits);
}
await h.close();
