import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { communicationMatrix, updateCommunicationMatrix } from "./communication-rules.service.js";
import { CommunicationRule, UpdateCommunicationMatrixInput } from "./communication-rules.types.js";

@Resolver(() => CommunicationRule)
export class CommunicationRulesResolver {
  @Authorized("ADMIN", "AGENT")
  @Query(() => [CommunicationRule], { description: "The communication matrix in force: which kinds of message each tier, new and lapsed customers may get. Staff only." })
  communicationMatrix(@Ctx() ctx: Context) {
    return communicationMatrix(ctx.db, ctx.principal);
  }

  @Authorized("ADMIN")
  @Mutation(() => [CommunicationRule], {
    description:
      "Change the kinds of message some audiences may get; every Customer.communicationPlan follows at once. A service reminder or recall in a row, or an audience given twice, is BAD_USER_INPUT naming the field. Administrators only; audited.",
  })
  updateCommunicationMatrix(@Ctx() ctx: Context, @Arg("input", () => UpdateCommunicationMatrixInput) input: UpdateCommunicationMatrixInput) {
    return updateCommunicationMatrix(ctx.db, ctx.principal, input);
  }
}
