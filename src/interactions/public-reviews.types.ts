import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { reviewerShownAs } from "../db/schema/index.js";
import { Connection } from "../graphql/connection.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime } from "../graphql/scalars.js";

export const ReviewerShownAs = enumOf(reviewerShownAs, {
  name: "ReviewerShownAs",
  description: "How a public review names its author, as the author chose.",
  valuesConfig: {
    DISPLAY_NAME: { description: "The author's display name." },
    INITIALS: { description: "Only the initials of the display name (Mei Lin: M. L.). The default." },
  },
});
export type ReviewerShownAs = EnumValue<typeof ReviewerShownAs>;

@ObjectType({ description: "A review as shoppers read it: shown reviews only, the author only as they chose to be named, never their contact data." })
export class PublicReview {
  productDbId!: string;

  @Field(() => ID, { description: "Global id of the public review (type ProductReview; what markReviewHelpful takes), not the author's Review id, which only they and staff read." })
  id!: string;

  @Field(() => Int, { description: "1 to 5." })
  stars!: number;

  @Field(() => String, { nullable: true, description: "Short headline written by the customer." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "The review text; null once its author was erased." })
  body!: string | null;

  @Field(() => String, { description: "The author: display name or initials as they chose; 'Former customer' after erasure." })
  reviewer!: string;

  @Field(() => Int, { description: "How many customers marked it helpful (markReviewHelpful)." })
  helpfulCount!: number;

  @Field(() => DateTime, { description: "When the review was written." })
  createdAt!: Date;
}

export const PublicReviewConnection = Connection(PublicReview, "PublicReview");

@ObjectType({ description: "A product's rating over its shown reviews (hidden ones do not count)." })
export class ProductRating {
  productDbId!: string;

  @Field(() => Float, { nullable: true, description: "Mean stars, two decimals; null while no review is shown." })
  average!: number | null;

  @Field(() => Int, { description: "How many shown reviews." })
  count!: number;

  @Field(() => [Int], { description: "Shown reviews per star: five numbers, for 1, 2, 3, 4 and 5 stars." })
  distribution!: number[];
}

export enum ReviewOrder {
  NEWEST = "NEWEST",
  MOST_HELPFUL = "MOST_HELPFUL",
}
registerEnumType(ReviewOrder, {
  name: "ReviewOrder",
  description: "How a product's reviews are sorted.",
  valuesConfig: {
    NEWEST: { description: "Newest first (the default)." },
    MOST_HELPFUL: { description: "Most marked helpful first; among equals, newest first." },
  },
});
