import { and, asc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { addressKind, customerAddresses, customerEmails, customerPhones, customers } from "../db/schema/index.js";
import { badInput, DomainError, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { optionalText, requiredText, validate } from "../validation/input.js";
import { normalizeEmail, toE164 } from "./accounts.service.js";
import { toAddress, toCustomer } from "./customers.declaration.js";
import { lockCustomerRow, lockEditableCustomer } from "./profile-access.js";
import { profileEdits, type OnProfileEdited } from "./profile-edits.js";
import type { AddAddressInput, AddEmailInput, AddPhoneInput, AddressRefInput, EmailRefInput, PhoneRefInput, UpdateAddressInput } from "./profile.inputs.js";

const emailAddress = z.string().trim().max(254, "an email address has at most 254 characters").pipe(z.email("not an email address"));

/** Another live account signs in with this address: it cannot be added here (login must stay unambiguous). */
async function usedForLoginElsewhere(tx: Executor, normalized: string, customerId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`account:${normalized}`}))`);
  const [taken] = await tx
    .select({ id: customers.id })
    .from(customerEmails)
    .innerJoin(customers, eq(customers.id, customerEmails.customerId))
    .where(and(eq(customerEmails.normalized, normalized), ne(customers.id, customerId), isNotNull(customers.passwordHash), isNull(customers.mergedIntoId)));
  return Boolean(taken);
}

export async function addEmail(db: Database, principal: Principal, input: AddEmailInput, onEdited: OnProfileEdited) {
  const address = validate(emailAddress, input.address, "input.address");
  const normalized = normalizeEmail(address);
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    if (await usedForLoginElsewhere(tx, normalized, customer.id)) throw new DomainError("CONFLICT", "Another account signs in with this email", "input.address");
    const existing = await tx.select().from(customerEmails).where(eq(customerEmails.customerId, customer.id));
    const primary = Boolean(input.makePrimary) || !existing.some((e) => e.isPrimary);
    if (primary) await tx.update(customerEmails).set({ isPrimary: false }).where(eq(customerEmails.customerId, customer.id));
    // Adding an address the profile has already is a no-op (apart from making it primary).
    const insert = tx.insert(customerEmails).values({ customerId: customer.id, address, normalized, isPrimary: primary });
    await (primary ? insert.onConflictDoUpdate({ target: [customerEmails.customerId, customerEmails.normalized], set: { isPrimary: true } }) : insert.onConflictDoNothing());
    await onEdited(tx, customer.id, profileEdits.addEmail(address));
    return { customer: toCustomer(customer) };
  });
}

async function emailOf(tx: Executor, customerId: string, raw: string) {
  const [row] = await tx.select().from(customerEmails).where(and(eq(customerEmails.customerId, customerId), eq(customerEmails.normalized, normalizeEmail(raw))));
  if (!row) throw notFound("Email address", "input.address");
  return row;
}

/** Removes an address; the oldest remaining one becomes primary. An account keeps at least one address to sign in with. */
export async function removeEmail(db: Database, principal: Principal, input: EmailRefInput, onEdited: OnProfileEdited) {
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const email = await emailOf(tx, customer.id, input.address);
    const rest = await tx.select().from(customerEmails).where(and(eq(customerEmails.customerId, customer.id), ne(customerEmails.id, email.id))).orderBy(asc(customerEmails.createdAt));
    if (!rest.length && customer.passwordHash) throw new DomainError("CONFLICT", "The account signs in with this address: add another one first", "input.address");
    await tx.delete(customerEmails).where(eq(customerEmails.id, email.id));
    if (email.isPrimary && rest.length) await tx.update(customerEmails).set({ isPrimary: true }).where(eq(customerEmails.id, rest[0]!.id));
    await onEdited(tx, customer.id, profileEdits.removeEmail(email.address));
    return { customer: toCustomer(customer) };
  });
}

export async function setPrimaryEmail(db: Database, principal: Principal, input: EmailRefInput) {
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const email = await emailOf(tx, customer.id, input.address);
    await tx.update(customerEmails).set({ isPrimary: false }).where(eq(customerEmails.customerId, customer.id));
    await tx.update(customerEmails).set({ isPrimary: true }).where(eq(customerEmails.id, email.id));
    return { customer: toCustomer(customer) };
  });
}

export async function addPhone(db: Database, principal: Principal, input: AddPhoneInput, onEdited: OnProfileEdited) {
  const e164 = toE164(input.number.slice(0, 40), "input.number");
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const existing = await tx.select().from(customerPhones).where(eq(customerPhones.customerId, customer.id));
    const primary = Boolean(input.makePrimary) || !existing.some((p) => p.isPrimary);
    if (primary) await tx.update(customerPhones).set({ isPrimary: false }).where(eq(customerPhones.customerId, customer.id));
    await tx
      .insert(customerPhones)
      .values({ customerId: customer.id, e164, kind: input.kind ?? "MOBILE", isPrimary: primary })
      .onConflictDoUpdate({ target: [customerPhones.customerId, customerPhones.e164], set: { kind: input.kind ?? "MOBILE", ...(primary ? { isPrimary: true } : {}) } });
    await onEdited(tx, customer.id, profileEdits.addPhone(e164));
    return { customer: toCustomer(customer) };
  });
}

export async function removePhone(db: Database, principal: Principal, input: PhoneRefInput, onEdited: OnProfileEdited) {
  const e164 = toE164(input.number.slice(0, 40), "input.number");
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const [removed] = await tx.delete(customerPhones).where(and(eq(customerPhones.customerId, customer.id), eq(customerPhones.e164, e164))).returning();
    if (!removed) throw notFound("Phone number", "input.number");
    if (removed.isPrimary) {
      const [next] = await tx.select({ id: customerPhones.id }).from(customerPhones).where(eq(customerPhones.customerId, customer.id)).orderBy(asc(customerPhones.createdAt)).limit(1);
      if (next) await tx.update(customerPhones).set({ isPrimary: true }).where(eq(customerPhones.id, next.id));
    }
    await onEdited(tx, customer.id, profileEdits.removePhone(e164));
    return { customer: toCustomer(customer) };
  });
}

const country = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, "an ISO-3166 alpha-2 country code, e.g. CN"));

const addressFields = {
  kind: z.enum(addressKind.enumValues).nullish(),
  line1: requiredText(200, "line1"),
  line2: optionalText(200, "line2"),
  city: requiredText(100, "a city"),
  province: requiredText(100, "a province"),
  postcode: optionalText(12, "a postcode"),
  country: country.nullish().transform((c) => c ?? "CN"),
  lat: z.number().min(-90, "lat is from -90 to 90").max(90, "lat is from -90 to 90").nullish(),
  lng: z.number().min(-180, "lng is from -180 to 180").max(180, "lng is from -180 to 180").nullish(),
};

const chinesePostcode = (a: { country: string; postcode: string | null }, ctx: z.RefinementCtx) => {
  if (a.country === "CN" && a.postcode && !/^\d{6}$/.test(a.postcode)) ctx.addIssue({ code: "custom", path: ["postcode"], message: "a Chinese postcode has six digits" });
};

const newAddress = z.object(addressFields).superRefine(chinesePostcode);

export async function addAddress(db: Database, principal: Principal, input: AddAddressInput, onEdited: OnProfileEdited) {
  const fields = validate(newAddress, input, "input");
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const [hasDefault] = await tx.select({ id: customerAddresses.id }).from(customerAddresses).where(and(eq(customerAddresses.customerId, customer.id), eq(customerAddresses.isDefaultDelivery, true)));
    const makeDefault = Boolean(input.makeDefaultDelivery) || !hasDefault;
    // The partial unique index allows one default per customer: clear the old one first.
    if (makeDefault && hasDefault) await tx.update(customerAddresses).set({ isDefaultDelivery: false }).where(eq(customerAddresses.id, hasDefault.id));
    const [row] = await tx
      .insert(customerAddresses)
      .values({ ...fields, kind: fields.kind ?? "HOME", customerId: customer.id, isDefaultDelivery: makeDefault })
      .returning();
    await onEdited(tx, customer.id, profileEdits.address(null, row!));
    return { customer: toCustomer(customer), address: toAddress(row!) };
  });
}

/** An address of a profile the principal may change, read under that profile's lock. */
async function lockAddress(tx: Executor, principal: Principal, globalId: string) {
  const id = expectGlobalId(globalId, "Address", "input.addressId");
  const [found] = await tx.select({ customerId: customerAddresses.customerId }).from(customerAddresses).where(eq(customerAddresses.id, id));
  if (!found || (principal.role === "CUSTOMER" && found.customerId !== principal.customerId)) throw notFound("Address", "input.addressId");
  const customer = await lockCustomerRow(tx, principal, found.customerId, "input.addressId");
  // Read again under the profile's lock: a concurrent change may have moved the default.
  const [address] = await tx.select().from(customerAddresses).where(eq(customerAddresses.id, id));
  if (!address) throw notFound("Address", "input.addressId");
  return { address, customer };
}

const addressChanges = z
  .object({ ...addressFields, line1: addressFields.line1.nullish(), city: addressFields.city.nullish(), province: addressFields.province.nullish(), country: country.nullish() })
  .partial();

export async function updateAddress(db: Database, principal: Principal, input: UpdateAddressInput, onEdited: OnProfileEdited) {
  const { addressId: _, ...rest } = input;
  const fields = validate(addressChanges, rest, "input");
  for (const required of ["line1", "city", "province", "country", "kind"] as const) {
    if (input[required] === null) throw badInput(`input.${required}`, `${required} cannot be cleared`);
  }
  return db.transaction(async (tx) => {
    const { address, customer } = await lockAddress(tx, principal, input.addressId);
    const changes = Object.fromEntries(Object.entries(fields).filter(([key]) => (input as unknown as Record<string, unknown>)[key] !== undefined));
    const merged = { country: (changes.country as string | undefined) ?? address.country, postcode: changes.postcode !== undefined ? (changes.postcode as string | null) : address.postcode };
    if (merged.country === "CN" && merged.postcode && !/^\d{6}$/.test(merged.postcode)) {
      throw badInput(changes.postcode !== undefined ? "input.postcode" : "input.country", "a Chinese postcode has six digits");
    }
    const [row] = Object.keys(changes).length
      ? await tx.update(customerAddresses).set(changes as Partial<typeof customerAddresses.$inferInsert>).where(eq(customerAddresses.id, address.id)).returning()
      : [address];
    await onEdited(tx, customer.id, profileEdits.address(address, row!));
    return { customer: toCustomer(customer), address: toAddress(row!) };
  });
}

/** Removes an address; if it was the default delivery address, the oldest remaining one takes over. */
export async function removeAddress(db: Database, principal: Principal, input: AddressRefInput, onEdited: OnProfileEdited) {
  return db.transaction(async (tx) => {
    const { address, customer } = await lockAddress(tx, principal, input.addressId);
    await tx.delete(customerAddresses).where(eq(customerAddresses.id, address.id));
    await onEdited(tx, customer.id, profileEdits.address(address, null));
    if (address.isDefaultDelivery) {
      const [next] = await tx.select({ id: customerAddresses.id }).from(customerAddresses).where(eq(customerAddresses.customerId, customer.id)).orderBy(asc(customerAddresses.createdAt)).limit(1);
      if (next) await tx.update(customerAddresses).set({ isDefaultDelivery: true }).where(eq(customerAddresses.id, next.id));
    }
    return { customer: toCustomer(customer), address: null };
  });
}

/** Switches the default delivery address in one transaction: exactly one default at every commit. */
export async function setDefaultDeliveryAddress(db: Database, principal: Principal, input: AddressRefInput) {
  return db.transaction(async (tx) => {
    const { address, customer } = await lockAddress(tx, principal, input.addressId);
    await tx
      .update(customerAddresses)
      .set({ isDefaultDelivery: false })
      .where(and(eq(customerAddresses.customerId, customer.id), eq(customerAddresses.isDefaultDelivery, true), ne(customerAddresses.id, address.id)));
    const [row] = await tx.update(customerAddresses).set({ isDefaultDelivery: true }).where(eq(customerAddresses.id, address.id)).returning();
    return { customer: toCustomer(customer), address: toAddress(row!) };
  });
}
