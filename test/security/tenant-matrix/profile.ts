import { addressOfA, emailOfA, fresh, freshPhone, g, phoneOfA, type MatrixRow, type Outcome, type Who, type World } from "./world.js";

/**
 * Self-service on customer A's profile: A itself and staff change it (the payload shows A); another
 * customer's id is NOT_FOUND as a read would be; dealers, suppliers and couriers never change profiles.
 */
const OWN_PROFILE: Partial<Record<Who, Outcome>> & { others: Outcome } = {
  ANONYMOUS: "UNAUTHENTICATED",
  ADMIN: "A",
  AGENT: "A",
  CUSTOMER_A: "A",
  CUSTOMER_B: "NOT_FOUND",
  others: "FORBIDDEN",
};

const profileRow = (mutation: string, inputType: string, input: (w: World) => Record<string, unknown> | Promise<Record<string, unknown>>): MatrixRow => ({
  query: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { customer { id } } }`,
  variables: async (w) => ({ input: { customerId: g("Customer", w.customerA), ...(await input(w)) } }),
  expected: OWN_PROFILE,
});

/** Rows that name one of A's addresses by id: the address decides whose profile changes. */
const addressRow = (mutation: string, inputType: string, input: (w: World) => Promise<Record<string, unknown>>): MatrixRow => ({
  query: `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { customer { id } } }`,
  variables: async (w) => ({ input: await input(w) }),
  expected: OWN_PROFILE,
});

export const PROFILE_ROWS: Record<string, MatrixRow> = {
  "Mutation.updateProfile": profileRow("updateProfile", "UpdateProfileInput", () => ({ displayName: `A ${fresh()}` })),
  // What no rule can know is staff's to set: a customer may not reclassify themself.
  "Mutation.setCustomerKind": {
    query: "mutation ($input: SetCustomerKindInput!) { setCustomerKind(input: $input) { customer { id } } }",
    variables: (w) => ({ input: { customerId: g("Customer", w.customerA), kind: "PRIVATE" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", others: "FORBIDDEN" },
  },
  "Mutation.addEmail": profileRow("addEmail", "AddEmailInput", () => ({ address: `a.${fresh()}@example.com` })),
  "Mutation.removeEmail": profileRow("removeEmail", "EmailRefInput", async (w) => ({ address: await emailOfA(w) })),
  "Mutation.setPrimaryEmail": profileRow("setPrimaryEmail", "EmailRefInput", async (w) => ({ address: await emailOfA(w) })),
  "Mutation.addPhone": profileRow("addPhone", "AddPhoneInput", () => ({ number: freshPhone("+86137") })),
  "Mutation.removePhone": profileRow("removePhone", "PhoneRefInput", async (w) => ({ number: await phoneOfA(w) })),
  "Mutation.addAddress": profileRow("addAddress", "AddAddressInput", () => ({ line1: "2 Matrix Road", city: "Shanghai", province: "Shanghai" })),
  "Mutation.updateAddress": addressRow("updateAddress", "UpdateAddressInput", async (w) => ({ addressId: await addressOfA(w), line2: "Flat 3" })),
  "Mutation.removeAddress": addressRow("removeAddress", "AddressRefInput", async (w) => ({ addressId: await addressOfA(w) })),
  "Mutation.setDefaultDeliveryAddress": addressRow("setDefaultDeliveryAddress", "AddressRefInput", async (w) => ({ addressId: await addressOfA(w) })),
  "Mutation.setPreferences": profileRow("setPreferences", "SetPreferencesInput", () => ({ preferences: [{ key: "language", value: "de" }] })),
  "Mutation.setConsents": profileRow("setConsents", "SetConsentsInput", () => ({ consents: [{ channel: "EMAIL", purpose: "MARKETING", status: "GRANTED" }] })),
  "Mutation.addToWishlist": profileRow("addToWishlist", "CustomerProductInput", (w) => ({ productId: g("Product", w.productA.id) })),
  "Mutation.removeFromWishlist": profileRow("removeFromWishlist", "CustomerProductInput", (w) => ({ productId: g("Product", w.productA.id) })),
  "Mutation.recordProductView": profileRow("recordProductView", "RecordProductViewInput", (w) => ({ productId: g("Product", w.productA.id) })),
};
