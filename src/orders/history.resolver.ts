import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { deleteIngestedOrders, ingestOrders, type OrderIngestResult } from "./history-ingest.service.js";
import { DeleteIngestedOrdersInput, IngestOrdersInput } from "./history.inputs.js";
import { ImportWarning, type ImportedRecordState, type ImportOutcome } from "../organisations/source-imports.types.js";
import { DeleteIngestedOrdersPayload, IngestedOrder, IngestOrdersPayload, OrderIngestSummary, RejectedSourceOrder } from "./history.types.js";
import { Order } from "./orders.types.js";

const toPayload = (r: OrderIngestResult): IngestOrdersPayload =>
  Object.assign(new IngestOrdersPayload(), {
    summary: Object.assign(new OrderIngestSummary(), r.summary),
    orders: r.orders.map((o) =>
      Object.assign(new IngestedOrder(), {
        orderDbId: o.orderId,
        customerDbId: o.customerId,
        index: o.index,
        transactionId: o.transactionId,
        outcome: o.outcome as ImportOutcome,
        state: o.state as ImportedRecordState,
        warnings: o.warnings.map((w) => Object.assign(new ImportWarning(), w)),
      }),
    ),
    rejected: r.rejected.map((x) => Object.assign(new RejectedSourceOrder(), x)),
  });

@Resolver()
export class OrderHistoryResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => IngestOrdersPayload, {
    description:
      "Import a batch of one source's historical orders (with lines as charged, payment, dealer and returns). Each lands on the profile its person's source record belongs to now and follows it through merges; an unknown person's order waits until the record arrives. Idempotent by the source's transaction id. History sends no notices. A dealer imports only into its own source, dealer-<its code>.",
  })
  async ingestOrders(@Ctx() ctx: Context, @Arg("input", () => IngestOrdersInput) input: IngestOrdersInput) {
    return toPayload(await ingestOrders(ctx.db, ctx.principal, input, ctx.shared.ordering));
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => DeleteIngestedOrdersPayload, {
    description: "A source deleted these transactions: their orders are removed from every view; the records and their versions are kept, and sending one again brings it back. Same scope as ingestOrders.",
  })
  async deleteIngestedOrders(@Ctx() ctx: Context, @Arg("input", () => DeleteIngestedOrdersInput) input: DeleteIngestedOrdersInput) {
    return Object.assign(new DeleteIngestedOrdersPayload(), await deleteIngestedOrders(ctx.db, ctx.principal, input));
  }
}

@Resolver(() => IngestedOrder)
export class IngestedOrderResolver {
  @FieldResolver(() => Order, { nullable: true, description: "The order it became; null while pending or quarantined, or where you may not see it." })
  order(@Root() record: IngestedOrder, @Ctx() ctx: Context) {
    return record.orderDbId ? ctx.loaders.orders.order.load(record.orderDbId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The profile the order landed on; null while pending, or where you may not see it." })
  customer(@Root() record: IngestedOrder, @Ctx() ctx: Context) {
    return record.customerDbId ? ctx.loaders.customers.customer.load(record.customerDbId) : null;
  }
}
