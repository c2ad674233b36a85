import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { ImportWarning, type ImportedRecordState, type ImportOutcome } from "../organisations/source-imports.types.js";
import { ServiceRecord } from "./service.types.js";
import {
  DeleteIngestedServiceVisitsInput,
  DeleteIngestedServiceVisitsPayload,
  IngestedServiceVisit,
  IngestServiceVisitsInput,
  IngestServiceVisitsPayload,
  RejectedServiceVisit,
  ServiceVisitIngestSummary,
} from "./visit-history.inputs.js";
import { deleteIngestedServiceVisits, ingestServiceVisits } from "./visit-history.service.js";

@Resolver()
export class ServiceHistoryResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => IngestServiceVisitsPayload, {
    description:
      "Import a batch of one source's historical service visits (vehicle by VIN, station, date, mileage, parts and labour). Each becomes a service record on its vehicle, on the profile its person's source record belongs to now (following it through merges), or on none until the person arrives. Idempotent by the source's visit id; sends no notices. A dealer imports only into its own source, dealer-<its code>.",
  })
  async ingestServiceVisits(@Ctx() ctx: Context, @Arg("input", () => IngestServiceVisitsInput) input: IngestServiceVisitsInput) {
    const r = await ingestServiceVisits(ctx.db, ctx.principal, input, ctx.shared.ordering);
    return Object.assign(new IngestServiceVisitsPayload(), {
      summary: Object.assign(new ServiceVisitIngestSummary(), r.summary),
      visits: r.visits.map((v) =>
        Object.assign(new IngestedServiceVisit(), {
          serviceRecordDbId: v.serviceRecordId,
          customerDbId: v.customerId,
          index: v.index,
          visitId: v.visitId,
          outcome: v.outcome as ImportOutcome,
          state: v.state as ImportedRecordState,
          warnings: v.warnings.map((w) => Object.assign(new ImportWarning(), w)),
        }),
      ),
      rejected: r.rejected.map((x) => Object.assign(new RejectedServiceVisit(), x)),
    });
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => DeleteIngestedServiceVisitsPayload, { description: "A source deleted these visits: their service records are removed; the records and their versions are kept, and sending one again brings it back. Same scope as ingestServiceVisits." })
  async deleteIngestedServiceVisits(@Ctx() ctx: Context, @Arg("input", () => DeleteIngestedServiceVisitsInput) input: DeleteIngestedServiceVisitsInput) {
    return Object.assign(new DeleteIngestedServiceVisitsPayload(), await deleteIngestedServiceVisits(ctx.db, ctx.principal, input));
  }
}

@Resolver(() => IngestedServiceVisit)
export class IngestedServiceVisitResolver {
  @FieldResolver(() => ServiceRecord, { nullable: true, description: "The service record it became; null while quarantined, or where you may not see it." })
  serviceRecord(@Root() visit: IngestedServiceVisit, @Ctx() ctx: Context) {
    return visit.serviceRecordDbId ? ctx.loaders.service.record.load(visit.serviceRecordDbId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The profile the visit landed on; null while its person is unknown, or where you may not see it." })
  customer(@Root() visit: IngestedServiceVisit, @Ctx() ctx: Context) {
    return visit.customerDbId ? ctx.loaders.customers.customer.load(visit.customerDbId) : null;
  }
}
