import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { addPaymentMethod, removePaymentMethod, setDefaultPaymentMethod } from "./payment-methods.service.js";
import { AddPaymentMethodInput, PaymentMethodsPayload, SavedPaymentMethod, SavedPaymentMethodInput } from "./payment-methods.types.js";

@Resolver()
export class PaymentMethodWritesResolver {
  @Authorized("CUSTOMER")
  @Mutation(() => PaymentMethodsPayload, {
    description: "Save a card the customer's app tokenised with the payment provider (the customer only; the first card becomes the default). A card number is refused; a token saved already is CONFLICT.",
  })
  addPaymentMethod(@Ctx() ctx: Context, @Arg("input", () => AddPaymentMethodInput) input: AddPaymentMethodInput) {
    return addPaymentMethod(ctx.db, ctx.principal, input);
  }

  @Authorized("CUSTOMER", "ADMIN", "AGENT")
  @Mutation(() => PaymentMethodsPayload, { description: "Remove a saved card (the customer, or staff for a lost card); the newest valid card becomes the default if it was." })
  removePaymentMethod(@Ctx() ctx: Context, @Arg("input", () => SavedPaymentMethodInput) input: SavedPaymentMethodInput) {
    return removePaymentMethod(ctx.db, ctx.principal, input.paymentMethodId);
  }

  @Authorized("CUSTOMER", "ADMIN", "AGENT")
  @Mutation(() => PaymentMethodsPayload, { description: "Make a saved card that has not expired the default." })
  setDefaultPaymentMethod(@Ctx() ctx: Context, @Arg("input", () => SavedPaymentMethodInput) input: SavedPaymentMethodInput) {
    return setDefaultPaymentMethod(ctx.db, ctx.principal, input.paymentMethodId);
  }
}

@Resolver(() => Customer)
export class CustomerPaymentMethodsResolver {
  @FieldResolver(() => [SavedPaymentMethod], { description: "Saved cards, the default first (the customer and staff; empty for anyone else)." })
  paymentMethods(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.orders.paymentMethods.load(customer.dbId);
  }
}
