import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { categoryMatrix } from "./category-matrix.service.js";
import { CategoryMatrix, CategoryMatrixInput } from "./category-matrix.types.js";
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

@Resolver()
export class CategoryMatrixResolver {
  @Authorized("ADMIN", "AGENT", "SUPPLIER")
  @Query(() => CategoryMatrix, {
    description:
      "A category's buyers in 9 cells: brand preference (store-brand share of their spend) × usage (tercile of their spend among the category's buyers), with buyers, units and revenue per cell. Staff: every cell; suppliers: cells under 5 buyers suppressed. No customer is named.",
  })
  categoryMatrix(@Ctx() ctx: Context, @Arg("input", () => CategoryMatrixInput) input: CategoryMatrixInput) {
    return categoryMatrix(ctx.db, ctx.principal, input);
  }
}
