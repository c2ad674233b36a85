import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { CaseActionInput, CasePayload, InteractionPayload, LogInteractionInput, OpenCaseInput } from "./engagement.inputs.js";
import { changeCase, logInteraction, openCase } from "./engagement.service.js";

@Resolver()
export class EngagementResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => InteractionPayload, { description: "Log a call, email, visit, message or campaign; outbound campaigns need the customer's marketing consent for the channel." })
  logInteraction(@Ctx() ctx: Context, @Arg("input", () => LogInteractionInput) input: LogInteractionInput) {
    return logInteraction(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => CasePayload, { description: "Open a case; its due time follows the service level of its priority." })
  openCase(@Ctx() ctx: Context, @Arg("input", () => OpenCaseInput) input: OpenCaseInput) {
    return openCase(ctx.db, ctx.principal, input, ctx.shared.caseSlaHours);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => CasePayload, { description: "Assign a case (text: the assignee); it is then in progress." })
  assignCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "assign", input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => CasePayload, { description: "Comment on a case (text); the dealer a complaint is against may answer this way." })
  commentOnCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "comment", input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => CasePayload, { description: "Resolve a case with a resolution (text)." })
  resolveCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "resolve", input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => CasePayload, { description: "Reopen a resolved or closed case." })
  reopenCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "reopen", input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => CasePayload, { description: "Close a resolved case." })
  closeCase(@Ctx() ctx: Context, @Arg("input", () => CaseActionInput) input: CaseActionInput) {
    return changeCase(ctx.db, ctx.principal, "close", input);
  }
}
