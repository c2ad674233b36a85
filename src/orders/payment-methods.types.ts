import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { cardBrand } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";

export const CardBrand = enumOf(cardBrand, {
  name: "CardBrand",
  description: "The card scheme of a saved card.",
  valuesConfig: {
    VISA: { description: "Visa." },
    MASTERCARD: { description: "Mastercard." },
    UNIONPAY: { description: "China UnionPay." },
    AMEX: { description: "American Express." },
    JCB: { description: "JCB." },
    DISCOVER: { description: "Discover." },
    OTHER: { description: "Any other scheme." },
  },
});
export type CardBrand = EnumValue<typeof CardBrand>;

@ObjectType({
  description:
    "A card saved with the payment provider. The platform keeps only the provider's token (never shown) and what lets the customer recognise the card; never the card number.",
})
export class SavedPaymentMethod {
  dbId!: string;
  customerDbId!: string;

  @Field(() => ID, { description: "Global id; pass it as placeOrder's savedPaymentMethodId." })
  id!: string;

  @Field(() => CardBrand, { description: "The card scheme." })
  brand!: CardBrand;

  @Field(() => String, { description: "The last four digits of the card number." })
  last4!: string;

  @Field(() => Int, { description: "Expiry month, 1–12." })
  expiryMonth!: number;

  @Field(() => Int, { description: "Expiry year, four digits." })
  expiryYear!: number;

  @Field(() => Boolean, { description: "True after the last day of the expiry month (UTC): placeOrder refuses the card." })
  expired!: boolean;

  @Field(() => String, { description: "The payment provider that holds the card (e.g. alipay, stripe, unionpay)." })
  provider!: string;

  @Field(() => Boolean, { description: "The card placeOrder charges when no payment method is given; at most one per customer." })
  isDefault!: boolean;

  @Field(() => DateTime, { description: "When the card was saved." })
  createdAt!: Date;
}

@ObjectType({ description: "The saved card a payment was charged to, as it was then (it stays when the card is removed)." })
export class PaymentCard {
  @Field(() => CardBrand, { description: "The card scheme." })
  brand!: CardBrand;

  @Field(() => String, { description: "The last four digits of the card number." })
  last4!: string;
}

@InputType({ description: "A card the customer's app has tokenised with the payment provider. Never send a card number." })
export class AddPaymentMethodInput {
  @Field(() => CardBrand)
  brand!: CardBrand;

  @Field(() => String, { description: "The last four digits, exactly four." })
  last4!: string;

  @Field(() => Int, { description: "1–12." })
  expiryMonth!: number;

  @Field(() => Int, { description: "Four digits; the card must not have expired." })
  expiryYear!: number;

  @Field(() => String, { description: "The provider's name: lower-case letters, digits, dashes, up to 40 characters." })
  provider!: string;

  @Field(() => String, { description: "The provider's token for the card, up to 200 characters; anything that looks like a card number is refused." })
  providerToken!: string;

  @Field(() => Boolean, { nullable: true, description: "Make it the default card. The first saved card is always the default." })
  makeDefault?: boolean | null;
}

@InputType({ description: "A saved card, by id." })
export class SavedPaymentMethodInput {
  @Field(() => ID)
  paymentMethodId!: string;
}

@ObjectType({ description: "The customer's saved cards after the change, the default first." })
export class PaymentMethodsPayload {
  @Field(() => [SavedPaymentMethod], { description: "Every saved card of the customer, the default first, then newest first." })
  paymentMethods!: SavedPaymentMethod[];
}
