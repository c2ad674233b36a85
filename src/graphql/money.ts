import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "An amount in integer minor units (fen for CNY) with its ISO-4217 currency." })
export class Money {
  @Field(() => Int, { description: "Amount in minor units, e.g. 12999 = 129.99 CNY." })
  amountMinor!: number;

  @Field(() => String, { description: "ISO-4217 currency code." })
  currency!: string;
}

export const money = (amountMinor: number, currency: string): Money =>
  Object.assign(new Money(), { amountMinor, currency });
