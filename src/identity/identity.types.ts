import { Field, Float, ObjectType } from "type-graphql";
import { matchRule } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";

export const MatchRule = enumOf(matchRule, { name: "MatchRule", description: "How a source record was linked to the profile." });
export type MatchRule = EnumValue<typeof MatchRule>;

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
