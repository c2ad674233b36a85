import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { AnswerSurveyInput, EditReviewInput, MarkReviewHelpfulInput, ModerateReviewInput, PublicReviewPayload, ReviewPayload, SurveyResponsePayload, WriteReviewInput } from "./reviews.inputs.js";
import { answerSurvey, editReview, markReviewHelpful, moderateReview, writeReview } from "./reviews.service.js";

/** What customers say after a delivery: reviews of the products and the satisfaction survey. */
@Resolver()
export class ReviewWritesResolver {
  @Authorized("CUSTOMER")
  @Mutation(() => ReviewPayload, { description: "Review a product you received (1–5 stars and text); one review per order line." })
  writeReview(@Ctx() ctx: Context, @Arg("input", () => WriteReviewInput) input: WriteReviewInput) {
    return writeReview(ctx.db, ctx.principal, input);
  }

  @Authorized("CUSTOMER")
  @Mutation(() => ReviewPayload, { description: "Change your own review." })
  editReview(@Ctx() ctx: Context, @Arg("input", () => EditReviewInput) input: EditReviewInput) {
    return editReview(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => ReviewPayload, { description: "Staff moderation: hide a review from public display, or show it again, with a note." })
  moderateReview(@Ctx() ctx: Context, @Arg("input", () => ModerateReviewInput) input: ModerateReviewInput) {
    return moderateReview(ctx.db, input);
  }

  @Authorized("CUSTOMER")
  @Mutation(() => PublicReviewPayload, { description: "Mark another customer's shown review helpful; once per review (a repeat changes nothing)." })
  markReviewHelpful(@Ctx() ctx: Context, @Arg("input", () => MarkReviewHelpfulInput) input: MarkReviewHelpfulInput) {
    return markReviewHelpful(ctx.db, ctx.principal, input);
  }

  @Authorized("CUSTOMER")
  @Mutation(() => SurveyResponsePayload, { description: "Answer the satisfaction survey of a delivered order of yours; once per order." })
  answerSurvey(@Ctx() ctx: Context, @Arg("input", () => AnswerSurveyInput) input: AnswerSurveyInput) {
    return answerSurvey(ctx.db, ctx.principal, input);
  }
}
