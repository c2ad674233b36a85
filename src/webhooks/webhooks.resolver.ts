import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints, replayWebhookDelivery, updateWebhookEndpoint } from "./webhooks.service.js";
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  ReplayWebhookDeliveryInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointPayload,
} from "./webhooks.types.js";

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized("ADMIN", "DEALER")
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      "Register an endpoint for platform events (administrators: every customer's; a dealer: only its own customers', orders', parcels' and cases'). Payloads are signed per the Standard Webhooks conventions with the secret answered here.",
  })
  createWebhookEndpoint(@Ctx() ctx: Context, @Arg("input", () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput) {
    return createWebhookEndpoint(ctx.db, ctx.principal, input, ctx.shared.production);
  }

  @Authorized("ADMIN", "DEALER")
  @Mutation(() => WebhookEndpointPayload, { description: "Change an endpoint's URL, event types or note, or disable or re-enable it (its owner, or an administrator)." })
  updateWebhookEndpoint(@Ctx() ctx: Context, @Arg("input", () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput) {
    return updateWebhookEndpoint(ctx.db, ctx.principal, input, ctx.shared.production);
  }

  @Authorized("ADMIN", "DEALER")
  @Mutation(() => DeleteWebhookEndpointPayload, { description: "Delete an endpoint and its delivery log (its owner, or an administrator)." })
  deleteWebhookEndpoint(@Ctx() ctx: Context, @Arg("input", () => DeleteWebhookEndpointInput) input: DeleteWebhookEndpointInput) {
    return deleteWebhookEndpoint(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "DEALER")
  @Query(() => WebhookEndpointConnection, { description: "The webhook endpoints you manage, newest first: an administrator all, a dealer its own." })
  webhookEndpoints(@Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return listWebhookEndpoints(ctx.db, ctx.principal, page);
  }

  @Authorized("ADMIN", "DEALER")
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first: every event sent or to be sent to it, with its attempts." })
  webhookDeliveries(@Ctx() ctx: Context, @Arg("endpointId", () => ID, { description: "The endpoint whose log to read." }) endpointId: string, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return listWebhookDeliveries(ctx.db, ctx.principal, endpointId, page);
  }

  @Authorized("ADMIN", "DEALER")
  @Mutation(() => WebhookDeliveryPayload, { description: "Send a delivery's event to its endpoint again (a new delivery, same webhook-id), whatever became of the first." })
  replayWebhookDelivery(@Ctx() ctx: Context, @Arg("input", () => ReplayWebhookDeliveryInput) input: ReplayWebhookDeliveryInput) {
    return replayWebhookDelivery(ctx.db, ctx.principal, input, ctx.shared.webhooks);
  }
}
