import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { supplierSalesReport } from "./supplier-report.service.js";
import { SupplierSalesFilter, SupplierSalesReport } from "./supplier-report.types.js";

@Resolver()
export class SupplierReportResolver {
  @Authorized("SUPPLIER", "ADMIN")
  @Query(() => SupplierSalesReport, {
    description: "De-identified sales of a supplier's own products (units, revenue, returns, rating, customer count), groups under 5 customers suppressed. Suppliers: their own; ADMIN: any.",
  })
  supplierSalesReport(@Ctx() ctx: Context, @Arg("filter", () => SupplierSalesFilter) filter: SupplierSalesFilter) {
    return supplierSalesReport(ctx.db, ctx.principal, filter);
  }
}
