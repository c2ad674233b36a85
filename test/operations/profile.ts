import { graphql } from "../generated/index.js";

export const ProfileView = graphql(`
  query ProfileView($id: ID!) {
    customer(id: $id) {
      id displayName givenName familyName birthday preferredLanguage stage preferredDealer { id }
      emails { address isPrimary }
      phones { e164 kind isPrimary }
      addresses { id kind line1 city postcode country isDefaultDelivery }
      preferences { key value }
      consents { channel purpose status source expiresAt }
      consentHistory { channel purpose status source recordedAt }
    }
  }
`);

export const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { customer { id displayName givenName familyName birthday preferredLanguage preferredDealer { id } } }
  }
`);

export const AddEmail = graphql(`mutation AddEmail($input: AddEmailInput!) { addEmail(input: $input) { customer { id } } }`);
export const RemoveEmail = graphql(`mutation RemoveEmail($input: EmailRefInput!) { removeEmail(input: $input) { customer { id } } }`);
export const SetPrimaryEmail = graphql(`mutation SetPrimaryEmail($input: EmailRefInput!) { setPrimaryEmail(input: $input) { customer { id } } }`);
export const AddPhone = graphql(`mutation AddPhone($input: AddPhoneInput!) { addPhone(input: $input) { customer { id } } }`);
export const RemovePhone = graphql(`mutation RemovePhone($input: PhoneRefInput!) { removePhone(input: $input) { customer { id } } }`);

export const AddAddress = graphql(`
  mutation AddAddress($input: AddAddressInput!) { addAddress(input: $input) { address { id city isDefaultDelivery } } }
`);
export const UpdateAddress = graphql(`
  mutation UpdateAddress($input: UpdateAddressInput!) { updateAddress(input: $input) { address { id line1 city postcode isDefaultDelivery } } }
`);
export const RemoveAddress = graphql(`mutation RemoveAddress($input: AddressRefInput!) { removeAddress(input: $input) { address { id } } }`);
export const SetDefaultDeliveryAddress = graphql(`
  mutation SetDefaultDeliveryAddress($input: AddressRefInput!) { setDefaultDeliveryAddress(input: $input) { address { id isDefaultDelivery } } }
`);

export const SetPreferences = graphql(`
  mutation SetPreferences($input: SetPreferencesInput!) { setPreferences(input: $input) { customer { id } } }
`);
export const SetConsents = graphql(`
  mutation SetConsents($input: SetConsentsInput!) { setConsents(input: $input) { customer { id } } }
`);
