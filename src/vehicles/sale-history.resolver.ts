import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { HistoryIngestSummary, ImportWarning, type ImportedRecordState, type ImportOutcome } from "../organisations/source-imports.types.js";
import {
  DeleteIngestedVehicleSalesInput,
  DeleteIngestedVehicleSalesPayload,
  IngestedVehicleSale,
  IngestVehicleSalesInput,
  IngestVehicleSalesPayload,
  RejectedVehicleSale,
} from "./sale-history.inputs.js";
import { deleteIngestedVehicleSales, ingestVehicleSales } from "./sale-history.service.js";
import { Vehicle } from "./vehicles.types.js";

@Resolver()
export class VehicleSaleHistoryResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => IngestVehicleSalesPayload, {
    description:
      "Import a batch of one source's historical vehicle sales (VIN, buyer, selling dealer, ownership period). Each becomes an ownership period of the vehicle on the profile its buyer's source record belongs to now (following it through merges), or waits until the buyer arrives; an unknown vehicle is registered from the model the sale names. Idempotent by the source's sale id; sends no notices. A dealer imports only into its own source, dealer-<its code>.",
  })
  async ingestVehicleSales(@Ctx() ctx: Context, @Arg("input", () => IngestVehicleSalesInput) input: IngestVehicleSalesInput) {
    const r = await ingestVehicleSales(ctx.db, ctx.principal, input, ctx.shared.ordering);
    return Object.assign(new IngestVehicleSalesPayload(), {
      summary: Object.assign(new HistoryIngestSummary(), r.summary),
      sales: r.records.map((x) =>
        Object.assign(new IngestedVehicleSale(), {
          vehicleDbId: x.vehicleId,
          customerDbId: x.customerId,
          index: x.index,
          saleId: x.key,
          outcome: x.outcome as ImportOutcome,
          state: x.state as ImportedRecordState,
          warnings: x.warnings.map((w) => Object.assign(new ImportWarning(), w)),
        }),
      ),
      rejected: r.rejected.map((x) => Object.assign(new RejectedVehicleSale(), x)),
    });
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => DeleteIngestedVehicleSalesPayload, { description: "A source deleted these sales: their ownership periods are removed; the records and their versions are kept, and sending one again brings it back. Same scope as ingestVehicleSales." })
  async deleteIngestedVehicleSales(@Ctx() ctx: Context, @Arg("input", () => DeleteIngestedVehicleSalesInput) input: DeleteIngestedVehicleSalesInput) {
    return Object.assign(new DeleteIngestedVehicleSalesPayload(), await deleteIngestedVehicleSales(ctx.db, ctx.principal, input));
  }
}

@Resolver(() => IngestedVehicleSale)
export class IngestedVehicleSaleResolver {
  @FieldResolver(() => Vehicle, { nullable: true, description: "The vehicle the ownership period belongs to; null while pending or quarantined, or where you may not see it." })
  vehicle(@Root() sale: IngestedVehicleSale, @Ctx() ctx: Context) {
    return sale.vehicleDbId ? ctx.loaders.vehicles.vehicle.load(sale.vehicleDbId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The profile the sale landed on; null while pending, or where you may not see it." })
  customer(@Root() sale: IngestedVehicleSale, @Ctx() ctx: Context) {
    return sale.customerDbId ? ctx.loaders.customers.customer.load(sale.customerDbId) : null;
  }
}
