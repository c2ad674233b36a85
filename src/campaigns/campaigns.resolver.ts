import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { createCampaign, listCampaigns, previewCampaign, sendCampaign } from "./campaigns.service.js";
import { Campaign, CampaignConnection, CampaignInput, CampaignPayload, CampaignPreview, SendCampaignInput } from "./campaigns.types.js";

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => CampaignPayload, {
    description: "Create a campaign (a DRAFT): staff to any customer, a dealer to its own customers only. The template is checked now: an unknown field is BAD_USER_INPUT naming input.body or input.subject.",
  })
  createCampaign(@Ctx() ctx: Context, @Arg("input", () => CampaignInput) input: CampaignInput) {
    return createCampaign(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Query(() => CampaignPreview, { description: "What sending the campaign now would do: the audience, the count after every send-time check, and a few rendered messages. Nothing is written." })
  previewCampaign(@Ctx() ctx: Context, @Arg("input", () => CampaignInput) input: CampaignInput) {
    return previewCampaign(ctx.db, ctx.principal, input, ctx.shared.campaignSettings);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => CampaignPayload, {
    description: "Send a DRAFT: its audience is resolved now and each message decided and handed to the gateway by jobs on the queue. A birthday campaign becomes ACTIVE and is sent every day. CONFLICT when sent already.",
  })
  sendCampaign(@Ctx() ctx: Context, @Arg("input", () => SendCampaignInput) input: SendCampaignInput) {
    return sendCampaign(ctx.db, ctx.principal, input, ctx.shared.campaigns, ctx.shared.campaignSettings);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Query(() => CampaignConnection, { description: "Campaigns newest first, with their counts: staff all, a dealer its own." })
  campaigns(@Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return listCampaigns(ctx.db, ctx.principal, page);
  }
}
