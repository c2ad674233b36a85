import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { brandKind } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { Connection } from "../graphql/connection.js";
import { Money } from "../graphql/money.js";
import { Node } from "../graphql/node.js";
import { DateTime } from "../graphql/scalars.js";
import { SortDirection } from "../graphql/sort.js";

export const BrandKind = enumOf(brandKind, {
  name: "BrandKind",
  description: "Whose brand a product carries.",
  valuesConfig: {
    NATIONAL: { description: "The maker's own brand." },
    STORE: { description: "Sold under the platform owner's label (Meridian Select)." },
  },
});
export type BrandKind = EnumValue<typeof BrandKind>;

@ObjectType({ implements: Node, description: "A node of the product category tree." })
export class ProductCategory extends Node {
  dbId!: string;
  parentDbId!: string | null;

  @Field(() => String, { description: "Stable URL-friendly key, unique, e.g. brakes." })
  slug!: string;

  @Field(() => String, { description: "Display name of the category." })
  name!: string;

  @Field(() => Int, { nullable: true, description: "Days after delivery within which a return is accepted; null: the platform default." })
  returnWindowDays!: number | null;
}

@ObjectType({ implements: Node, description: "A product of the catalog: a part, an accessory or merchandise." })
export class Product extends Node {
  dbId!: string;
  categoryDbId!: string;
  supplierDbId!: string;

  @Field(() => String, { description: "Stock-keeping unit, unique." })
  sku!: string;

  @Field(() => String, { nullable: true, description: "The EAN/GTIN printed on the package, unique; imported order lines may name the product by it. Null when unknown." })
  ean!: string | null;

  @Field(() => String, { description: "Display name of the product." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Longer marketing text; null when the catalog has none." })
  description!: string | null;

  @Field(() => String, { description: "The brand printed on the product, e.g. Bosch or Meridian Select." })
  brand!: string;

  @Field(() => BrandKind, { description: "Whether the brand is the maker's own or the platform owner's store label." })
  brandKind!: BrandKind;

  @Field(() => Money, { description: "Current list price." })
  price!: Money;

  @Field(() => Boolean, { description: "Offered for sale now." })
  active!: boolean;

  @Field(() => DateTime, { nullable: true, description: "When it can leave the warehouse; null: in stock now." })
  availableFrom!: Date | null;
}

export const ProductConnection = Connection(Product, "Product");

export enum ProductOrderField {
  NAME = "NAME",
  PRICE = "PRICE",
  CREATED_AT = "CREATED_AT",
  RATING = "RATING",
  POPULARITY = "POPULARITY",
}
registerEnumType(ProductOrderField, {
  name: "ProductOrderField",
  description: "What products are sorted by.",
  valuesConfig: {
    NAME: { description: "The product's name, alphabetically." },
    PRICE: { description: "The current catalog price." },
    CREATED_AT: { description: "When the product was added to the catalog." },
    RATING: { description: "Average stars of its shown reviews; a product without one counts as 0 (last when DESC)." },
    POPULARITY: { description: "Units sold in the last 30 days, cancelled orders left out (0 when none)." },
  },
});

@InputType({ description: "How to sort products." })
export class ProductOrder {
  @Field(() => ProductOrderField)
  field!: ProductOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType({ description: "Filters for products; all given conditions must hold." })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: "Part of the name, SKU or brand, case-insensitive." })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Category id; includes its sub-categories." })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "Supplier id." })
  supplierId?: string | null;

  @Field(() => BrandKind, { nullable: true })
  brandKind?: BrandKind | null;

  @Field(() => Int, { nullable: true, description: "Lowest price in minor units." })
  minPriceMinor?: number | null;

  @Field(() => Int, { nullable: true, description: "Highest price in minor units." })
  maxPriceMinor?: number | null;
}
