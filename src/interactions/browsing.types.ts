import { Field, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";

@ObjectType({ description: "A product on the customer's wishlist." })
export class WishlistItem {
  customerDbId!: string;
  productDbId!: string;

  @Field(() => DateTime, { description: "When the customer put the product on the wishlist." })
  addedAt!: Date;
}

@ObjectType({ description: "A product the customer looked at, with the last time they did." })
export class ProductView {
  customerDbId!: string;
  productDbId!: string;

  @Field(() => DateTime, { description: "When the customer last viewed the product." })
  viewedAt!: Date;
}
