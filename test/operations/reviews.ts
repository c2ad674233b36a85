import { graphql } from "../generated/index.js";

export const WriteReview = graphql(`
  mutation WriteReview($input: WriteReviewInput!) { writeReview(input: $input) { review { id stars title body product { id } } } }
`);
export const EditReview = graphql(`
  mutation EditReview($input: EditReviewInput!) { editReview(input: $input) { review { id stars title body } } }
`);
export const AnswerSurvey = graphql(`
  mutation AnswerSurvey($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) { surveyResponse { id overallSatisfaction deliveryRating intendsToBuyWithin3Months wouldRecommend comment } }
  }
`);
export const CustomerFeedback = graphql(`
  query CustomerFeedback($id: ID!) {
    customer(id: $id) {
      reviews(first: 20) { totalCount edges { node { id stars body product { id } } } }
      surveyResponses { overallSatisfaction wouldRecommend }
      wishlist { product { id } }
      recentlyViewed { product { id } viewedAt }
    }
  }
`);

export const AddToWishlist = graphql(`mutation AddToWishlist($input: CustomerProductInput!) { addToWishlist(input: $input) { customer { id } } }`);
export const RemoveFromWishlist = graphql(`mutation RemoveFromWishlist($input: CustomerProductInput!) { removeFromWishlist(input: $input) { customer { id } } }`);
export const RecordProductView = graphql(`
  mutation RecordProductView($input: RecordProductViewInput!) { recordProductView(input: $input) { customer { recentlyViewed { product { id } } } } }
`);

export const ModerateReview = graphql(`
  mutation ModerateReview($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id hiddenAt moderationNote body } } }
`);
