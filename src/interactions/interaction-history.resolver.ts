import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { HistoryIngestSummary, ImportWarning, type ImportedRecordState, type ImportOutcome } from "../organisations/source-imports.types.js";
import {
  DeleteIngestedInteractionsInput,
  DeleteIngestedInteractionsPayload,
  IngestedInteraction,
  IngestInteractionsInput,
  IngestInteractionsPayload,
  RejectedInteraction,
} from "./interaction-history.inputs.js";
import { deleteIngestedInteractions, ingestInteractions } from "./interaction-history.service.js";
import { Interaction } from "./interactions.types.js";

@Resolver()
export class InteractionHistoryResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => IngestInteractionsPayload, {
    description:
      "Import a batch of one source's historical interactions (calls, emails, visits, complaints...). Each becomes an interaction on the profile its person's source record belongs to now (following it through merges), or waits until the person arrives. Idempotent by the source's interaction id; sends no notices. A dealer imports only into its own source, dealer-<its code>.",
  })
  async ingestInteractions(@Ctx() ctx: Context, @Arg("input", () => IngestInteractionsInput) input: IngestInteractionsInput) {
    const r = await ingestInteractions(ctx.db, ctx.principal, input, ctx.shared.ordering);
    return Object.assign(new IngestInteractionsPayload(), {
      summary: Object.assign(new HistoryIngestSummary(), r.summary),
      interactions: r.records.map((i) =>
        Object.assign(new IngestedInteraction(), {
          interactionDbId: i.builtId,
          customerDbId: i.customerId,
          index: i.index,
          interactionId: i.key,
          outcome: i.outcome as ImportOutcome,
          state: i.state as ImportedRecordState,
          warnings: i.warnings.map((w) => Object.assign(new ImportWarning(), w)),
        }),
      ),
      rejected: r.rejected.map((x) => Object.assign(new RejectedInteraction(), x)),
    });
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => DeleteIngestedInteractionsPayload, { description: "A source deleted these interactions: they are removed from every view; the records and their versions are kept, and sending one again brings it back. Same scope as ingestInteractions." })
  async deleteIngestedInteractions(@Ctx() ctx: Context, @Arg("input", () => DeleteIngestedInteractionsInput) input: DeleteIngestedInteractionsInput) {
    return Object.assign(new DeleteIngestedInteractionsPayload(), await deleteIngestedInteractions(ctx.db, ctx.principal, input));
  }
}

@Resolver(() => IngestedInteraction)
export class IngestedInteractionResolver {
  @FieldResolver(() => Interaction, { nullable: true, description: "The interaction it became; null while pending, or where you may not see it." })
  interaction(@Root() record: IngestedInteraction, @Ctx() ctx: Context) {
    return record.interactionDbId ? ctx.loaders.interactions.interaction.load(record.interactionDbId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The profile the interaction landed on; null while pending, or where you may not see it." })
  customer(@Root() record: IngestedInteraction, @Ctx() ctx: Context) {
    return record.customerDbId ? ctx.loaders.customers.customer.load(record.customerDbId) : null;
  }
}
