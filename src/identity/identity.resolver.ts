import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { SourceIdentity } from "./identity.types.js";

@Resolver(() => Customer)
export class CustomerIdentityResolver {
  @FieldResolver(() => [SourceIdentity], { description: "The ids this customer has in the web shop, the hotline, dealer and repair systems." })
  sourceIdentities(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customers.identities.load(customer.dbId);
  }
}
