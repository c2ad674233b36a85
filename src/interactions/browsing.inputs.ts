import { Field, ID, InputType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";

@InputType({ description: "A product on a customer's wishlist or in their browsing history." })
export class CustomerProductInput {
  @Field(() => ID, { nullable: true, description: "The customer; a customer may leave it out (their own). Staff must give it." })
  customerId?: string | null;

  @Field(() => ID)
  productId!: string;
}

@InputType({ description: "A product page the customer viewed." })
export class RecordProductViewInput {
  @Field(() => ID, { nullable: true, description: "The customer; a customer may leave it out (their own). Staff must give it." })
  customerId?: string | null;

  @Field(() => ID)
  productId!: string;

  @Field(() => DateTime, { nullable: true, description: "Default: now; not in the future." })
  viewedAt?: Date | null;
}
