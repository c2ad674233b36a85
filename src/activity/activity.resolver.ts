import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { trackEvents, TRACK_BATCH } from "./activity.service.js";
import { TrackEventInput, TrackEventsPayload } from "./activity.types.js";

@Resolver()
export class ActivityResolver {
  @Mutation(() => TrackEventsPayload, {
    description: `Report what visitors did in a web or mobile app, ${TRACK_BATCH.min}–${TRACK_BATCH.max} events per call, all or nothing (a fault names the event: events.3.productId). A signed-in customer's events land on their profile; without a token each event gives the app's anonymousId (rate limited per address, THROTTLED beyond) and joins a profile when the visitor registers or signs in with it. Staff may send events for any customer; dealers, suppliers and couriers may not. Idempotent by the event id. Events are kept for ACTIVITY_RETENTION_DAYS.`,
  })
  trackEvents(@Ctx() ctx: Context, @Arg("events", () => [TrackEventInput], { description: "The events, oldest first or in any order." }) events: TrackEventInput[]) {
    return trackEvents(ctx.db, ctx.principal, events, {
      anonymousEvents: ctx.shared.anonymousEvents,
      clientAddress: ctx.clientAddress,
      retentionDays: ctx.shared.activityRetentionDays,
    });
  }
}
