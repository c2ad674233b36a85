import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { foundOr } from "../errors.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { Dealer } from "../organisations/organisations.types.js";
import { listCustomers } from "./customers.service.js";
import { visiblePreferredDealerId } from "./customers.policy.js";
import { Consent, Preference } from "./preferences.types.js";
import { Address, Customer, CustomerConnection, CustomerEmail, CustomerFilter, CustomerOrder, CustomerPhone } from "./customers.types.js";

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: "Customer profiles you may see; newest first unless ordered otherwise." })
  customers(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg("orderBy", () => CustomerOrder, { nullable: true }) orderBy?: CustomerOrder,
  ) {
    return listCustomers(ctx.db, ctx.principal, filter, orderBy, page);
  }

  @Query(() => Customer, {
    nullable: true,
    description: "One customer; a merged-away id returns the surviving profile. NOT_FOUND when there is none you may see.",
  })
  customer(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return foundOr(ctx.loaders.customers.customer.load(expectGlobalId(id, "Customer")), "Customer", "id");
  }

  @FieldResolver(() => [CustomerEmail], { description: "The customer's email addresses, primary first. Personal data: reads by staff and dealers are audited." })
  emails(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customers.emails.load(customer.dbId);
  }

  @FieldResolver(() => [CustomerPhone], { description: "The customer's phone numbers, primary first. Personal data: reads by staff and dealers are audited." })
  phones(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customers.phones.load(customer.dbId);
  }

  @FieldResolver(() => [Address], { description: "Postal addresses; the default delivery address first." })
  addresses(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customers.addresses.load(customer.dbId);
  }

  @FieldResolver(() => [Preference], { description: "Preferences and settings." })
  preferences(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customers.preferences.load(customer.dbId);
  }

  @FieldResolver(() => [Consent], { description: "The consent in force per channel and purpose." })
  consents(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customers.consents.load(customer.dbId);
  }

  @FieldResolver(() => [Consent], { description: "Every consent decision ever recorded, newest first (append-only)." })
  consentHistory(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customers.consentHistory.load(customer.dbId);
  }

  @FieldResolver(() => Dealer, { nullable: true, description: "The dealership the customer prefers (directory entry, visible to everyone who sees the customer)." })
  preferredDealer(@Root() customer: Customer, @Ctx() ctx: Context) {
    const dealerId = visiblePreferredDealerId(ctx.principal, customer.preferredDealerDbId);
    return dealerId ? ctx.loaders.organisations.dealer.load(dealerId) : null;
  }
}

@Resolver(() => Dealer)
export class DealerCustomersResolver {
  @FieldResolver(() => CustomerConnection, { description: "The dealership's customers (bought, serviced or registered there), newest first; staff see any dealer's, a dealer only its own." })
  customers(@Root() dealer: Dealer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.customers.ofDealer.load(dealer.dbId, page);
  }
}
