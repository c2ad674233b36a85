import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { bulkExportUpdates } from "./export-stream.js";
import { bulkExport, cancelBulkExport, startBulkExport, toBulkExport } from "./exports.service.js";
import { BulkExport, BulkExportPayload, CancelBulkExportInput, StartBulkExportInput } from "./exports.types.js";

const operationOf = (info: GraphQLResolveInfo) => info.operation.name?.value ?? info.fieldName;

@Resolver()
export class BulkExportResolver {
  @Authorized()
  @Mutation(() => BulkExportPayload, {
    description:
      "Start a bulk export of customers, a segment's members or orders as an NDJSON or CSV file, produced in the background; follow it with bulkExport or bulkExportUpdated and download it through its url. Staff export everyone, a dealer its own customers, segments and orders; suppliers, customers and couriers are FORBIDDEN. Audited (each customer exported also as a read of personal data).",
  })
  async startBulkExport(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("input", () => StartBulkExportInput) input: StartBulkExportInput): Promise<BulkExportPayload> {
    const jobs = ctx.shared.exports.jobs;
    const row = await startBulkExport(ctx.db, ctx.principal, input, operationOf(info), jobs?.enqueue);
    jobs?.wake();
    return { bulkExport: toBulkExport(row, ctx.shared.exports.links) };
  }

  @Authorized()
  @Query(() => BulkExport, { description: "A bulk export, for polling: its status, progress and, once COMPLETED, a freshly signed download url. One's own exports; an administrator's any." })
  async bulkExport(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The export's id (startBulkExport)." }) id: string): Promise<BulkExport> {
    return toBulkExport(await bulkExport(ctx.db, ctx.principal, id), ctx.shared.exports.links);
  }

  @Authorized()
  @Mutation(() => BulkExportPayload, { description: "Cancel a QUEUED or RUNNING bulk export: the run stops after its current batch and the partial file is deleted; a finished one is CONFLICT. Audited." })
  async cancelBulkExport(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("input", () => CancelBulkExportInput) input: CancelBulkExportInput): Promise<BulkExportPayload> {
    return { bulkExport: toBulkExport(await cancelBulkExport(ctx.db, ctx.principal, input.id, operationOf(info)), ctx.shared.exports.links) };
  }

  @Authorized()
  @Subscription(() => BulkExport, {
    description:
      "A bulk export as it progresses: its state at once, then after each committed change (started, every batch of rows, finished); the stream ends once the export is COMPLETED, FAILED or CANCELLED. Changes while the server's database connection was away are not repeated: poll bulkExport.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      return bulkExportUpdates(ctx.db, ctx.principal, ctx.shared.exportNotices, ctx.shared.exports.links, (args as { id: string }).id);
    },
  })
  bulkExportUpdated(@Root() updated: BulkExport, @Arg("id", () => ID, { description: "The export to follow." }) _id: string): BulkExport {
    return updated;
  }
}
