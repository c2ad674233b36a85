import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { traitRulesInForce, updateTraitRules } from "./trait-rules.service.js";
import { TraitRules, UpdateTraitRulesInput, UpdateTraitRulesPayload } from "./trait-rules.types.js";

@Resolver(() => TraitRules)
export class TraitRulesResolver {
  @Authorized("ADMIN", "AGENT")
  @Query(() => TraitRules, { description: "The bands and thresholds the traits, stages and tiers follow now. Staff only." })
  traitRules(@Ctx() ctx: Context) {
    return traitRulesInForce(ctx.db, ctx.principal);
  }

  @Authorized("ADMIN")
  @Mutation(() => UpdateTraitRulesPayload, {
    description:
      "Change the trait rules (only the fields given); every profile's stage and tier are recomputed by them at once. A band list that does not ascend, or tier thresholds out of order, is BAD_USER_INPUT naming the field. Administrators only; audited.",
  })
  updateTraitRules(@Ctx() ctx: Context, @Arg("input", () => UpdateTraitRulesInput) input: UpdateTraitRulesInput) {
    return updateTraitRules(ctx.db, ctx.principal, input);
  }
}
