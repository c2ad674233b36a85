import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Product } from "../catalog/catalog.types.js";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Dealer } from "../organisations/organisations.types.js";
import { listCases } from "./interactions.service.js";
import { Case, CaseConnection, CaseFilter, CaseThreadConnection, Interaction, InteractionConnection, InteractionFilter, Review, ReviewConnection, SurveyResponse } from "./interactions.types.js";

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: "Cases you may see (a dealer: those raised against it), newest first." })
  cases(@Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs, @Arg("filter", () => CaseFilter, { nullable: true }) filter?: CaseFilter) {
    return listCases(ctx.db, ctx.principal, filter, page);
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The customer who raised the case; null when outside the caller's scope." })
  customer(@Root() item: Case, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(item.customerDbId);
  }

  @FieldResolver(() => Dealer, { nullable: true, description: "The dealer or repair station the complaint is against." })
  againstDealer(@Root() item: Case, @Ctx() ctx: Context) {
    return item.againstDealerDbId ? ctx.loaders.organisations.dealer.load(item.againstDealerDbId) : null;
  }

  @FieldResolver(() => CaseThreadConnection, {
    description: "The case's comments and status changes, oldest first, each with who wrote it; internal notes only for staff.",
  })
  thread(@Root() item: Case, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.interactions.thread.load(item.dbId, page);
  }
}

@Resolver(() => Interaction)
export class InteractionResolver {
  @FieldResolver(() => Dealer, { nullable: true, description: "The dealership involved (the one that logged it or that it was with), if any." })
  dealer(@Root() item: Interaction, @Ctx() ctx: Context) {
    return item.dealerDbId ? ctx.loaders.organisations.dealer.load(item.dealerDbId) : null;
  }
}

@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => Product, { nullable: true, description: "The reviewed product." })
  product(@Root() review: Review, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.product.load(review.productDbId);
  }
}

@Resolver(() => Customer)
export class CustomerEngagementResolver {
  @FieldResolver(() => InteractionConnection, { description: "Calls, emails, visits and notices, newest first." })
  interactions(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => InteractionFilter, { nullable: true }) filter?: InteractionFilter,
  ) {
    return ctx.loaders.interactions.ofCustomer.load(customer.dbId, page, filter);
  }

  @FieldResolver(() => CaseConnection, { description: "Complaint, repair and inquiry cases, newest first." })
  cases(@Root() customer: Customer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.interactions.casesOfCustomer.load(customer.dbId, page);
  }

  @FieldResolver(() => ReviewConnection, { description: "Product reviews, newest first." })
  reviews(@Root() customer: Customer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.interactions.reviewsOfCustomer.load(customer.dbId, page);
  }

  @FieldResolver(() => [SurveyResponse], { description: "Satisfaction survey answers, newest first." })
  surveyResponses(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.interactions.surveys.load(customer.dbId);
  }
}

@Resolver(() => Dealer)
export class DealerCasesResolver {
  @FieldResolver(() => CaseConnection, { description: "Complaints and cases raised against this dealership, newest first (staff see any dealer's, a dealer only its own)." })
  cases(@Root() dealer: Dealer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.interactions.casesOfDealer.load(dealer.dbId, page);
  }
}
