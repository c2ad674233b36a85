import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { issuePasswordReset, login, registerCustomer, resetPassword, type SignIn } from "./accounts.service.js";
import { AuthPayload, IssuePasswordResetInput, LoginInput, PasswordResetPayload, RegisterCustomerInput, ResetPasswordInput } from "./accounts.types.js";

const signIn =
  (ctx: Context): SignIn =>
  (customerId) =>
    ctx.shared.tokens.sign({ role: "CUSTOMER", sub: customerId, customerId });

@Resolver()
export class AccountResolver {
  @Mutation(() => AuthPayload, { description: "Create a customer account (one per email address) and sign in; with the app's anonymousId, the visitor's tracked events join the new profile." })
  registerCustomer(@Ctx() ctx: Context, @Arg("input", () => RegisterCustomerInput) input: RegisterCustomerInput) {
    return registerCustomer(ctx.db, input, signIn(ctx), ctx.shared.reactions.profileEdited, ctx.shared.reactions.signedIn);
  }

  @Mutation(() => AuthPayload, { description: "Sign in with email and password; a wrong email and a wrong password answer alike. With the app's anonymousId, the visitor's tracked events join the profile." })
  login(@Ctx() ctx: Context, @Arg("input", () => LoginInput) input: LoginInput) {
    return login(ctx.db, input, signIn(ctx), ctx.shared.reactions.signedIn);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => PasswordResetPayload, { description: "Staff tooling: a one-time token (valid one hour) for a customer who forgot the password." })
  issuePasswordReset(@Ctx() ctx: Context, @Arg("input", () => IssuePasswordResetInput) input: IssuePasswordResetInput) {
    return issuePasswordReset(ctx.db, input);
  }

  @Mutation(() => AuthPayload, { description: "Set a new password with a one-time reset token, and sign in." })
  resetPassword(@Ctx() ctx: Context, @Arg("input", () => ResetPasswordInput) input: ResetPasswordInput) {
    return resetPassword(ctx.db, input, signIn(ctx));
  }
}
