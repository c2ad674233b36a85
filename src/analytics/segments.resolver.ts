import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { Customer, CustomerConnection, CustomerRule } from "../customers/customers.types.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { segmentMembershipStream } from "./segment-stream.js";
import { maySeeSegments } from "./segments.policy.js";
import { createSegment, deleteSegment, listSegments, previewSegment, segmentMembers, updateSegment } from "./segments.service.js";
import { CreateSegmentInput, DeleteSegmentInput, DeleteSegmentPayload, Segment, SegmentMembershipChange, SegmentPreview, UpdateSegmentInput } from "./segments.types.js";

@Resolver(() => Segment)
export class SegmentResolver {
  @Authorized("ADMIN", "AGENT", "DEALER", "SUPPLIER")
  @Query(() => [Segment], {
    description: "Segments by name: staff every one, a dealer its own; a supplier staff's segments with their sizes only (no rule, no members; a size under 5 is null).",
  })
  segments(@Ctx() ctx: Context) {
    return listSegments(ctx.db, ctx.principal);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Query(() => SegmentPreview, { description: "How many customers a rule selects now, and the newest few, before it is saved: staff among all customers, a dealer among its own." })
  previewSegment(@Ctx() ctx: Context, @Arg("rule", () => CustomerRule) rule: CustomerRule) {
    return previewSegment(ctx.db, ctx.principal, rule);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => Segment, {
    description:
      "Save a rule as a named segment; its members are computed at once. A dealer's segment is its own and selects among its own customers. A code in use (per owner) is CONFLICT on input.code; a malformed rule is BAD_USER_INPUT naming the node.",
  })
  createSegment(@Ctx() ctx: Context, @Arg("input", () => CreateSegmentInput) input: CreateSegmentInput) {
    return createSegment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => Segment, { description: "Rename a segment, or change its description or rule (its members are recomputed at once). A dealer changes only its own." })
  updateSegment(@Ctx() ctx: Context, @Arg("input", () => UpdateSegmentInput) input: UpdateSegmentInput) {
    return updateSegment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => DeleteSegmentPayload, { description: "Delete a segment, with its memberships and their history. A dealer deletes only its own." })
  async deleteSegment(@Ctx() ctx: Context, @Arg("input", () => DeleteSegmentInput) input: DeleteSegmentInput) {
    return { segmentId: await deleteSegment(ctx.db, ctx.principal, input.segmentId) };
  }

  @Subscription(() => SegmentMembershipChange, {
    description:
      "Customers entering and leaving segments, as the changes commit: of one segment, or of every segment you may see (staff every one, a dealer its own). For dashboards: there is no resume cursor; after a reconnect, re-read Segment.size and members.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const segmentId = (args as { segmentId?: string | null }).segmentId;
      return segmentMembershipStream(ctx.db, ctx.principal, ctx.shared.segmentNotices, segmentId ? expectGlobalId(segmentId, "Segment", "segmentId") : null);
    },
  })
  segmentMembershipChanged(
    @Root() change: SegmentMembershipChange,
    @Arg("segmentId", () => ID, { nullable: true, description: "Only this segment's changes." }) _segmentId?: string,
  ): SegmentMembershipChange {
    return change;
  }

  @FieldResolver(() => Int, { nullable: true, description: "How many customers are members now (stored). Null for a supplier when under 5 (see sizeSuppressed)." })
  size(@Root() segment: Segment, @Ctx() ctx: Context) {
    return ctx.loaders.analytics.segmentSizes.load(segment.dbId);
  }

  @FieldResolver(() => Boolean, { description: "Whether size is withheld: fewer than 5 members, shown to a supplier." })
  async sizeSuppressed(@Root() segment: Segment, @Ctx() ctx: Context) {
    return (await ctx.loaders.analytics.segmentSizes.load(segment.dbId)) === null;
  }

  @FieldResolver(() => CustomerConnection, { description: "The members now, newest first (stored memberships). Staff and the owning dealer; FORBIDDEN for suppliers." })
  members(@Root() segment: Segment, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return segmentMembers(ctx.principal, ctx.loaders.analytics.segmentMembers, segment, page);
  }
}

@Resolver(() => Customer)
export class CustomerSegmentsResolver {
  @FieldResolver(() => [Segment], {
    nullable: true,
    description: "The segments the customer is a member of, by name: staff see every segment, a dealer its own; null for other callers.",
  })
  segments(@Root() customer: Customer, @Ctx() ctx: Context) {
    if (!maySeeSegments(ctx.principal)) return null;
    return ctx.loaders.analytics.segments.load(customer.dbId);
  }
}
