import type { customerAddresses, customerEmails, customerPhones, customers } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { Address, Customer, CustomerEmail, CustomerPhone } from "./customers.types.js";

export type CustomerRow = typeof customers.$inferSelect;

export const toCustomer = (r: CustomerRow): Customer =>
  Object.assign(new Customer(), {
    id: toGlobalId("Customer", r.id),
    dbId: r.id,
    preferredDealerDbId: r.preferredDealerId,
    kind: r.kind,
    stage: r.stage,
    tier: r.tier,
    displayName: r.displayName,
    givenName: r.givenName,
    familyName: r.familyName,
    organisationName: r.organisationName,
    birthday: r.birthday,
    preferredLanguage: r.preferredLanguage,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });

export const toEmail = (r: typeof customerEmails.$inferSelect): CustomerEmail =>
  Object.assign(new CustomerEmail(), { customerDbId: r.customerId, address: r.address, isPrimary: r.isPrimary, verified: r.verified });

export const toPhone = (r: typeof customerPhones.$inferSelect): CustomerPhone =>
  Object.assign(new CustomerPhone(), { customerDbId: r.customerId, e164: r.e164, kind: r.kind, isPrimary: r.isPrimary });

export const toAddress = (r: typeof customerAddresses.$inferSelect): Address =>
  Object.assign(new Address(), {
    customerDbId: r.customerId,
    id: toGlobalId("Address", r.id),
    kind: r.kind,
    line1: r.line1,
    line2: r.line2,
    city: r.city,
    province: r.province,
    postcode: r.postcode,
    country: r.country,
    lat: r.lat,
    lng: r.lng,
    isDefaultDelivery: r.isDefaultDelivery,
  });
