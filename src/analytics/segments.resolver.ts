import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer, CustomerConnection, CustomerRule } from "../customers/customers.types.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { createSegment, deleteSegment, listSegments, maySeeSegments, previewSegment, segmentMembers, segmentSize, updateSegment } from "./segments.service.js";
import { CreateSegmentInput, DeleteSegmentInput, DeleteSegmentPayload, Segment, SegmentPreview, UpdateSegmentInput } from "./segments.types.js";

@Resolver(() => Segment)
export class SegmentResolver {
  @Authorized("ADMIN", "AGENT")
  @Query(() => [Segment], { description: "Every segment, by name. Staff only." })
  segments(@Ctx() ctx: Context) {
    return listSegments(ctx.db, ctx.principal);
  }

  @Authorized("ADMIN", "AGENT")
  @Query(() => SegmentPreview, { description: "How many customers a rule selects now, and the newest few, before it is saved. Staff only." })
  previewSegment(@Ctx() ctx: Context, @Arg("rule", () => CustomerRule) rule: CustomerRule) {
    return previewSegment(ctx.db, ctx.principal, rule);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => Segment, { description: "Save a rule as a named segment. A code in use is CONFLICT on input.code; a malformed rule is BAD_USER_INPUT naming the node." })
  createSegment(@Ctx() ctx: Context, @Arg("input", () => CreateSegmentInput) input: CreateSegmentInput) {
    return createSegment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => Segment, { description: "Rename a segment, or change its description or rule." })
  updateSegment(@Ctx() ctx: Context, @Arg("input", () => UpdateSegmentInput) input: UpdateSegmentInput) {
    return updateSegment(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => DeleteSegmentPayload, { description: "Delete a segment." })
  async deleteSegment(@Ctx() ctx: Context, @Arg("input", () => DeleteSegmentInput) input: DeleteSegmentInput) {
    return { segmentId: await deleteSegment(ctx.db, ctx.principal, input.segmentId) };
  }

  @FieldResolver(() => Int, { description: "How many customers the rule selects now." })
  size(@Root() segment: Segment, @Ctx() ctx: Context) {
    return segmentSize(ctx.db, ctx.principal, segment);
  }

  @FieldResolver(() => CustomerConnection, { description: "The customers the rule selects now, newest first." })
  members(@Root() segment: Segment, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return segmentMembers(ctx.db, ctx.principal, segment, page);
  }
}

@Resolver(() => Customer)
export class CustomerSegmentsResolver {
  @FieldResolver(() => [Segment], {
    nullable: true,
    description: "The segments whose rule selects the customer now, by name. Staff only; null for other callers.",
  })
  segments(@Root() customer: Customer, @Ctx() ctx: Context) {
    if (!maySeeSegments(ctx.principal)) return null;
    return ctx.loaders.analytics.segments.load(customer.dbId);
  }
}
