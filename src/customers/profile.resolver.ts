import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { addAddress, addEmail, addPhone, removeAddress, removeEmail, removePhone, setDefaultDeliveryAddress, setPrimaryEmail, updateAddress } from "./contact.service.js";
import {
  AddAddressInput,
  AddEmailInput,
  AddPhoneInput,
  AddressPayload,
  AddressRefInput,
  CustomerPayload,
  EmailRefInput,
  PhoneRefInput,
  SetConsentsInput,
  SetCustomerKindInput,
  SetPreferencesInput,
  UpdateAddressInput,
  UpdateProfileInput,
} from "./profile.inputs.js";
import { setConsents, setCustomerKind, setPreferences, updateProfile } from "./profile.service.js";

/** Self-service (a customer on their own profile) and staff edits of a profile. */
@Resolver()
export class ProfileResolver {
  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Change names, birthday, preferred language or preferred dealer." })
  updateProfile(@Ctx() ctx: Context, @Arg("input", () => UpdateProfileInput) input: UpdateProfileInput) {
    return updateProfile(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => CustomerPayload, { description: "Set what kind of customer the profile is (private, business, fleet, government). Staff only; audited (KIND_CHANGE)." })
  setCustomerKind(@Ctx() ctx: Context, @Arg("input", () => SetCustomerKindInput) input: SetCustomerKindInput) {
    return setCustomerKind(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Add an email address (CONFLICT if another account signs in with it); the first one is primary." })
  addEmail(@Ctx() ctx: Context, @Arg("input", () => AddEmailInput) input: AddEmailInput) {
    return addEmail(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Remove an email address; an account keeps at least one." })
  removeEmail(@Ctx() ctx: Context, @Arg("input", () => EmailRefInput) input: EmailRefInput) {
    return removeEmail(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Make one of the profile's email addresses the primary one." })
  setPrimaryEmail(@Ctx() ctx: Context, @Arg("input", () => EmailRefInput) input: EmailRefInput) {
    return setPrimaryEmail(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Add a phone number, stored in E.164." })
  addPhone(@Ctx() ctx: Context, @Arg("input", () => AddPhoneInput) input: AddPhoneInput) {
    return addPhone(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Remove a phone number (any format)." })
  removePhone(@Ctx() ctx: Context, @Arg("input", () => PhoneRefInput) input: PhoneRefInput) {
    return removePhone(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => AddressPayload, { description: "Add a postal address; the first one becomes the default delivery address." })
  addAddress(@Ctx() ctx: Context, @Arg("input", () => AddAddressInput) input: AddAddressInput) {
    return addAddress(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => AddressPayload, { description: "Change an address." })
  updateAddress(@Ctx() ctx: Context, @Arg("input", () => UpdateAddressInput) input: UpdateAddressInput) {
    return updateAddress(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => AddressPayload, { description: "Remove an address; if it was the default delivery address, the oldest remaining one takes over." })
  removeAddress(@Ctx() ctx: Context, @Arg("input", () => AddressRefInput) input: AddressRefInput) {
    return removeAddress(ctx.db, ctx.principal, input, ctx.shared.reactions.profileEdited);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => AddressPayload, { description: "Make an address the one default delivery address." })
  setDefaultDeliveryAddress(@Ctx() ctx: Context, @Arg("input", () => AddressRefInput) input: AddressRefInput) {
    return setDefaultDeliveryAddress(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Set or remove (empty value) settings: contactChannel, newsletter, language, timeZone." })
  setPreferences(@Ctx() ctx: Context, @Arg("input", () => SetPreferencesInput) input: SetPreferencesInput) {
    return setPreferences(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Record consent decisions per channel and purpose; each is kept in consentHistory and audited." })
  setConsents(@Ctx() ctx: Context, @Arg("input", () => SetConsentsInput) input: SetConsentsInput) {
    return setConsents(ctx.db, ctx.principal, input);
  }
}
