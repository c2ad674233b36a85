import { Arg, Authorized, Ctx, ID, Mutation, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { caseUpdates } from "./case-stream.js";
import { CaseActionInput, CasePayload, InteractionPayload, LogInteractionInput, OpenCaseInput, RateCaseInput, RateCasePayload } from "./engagement.inputs.js";
import { changeCase, logInteraction, openCase, rateCase } from "./engagement.service.js";
import { Case } from "./interactions.types.js";

@Resolver()
export class EngagementResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => InteractionPayload, { description: "Log a call, email, visit, message or campaign; outbound campaigns need the customer's marketing consent for the channel." })
  logInteraction(@Ctx() ctx: Context, @Arg("input", () => LogInteractionInput) input: LogInteractionInput) {
    return logInteraction(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CasePayload, {
    description: "Open a case (staff for any customer, a customer for themself, against the maker or a dealer); its due time follows the service level of its priority.",
  })
  openCase(@Ctx() ctx: Context, @Arg("input", () => OpenCaseInput) input: OpenCaseInput) {
    return openCase(ctx.db, ctx.principal, input, ctx.shared.caseSlaHours);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => CasePayload, { description: "Take a case on (text: the assignee); it is then in progress. Staff, or the dealer a complaint is against." })
  assignCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "assign", input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER", "CUSTOMER")
  @Mutation(() => CasePayload, {
    description: "Comment on a case (text): staff, the dealer a complaint is against, or the customer on their own case; staff may write an internal note. An answer notifies the customer.",
  })
  commentOnCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "comment", input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => CasePayload, { description: "Resolve a case with a resolution (text); the customer is notified." })
  resolveCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "resolve", input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => CasePayload, { description: "Reopen a resolved or closed case." })
  reopenCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "reopen", input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => CasePayload, { description: "Close a resolved case; the customer is asked for their satisfaction (rateCase)." })
  closeCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "close", input);
  }

  @Authorized("CUSTOMER")
  @Mutation(() => RateCasePayload, { description: "The customer rates their closed case (CSAT, 1 to 5), once; stored as a survey response." })
  rateCase(@Ctx() ctx: Context, @Arg("input", () => RateCaseInput) input: RateCaseInput) {
    return rateCase(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER", "CUSTOMER")
  @Subscription(() => Case, {
    description:
      "Cases as they change (opened, commented, assigned, resolved, closed, reopened), sent after the change commits: a customer's own, a dealer's complaints against it, every case for staff; `caseId` follows one. Changes made while the server's database connection was away are not repeated: read the case again.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const caseId = (args as { caseId?: string | null }).caseId;
      return caseUpdates(ctx.db, ctx.principal, ctx.shared.caseNotices, caseId ? expectGlobalId(caseId, "Case", "caseId") : null);
    },
  })
  caseUpdated(@Root() updated: Case, @Arg("caseId", () => ID, { nullable: true, description: "Only this case." }) _caseId?: string): Case {
    return updated;
  }
}
