import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { CustomerMeasures, TimelineConnection, TimelineFilter } from "./analytics.types.js";
import { communicationPlan } from "./communication-plan.js";
import { CustomerTraits, PlannedCommunication } from "./traits.types.js";
import { CustomerCategoryCell } from "./category-matrix.types.js";

@Resolver(() => Customer)
export class CustomerAnalyticsResolver {
  @FieldResolver(() => CustomerMeasures, { description: "Order count, lifetime value, average order, first/last order, open cases." })
  measures(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.analytics.measures.load(customer.dbId);
  }

  @FieldResolver(() => CustomerTraits, {
    nullable: true,
    description: "Computed traits of the whole history: RFM scores and group, lifetime and average value, intervals, returns, complaints, NPS/CSAT, churn risk. Staff and the customer themself; null for other callers.",
  })
  traits(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.analytics.traits.load(customer.dbId);
  }

  @FieldResolver(() => [PlannedCommunication], {
    nullable: true,
    description:
      "What the customer may be sent, kind by kind, from their tier and stage (the communication matrix in force, `communicationMatrix`), whether they own a vehicle, and the consents in force. Computed in code from batched loads. Staff and the customer themself; null for other callers.",
  })
  async communicationPlan(@Root() customer: Customer, @Ctx() ctx: Context) {
    const [traits, consents, matrix] = await Promise.all([
      ctx.loaders.analytics.traits.load(customer.dbId),
      ctx.loaders.customers.consents.load(customer.dbId),
      ctx.loaders.analytics.communicationMatrix.load("in force"),
    ]);
    if (!traits) return null;
    return communicationPlan({ tier: customer.tier, stage: customer.stage, ownsVehicle: traits.vehiclesOwned > 0, hasBirthday: customer.birthday !== null, consents }, matrix);
  }

  @FieldResolver(() => TimelineConnection, {
    description: "Everything that happened with the customer, newest first: orders, parcel events, service visits, interactions, cases, reviews, surveys.",
  })
  timeline(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => TimelineFilter, { nullable: true }) filter?: TimelineFilter,
  ) {
    return ctx.loaders.analytics.timeline.load(customer.dbId, page, filter);
  }
}

/** Fields of the traits computed in code (the documented exception to the compiled read path). */
@Resolver(() => CustomerTraits)
export class CustomerTraitsResolver {
  @FieldResolver(() => [CustomerCategoryCell], {
    description:
      "The customer's cell of the category matrix (brand preference × usage) in each top-level category they bought in over the last 12 months, by category name; usage is relative to all the category's buyers, so it is computed when read. Staff and the customer themself.",
  })
  categoryCells(@Root() traits: CustomerTraits, @Ctx() ctx: Context) {
    return ctx.loaders.analytics.categoryCells.load(traits.customerDbId);
  }
}
