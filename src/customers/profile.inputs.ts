import { Field, Float, ID, InputType, ObjectType } from "type-graphql";
import { DateTime, LocalDate } from "../graphql/scalars.js";
import { Address, AddressKind, Customer, CustomerKind, PhoneKind } from "./customers.types.js";
import { ConsentChannel, ConsentPurpose, ConsentStatus } from "./preferences.types.js";

const CUSTOMER_ID = "The profile to change; a customer may leave it out (their own). Staff must give it.";

@InputType({ description: "What kind of customer a profile is: staff set what no rule can know." })
export class SetCustomerKindInput {
  @Field(() => ID, { description: "The profile to change." })
  customerId!: string;

  @Field(() => CustomerKind, { description: "A private person, a business, a fleet operator or a public body." })
  kind!: CustomerKind;
}

@InputType({ description: "Profile fields to change; a field left out stays as it is, null clears it." })
export class UpdateProfileInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: "Default for a person: given and family name." })
  displayName?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "A real date, not in the future." })
  birthday?: string | null;

  @Field(() => String, { nullable: true, description: "BCP-47 language tag, e.g. zh-CN, en, zh-Hant-TW." })
  preferredLanguage?: string | null;

  @Field(() => ID, { nullable: true, description: "A dealership; it then counts the customer as its own (PREFERRED)." })
  preferredDealerId?: string | null;
}

@InputType({ description: "An email address to add to a profile." })
export class AddEmailInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Make it the primary address." })
  makePrimary?: boolean | null;
}

@InputType({ description: "An email address of a profile." })
export class EmailRefInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => String, { description: "Any case; compared lower-cased and trimmed." })
  address!: string;
}

@InputType({ description: "A phone number to add to a profile." })
export class AddPhoneInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => String, { description: "Any usual format; stored in E.164 (China assumed without a country code)." })
  number!: string;

  @Field(() => PhoneKind, { nullable: true, defaultValue: "MOBILE" })
  kind?: PhoneKind | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  makePrimary?: boolean | null;
}

@InputType({ description: "A phone number of a profile." })
export class PhoneRefInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => String, { description: "Any usual format." })
  number!: string;
}

@InputType({ description: "A postal address to add." })
export class AddAddressInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => AddressKind, { nullable: true, defaultValue: "HOME" })
  kind?: AddressKind | null;

  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String)
  city!: string;

  @Field(() => String)
  province!: string;

  @Field(() => String, { nullable: true, description: "Six digits in China." })
  postcode?: string | null;

  @Field(() => String, { nullable: true, defaultValue: "CN", description: "ISO-3166 alpha-2." })
  country?: string | null;

  @Field(() => Float, { nullable: true })
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  lng?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Make it the default delivery address (the first address always is)." })
  makeDefaultDelivery?: boolean | null;
}

@InputType({ description: "Address fields to change; a field left out stays as it is." })
export class UpdateAddressInput {
  @Field(() => ID)
  addressId!: string;

  @Field(() => AddressKind, { nullable: true })
  kind?: AddressKind | null;

  @Field(() => String, { nullable: true })
  line1?: string | null;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  province?: string | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => Float, { nullable: true })
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  lng?: number | null;
}

@InputType({ description: "An address of a profile." })
export class AddressRefInput {
  @Field(() => ID)
  addressId!: string;
}

@InputType({ description: "One setting; an empty value removes it." })
export class PreferenceInput {
  @Field(() => String, { description: "contactChannel (EMAIL, SMS, PHONE, WECHAT, POST), newsletter (WEEKLY, MONTHLY, NEVER), language (BCP-47) or timeZone (IANA, e.g. Europe/Berlin: birthday greetings and quiet hours follow it)." })
  key!: string;

  @Field(() => String)
  value!: string;
}

@InputType({ description: "Settings to set; keys not named stay as they are." })
export class SetPreferencesInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => [PreferenceInput])
  preferences!: PreferenceInput[];
}

@InputType({ description: "A consent decision for one channel and purpose." })
export class ConsentInput {
  @Field(() => ConsentChannel)
  channel!: ConsentChannel;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field(() => DateTime, { nullable: true, description: "Only for GRANTED: when the consent lapses (in the future)." })
  expiresAt?: Date | null;
}

@InputType({ description: "Consent decisions; each is appended to the consent history." })
export class SetConsentsInput {
  @Field(() => ID, { nullable: true, description: CUSTOMER_ID })
  customerId?: string | null;

  @Field(() => [ConsentInput])
  consents!: ConsentInput[];
}

@ObjectType({ description: "The profile after the change." })
export class CustomerPayload {
  @Field(() => Customer, { description: "The changed profile." })
  customer!: Customer;
}

@ObjectType({ description: "The address and its profile after the change." })
export class AddressPayload {
  @Field(() => Customer, { description: "The profile the address belongs to, with its addresses after the change." })
  customer!: Customer;

  @Field(() => Address, { nullable: true, description: "Null after a removal." })
  address!: Address | null;
}
