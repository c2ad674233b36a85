import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CustomerKind, LoyaltyTier } from "../customers/customers.types.js";
import { Money } from "../graphql/money.js";
import { DateTime } from "../graphql/scalars.js";

export enum SalesDimension {
  MONTH = "MONTH",
  REGION = "REGION",
  CUSTOMER_KIND = "CUSTOMER_KIND",
  TIER = "TIER",
  PRODUCT = "PRODUCT",
}
registerEnumType(SalesDimension, {
  name: "SalesDimension",
  description: "What a supplier's sales report is broken down by.",
  valuesConfig: {
    MONTH: { description: "Calendar month of the order (UTC)." },
    REGION: { description: "Province of the delivery address." },
    CUSTOMER_KIND: { description: "Private, business, fleet or government buyer." },
    TIER: { description: "The buyer's loyalty tier." },
    PRODUCT: { description: "The product (SKU)." },
  },
});

@InputType({ description: "A time span: from (inclusive) to (exclusive)." })
export class ReportPeriod {
  @Field(() => DateTime)
  from!: Date;

  @Field(() => DateTime)
  to!: Date;
}

@InputType({ description: "Which sales a supplier report covers and how it is broken down." })
export class SupplierSalesFilter {
  @Field(() => ID, { nullable: true, description: "The supplier; a supplier's own by default, required for ADMIN." })
  supplierId?: string | null;

  @Field(() => ReportPeriod, { nullable: true, description: "Orders placed in this span; the last 12 months when absent." })
  period?: ReportPeriod | null;

  @Field(() => [SalesDimension], { nullable: true, description: "Breakdown; none gives one row with the totals." })
  groupBy?: SalesDimension[] | null;
}

@ObjectType({ description: "Sales of one group of a supplier's products to at least k distinct customers; no customer can be told apart." })
export class SupplierSalesRow {
  @Field(() => String, { nullable: true, description: "Month of the orders, e.g. 2026-03 (UTC), when grouped by MONTH." })
  month!: string | null;

  @Field(() => String, { nullable: true, description: "Province of the delivery address (UNKNOWN for pick-ups), when grouped by REGION." })
  region!: string | null;

  @Field(() => CustomerKind, { nullable: true, description: "Kind of the buying customers, when grouped by CUSTOMER_KIND." })
  customerKind!: CustomerKind | null;

  @Field(() => LoyaltyTier, { nullable: true, description: "The customers' loyalty tier when grouped by TIER (null: not yet tiered)." })
  tier!: LoyaltyTier | null;

  @Field(() => ID, { nullable: true, description: "The supplier's product, when grouped by PRODUCT." })
  productId!: string | null;

  @Field(() => String, { nullable: true, description: "SKU of the product, when grouped by PRODUCT." })
  productSku!: string | null;

  @Field(() => Int, { description: "Units sold." })
  units!: number;

  @Field(() => Money, { description: "Sum of the lines' totals at their snapshot prices (CNY), cancelled orders left out." })
  revenue!: Money;

  @Field(() => Int, { description: "Units of these sales returned." })
  returnedUnits!: number;

  @Field(() => Float, { nullable: true, description: "Average review stars (1–5) of these sales; null without reviews." })
  averageRating!: number | null;

  @Field(() => Int, { description: "Distinct customers (at least k)." })
  customerCount!: number;
}

@ObjectType({ description: "A de-identified sales report for one supplier's products." })
export class SupplierSalesReport {
  @Field(() => ID, { description: "The supplier the report is about (global id)." })
  supplierId!: string;

  @Field(() => DateTime, { description: "Start of the period, inclusive." })
  from!: Date;

  @Field(() => DateTime, { description: "End of the period, exclusive." })
  to!: Date;

  @Field(() => Int, { description: "k: groups with fewer distinct customers are suppressed." })
  minimumGroupSize!: number;

  @Field(() => [SupplierSalesRow], { description: "One row per group of at least minimumGroupSize distinct customers; smaller groups are left out and counted in suppressedGroups." })
  rows!: SupplierSalesRow[];

  @Field(() => Int, { description: "Groups left out because fewer than k customers are in them." })
  suppressedGroups!: number;

  @Field(() => Int, { description: "Units in the suppressed groups: rows plus these make the total." })
  suppressedUnits!: number;

  @Field(() => Int, { description: "Units sold in the period, suppressed groups included." })
  totalUnits!: number;

  @Field(() => [Money], { description: "Revenue in the period per currency, suppressed groups included." })
  totalRevenue!: Money[];
}
