import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Review, SurveyResponse } from "./interactions.types.js";
import { PublicReview, ReviewerShownAs } from "./public-reviews.types.js";

@InputType({ description: "A review of a product the customer received, tied to the order line it came with." })
export class WriteReviewInput {
  @Field(() => ID, { description: "The order line (of a delivered order or a delivered parcel) the product came with." })
  orderLineId!: string;

  @Field(() => Int, { description: "1 to 5." })
  stars!: number;

  @Field(() => String, { nullable: true, description: "Up to 200 characters." })
  title?: string | null;

  @Field(() => String, { description: "1 to 5,000 characters." })
  body!: string;

  @Field(() => ReviewerShownAs, { nullable: true, description: "How shoppers see you named: display name or initials (the default)." })
  shownAs?: ReviewerShownAs | null;
}

@InputType({ description: "Changes to one's own review; a field left out stays as it is." })
export class EditReviewInput {
  @Field(() => ID)
  reviewId!: string;

  @Field(() => Int, { nullable: true })
  stars?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => ReviewerShownAs, { nullable: true, description: "How shoppers see you named." })
  shownAs?: ReviewerShownAs | null;
}

@InputType({ description: "A customer marks a shown review helpful; once per review, not their own." })
export class MarkReviewHelpfulInput {
  @Field(() => ID, { description: "PublicReview.id (Product.reviews)." })
  reviewId!: string;
}

@ObjectType({ description: "The review as shoppers now see it." })
export class PublicReviewPayload {
  @Field(() => PublicReview, { description: "The review with its new helpful count." })
  review!: PublicReview;
}

@InputType({ description: "Staff moderation: hide a review from public display, or show it again." })
export class ModerateReviewInput {
  @Field(() => ID)
  reviewId!: string;

  @Field(() => Boolean, { description: "true hides it, false shows it again." })
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: "Why; up to 500 characters." })
  note?: string | null;
}

@InputType({ description: "The satisfaction survey after a delivery." })
export class AnswerSurveyInput {
  @Field(() => ID, { description: "A delivered order of yours." })
  orderId!: string;

  @Field(() => Int, { description: "Overall satisfaction, 1 to 5." })
  overallSatisfaction!: number;

  @Field(() => Int, { description: "The delivery, 1 to 5." })
  deliveryRating!: number;

  @Field(() => Boolean, { description: "Do you intend to buy again within three months?" })
  intendsToBuyWithin3Months!: boolean;

  @Field(() => Int, { description: "How likely you would recommend us, 0 to 10." })
  wouldRecommend!: number;

  @Field(() => String, { nullable: true, description: "Up to 2,000 characters." })
  comment?: string | null;
}

@ObjectType({ description: "The review after the change." })
export class ReviewPayload {
  @Field(() => Review, { description: "The review after the change." })
  review!: Review;
}

@ObjectType({ description: "The survey answer as recorded." })
export class SurveyResponsePayload {
  @Field(() => SurveyResponse, { description: "The stored answer." })
  surveyResponse!: SurveyResponse;
}
