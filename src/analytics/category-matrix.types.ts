import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../graphql/money.js";
import { DateTime } from "../graphql/scalars.js";
import { ReportPeriod } from "./supplier-report.types.js";

export enum BrandPreference {
  STORE_BRAND = "STORE_BRAND",
  MIXED = "MIXED",
  NATIONAL_BRAND = "NATIONAL_BRAND",
}
registerEnumType(BrandPreference, {
  name: "BrandPreference",
  description: "A buyer's brand preference in a category, from the store-brand share of their spend there.",
  valuesConfig: {
    STORE_BRAND: { description: "Two thirds or more of the spend on store brands." },
    MIXED: { description: "Between one and two thirds on store brands." },
    NATIONAL_BRAND: { description: "A third or less on store brands." },
  },
});

export enum CategoryUsage {
  HEAVY = "HEAVY",
  MEDIUM = "MEDIUM",
  LIGHT = "LIGHT",
}
registerEnumType(CategoryUsage, {
  name: "CategoryUsage",
  description: "A buyer's usage of a category: the tercile of their spend there among the category's buyers in the period.",
  valuesConfig: {
    HEAVY: { description: "The top third by spend." },
    MEDIUM: { description: "The middle third." },
    LIGHT: { description: "The bottom third." },
  },
});

@InputType({ description: "Which category and period the 9-cell matrix covers." })
export class CategoryMatrixInput {
  @Field(() => ID, { description: "The category; its subcategories count with it." })
  categoryId!: string;

  @Field(() => ReportPeriod, { nullable: true, description: "Orders placed in this span; the last 12 months when absent." })
  period?: ReportPeriod | null;
}

@ObjectType({ description: "One cell of the matrix: the buyers of one brand preference and one usage band." })
export class CategoryMatrixCell {
  @Field(() => BrandPreference, { description: "The buyers' brand preference in the category." })
  brandPreference!: BrandPreference;

  @Field(() => CategoryUsage, { description: "The buyers' usage band: their spend's tercile among the category's buyers." })
  usage!: CategoryUsage;

  @Field(() => Boolean, { description: "True when a supplier asks and the cell has fewer than minimumGroupSize buyers: its figures are left out (null)." })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: "Buyers in the cell; null when suppressed." })
  customers!: number | null;

  @Field(() => Int, { nullable: true, description: "Units they bought in the category; null when suppressed." })
  units!: number | null;

  @Field(() => [Money], { nullable: true, description: "What they spent in the category, per currency; null when suppressed." })
  revenue!: Money[] | null;
}

@ObjectType({ description: "A category's buyers by brand preference × usage: nine cells, each marketed to differently." })
export class CategoryMatrix {
  @Field(() => ID, { description: "The category asked for (its subcategories counted with it)." })
  categoryId!: string;

  @Field(() => DateTime, { description: "Start of the period, inclusive." })
  from!: Date;

  @Field(() => DateTime, { description: "End of the period, exclusive." })
  to!: Date;

  @Field(() => Int, { description: "Buyers in the category and period (suppressed cells included)." })
  buyers!: number;

  @Field(() => Int, { description: "The k of k-anonymity applied for suppliers: cells with fewer buyers are suppressed." })
  minimumGroupSize!: number;

  @Field(() => [CategoryMatrixCell], { description: "All nine cells, store brand first, heavy first." })
  cells!: CategoryMatrixCell[];
}

@ObjectType({ description: "A customer's cell of the category matrix in one top-level category they bought in over the last 12 months." })
export class CustomerCategoryCell {
  @Field(() => ID, { description: "The top-level category (its subcategories counted with it)." })
  categoryId!: string;

  @Field(() => String, { description: "The category's name." })
  categoryName!: string;

  @Field(() => BrandPreference, { description: "The customer's brand preference there, from the store-brand share of their spend." })
  brandPreference!: BrandPreference;

  @Field(() => CategoryUsage, { description: "The tercile of their spend there among all the category's buyers in the period." })
  usage!: CategoryUsage;

  @Field(() => Float, { description: "The store-brand share of their spend there, 0–1 (two places)." })
  storeBrandShare!: number;
}
