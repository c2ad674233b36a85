import { makeCase } from "../../support/factories.js";
import { caseIn, fresh, g, orderOfA, type MatrixRow } from "./world.js";

/** Accounts, interactions, cases, reviews and surveys. */
export const ENGAGEMENT_ROWS: Record<string, MatrixRow> = {
  "Mutation.registerCustomer": {
    query: "mutation ($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token } }",
    variables: () => ({ input: { email: `matrix.${fresh()}@example.com`, givenName: "Ma", familyName: "Trix", password: "correct horse battery staple" } }),
    expected: { others: "some" },
  },
  "Mutation.login": {
    query: "mutation ($input: LoginInput!) { login(input: $input) { token } }",
    variables: () => ({ input: { email: "nobody@example.com", password: "wrong password!" } }),
    expected: { others: "UNAUTHENTICATED" },
  },
  "Mutation.issuePasswordReset": {
    query: "mutation ($input: IssuePasswordResetInput!) { issuePasswordReset(input: $input) { expiresAt } }",
    variables: (w) => ({ input: { customerId: g("Customer", w.customerA) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.resetPassword": {
    query: "mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }",
    variables: () => ({ input: { token: "not-a-reset-token", newPassword: "another long password" } }),
    expected: { others: "BAD_USER_INPUT" },
  },
  "Mutation.logInteraction": {
    query: "mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id } } }",
    variables: (w) => ({ input: { customerId: g("Customer", w.customerA), channel: "PHONE", direction: "INBOUND", type: "INQUIRY", subject: "Matrix" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.openCase": {
    query: "mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }",
    variables: (w) => ({ input: { customerId: g("Customer", w.customerA), kind: "COMPLAINT", subject: "Matrix" } }),
    // A customer opens their own case; another customer's is not found.
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.assignCase": {
    query: "mutation ($input: CaseActionInput!) { assignCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "OPEN"), text: "agent.matrix" } }),
    // The dealer a complaint is against takes it on.
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.commentOnCase": {
    query: "mutation ($input: CaseActionInput!) { commentOnCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "OPEN"), text: "A comment" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.resolveCase": {
    query: "mutation ($input: CaseActionInput!) { resolveCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "IN_PROGRESS"), text: "Resolved" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.reopenCase": {
    query: "mutation ($input: CaseActionInput!) { reopenCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "RESOLVED") } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.closeCase": {
    query: "mutation ($input: CaseActionInput!) { closeCase(input: $input) { case { id } } }",
    variables: async (w) => ({ input: { caseId: await caseIn(w, "RESOLVED") } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  // The customer rates their own closed case, once.
  "Mutation.rateCase": {
    query: "mutation ($input: RateCaseInput!) { rateCase(input: $input) { surveyResponse { id } } }",
    variables: async (w) => ({ input: { caseId: g("Case", (await makeCase(w.db, w.customerA, { status: "CLOSED", againstDealerId: w.dealerA })).id), score: 4 } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  // A shown review is public: another customer may mark it helpful, its author may not.
  "Mutation.markReviewHelpful": {
    query: "mutation ($input: MarkReviewHelpfulInput!) { markReviewHelpful(input: $input) { review { id helpfulCount } } }",
    variables: (w) => ({ input: { reviewId: g("ProductReview", w.reviewA) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", CUSTOMER_A: "BAD_USER_INPUT", CUSTOMER_B: "some", others: "FORBIDDEN" },
  },
  // A change of A's case (against dealer A), made while everyone listens, reaches only those who see the case.
  "Subscription.caseUpdated": {
    query: "subscription { caseUpdated { id } }",
    whileSubscribed: async (w, asAdmin) => {
      await asAdmin("mutation ($input: CaseActionInput!) { commentOnCase(input: $input) { case { id } } }", { input: { caseId: g("Case", w.caseA), text: "Matrix ping" } });
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", CUSTOMER_A: "A", DEALER_B: "none", CUSTOMER_B: "none", others: "FORBIDDEN" },
  },
  // Only the customer who received the product reviews it; staff moderate.
  "Mutation.writeReview": {
    query: "mutation ($input: WriteReviewInput!) { writeReview(input: $input) { review { id } } }",
    variables: async (w) => ({ input: { orderLineId: (await orderOfA(w, "DELIVERED")).line, stars: 5, body: "Matrix" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.editReview": {
    query: "mutation ($input: EditReviewInput!) { editReview(input: $input) { review { id } } }",
    variables: (w) => ({ input: { reviewId: g("Review", w.reviewA), stars: 3 } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.moderateReview": {
    query: "mutation ($input: ModerateReviewInput!) { moderateReview(input: $input) { review { id } } }",
    variables: (w) => ({ input: { reviewId: g("Review", w.reviewA), hidden: false } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.answerSurvey": {
    query: "mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { surveyResponse { id } } }",
    variables: async (w) => ({
      input: { orderId: (await orderOfA(w, "DELIVERED")).order, overallSatisfaction: 5, deliveryRating: 4, intendsToBuyWithin3Months: false, wouldRecommend: 9 },
    }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
};
