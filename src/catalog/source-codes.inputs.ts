import { Field, InputType, Int, ObjectType } from "type-graphql";

@InputType({ description: "One of a source system's product codes and the catalog product it stands for." })
export class SourceProductCodeInput {
  @Field(() => String, { description: "The source's own code (a dealer's part number)." })
  code!: string;

  @Field(() => String, { description: "The catalog SKU it stands for." })
  sku!: string;
}

@InputType({ description: "Product codes of one source system." })
export class MapSourceProductCodesInput {
  @Field(() => String, { description: "The source system, e.g. dealer-sh-01 (a dealer maps only its own system's codes)." })
  source!: string;

  @Field(() => [SourceProductCodeInput], { description: "The codes and their SKUs; a code mapped before moves to the new SKU." })
  codes!: SourceProductCodeInput[];
}

@ObjectType({ description: "A code that was not mapped, and why." })
export class RejectedProductCode {
  @Field(() => Int, { description: "Position in codes (from 0)." })
  index!: number;

  @Field(() => String, { description: "BAD_USER_INPUT, or NOT_FOUND for an unknown SKU." })
  code!: string;

  @Field(() => String, { description: "The input field at fault, e.g. input.codes.2.sku." })
  field!: string;

  @Field(() => String, { description: "What is wrong, for people." })
  message!: string;
}

@ObjectType({ description: "How many codes were mapped, and which were not." })
export class MapSourceProductCodesPayload {
  @Field(() => Int, { description: "Codes now mapped to their product." })
  mapped!: number;

  @Field(() => [RejectedProductCode], { description: "Codes left unmapped, with code and field; the others are unaffected." })
  rejected!: RejectedProductCode[];
}
