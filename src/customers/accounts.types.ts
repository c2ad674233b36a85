import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars.js";
import { Customer } from "./customers.types.js";

@InputType({ description: "A new customer account for the web shop and the app." })
export class RegisterCustomerInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: "At least 10 characters." })
  password!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  familyName!: string;

  @Field(() => String, { nullable: true, description: "Any usual format; stored in E.164 (China assumed without a country code)." })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The app's anonymous visitor id (trackEvents): the visitor's events join this profile, and later events sent with it land there too. 8–64 letters, digits, - and _.",
  })
  anonymousId?: string | null;
}

@InputType({ description: "Email and password." })
export class LoginInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: "The app's anonymous visitor id (trackEvents): the visitor's events join this profile, and later events sent with it land there too. 8–64 letters, digits, - and _.",
  })
  anonymousId?: string | null;
}

@InputType({ description: "A customer whose password staff reset." })
export class IssuePasswordResetInput {
  @Field(() => ID)
  customerId!: string;
}

@InputType({ description: "A one-time reset token and the new password." })
export class ResetPasswordInput {
  @Field(() => String)
  token!: string;

  @Field(() => String, { description: "At least 10 characters." })
  newPassword!: string;
}

@ObjectType({
  description: "A signed-in customer: send `token` as a bearer token. The request itself was anonymous, so read the profile's contact data with the new token.",
})
export class AuthPayload {
  @Field(() => String, { description: "Bearer token of the CUSTOMER role for this account; send it as Authorization: Bearer <token>." })
  token!: string;

  @Field(() => Customer, { description: "The customer the account belongs to." })
  customer!: Customer;
}

@ObjectType({ description: "A one-time password reset token for staff tooling to deliver (e-mail delivery is not part of the platform)." })
export class PasswordResetPayload {
  @Field(() => String, { description: "One-time token for resetPassword; give it to the customer over a verified channel. Only its hash is stored." })
  token!: string;

  @Field(() => DateTime, { description: "The token cannot be used after this time." })
  expiresAt!: Date;
}
