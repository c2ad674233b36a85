import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";

export enum MatchRule {
  NEW = "NEW",
  EXACT = "EXACT",
  EXACT_NORMALIZED = "EXACT_NORMALIZED",
  FUZZY = "FUZZY",
  MANUAL = "MANUAL",
}
registerEnumType(MatchRule, { name: "MatchRule", description: "How a source record was linked to the profile." });

@ObjectType({ description: "The customer as one source system knows them: the source, its own id, and how it was linked." })
export class SourceIdentity {
  customerDbId!: string;

  @Field(() => String, { description: "e.g. webshop, hotline, dealer-sh-01." })
  source!: string;

  @Field(() => String, { description: "The id in that source." })
  sourceId!: string;

  @Field(() => MatchRule)
  rule!: MatchRule;

  @Field(() => Float, { description: "0..1" })
  confidence!: number;

  @Field(() => DateTime)
  linkedAt!: Date;
}
