import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { customerEmails, customerPhones, customers, passwordResets } from "../db/schema/index.js";
import { badInput, DomainError, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { phoneKey } from "../validation/contact-keys.js";
import { requiredText, validate } from "../validation/input.js";
import type { IssuePasswordResetInput, LoginInput, RegisterCustomerInput, ResetPasswordInput } from "./accounts.types.js";
import { toCustomer } from "./customers.declaration.js";
import { dummyHash, hashPassword, verifyPassword } from "./passwords.js";
import { profileEdits, type OnProfileEdited } from "./profile-edits.js";
import { ANONYMOUS_ID_PATTERN, type OnSignedIn } from "./signed-in.js";

const RESET_TTL_MS = 60 * 60 * 1000;
const emailSchema = z.email();

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

function checkPassword(password: string, field: string) {
  if (password.length < 10) throw badInput(field, "A password has at least 10 characters");
  if (password.length > 200) throw badInput(field, "A password has at most 200 characters");
}

/** E.164 from any usual way of writing a number; mainland China is assumed without a country code. */
export function toE164(phone: string, field: string): string {
  const e164 = phoneKey(phone);
  if (!e164) throw badInput(field, `'${phone}' is not a valid phone number`);
  return e164;
}

const checkName = (name: string, field: string): string => validate(requiredText(100, "a name"), name, field);

/** A sign-in's anonymous visitor id, checked (null when not given). */
function anonymousIdOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!ANONYMOUS_ID_PATTERN.test(value)) throw badInput("input.anonymousId", "An anonymous id is 8–64 letters, digits, - and _");
  return value;
}

/** Signs a customer in: the caller turns the customer id into a bearer token. */
export type SignIn = (customerId: string) => Promise<string>;

/**
 * A new account. One account per email address: the check runs under an advisory lock on the
 * address, so two simultaneous sign-ups cannot both pass it.
 */
export async function registerCustomer(db: Database, input: RegisterCustomerInput, signIn: SignIn, onEdited: OnProfileEdited, onSignedIn: OnSignedIn) {
  const anonymousId = anonymousIdOf(input.anonymousId);
  const email = normalizeEmail(input.email);
  if (!emailSchema.safeParse(email).success) throw badInput("input.email", `'${input.email}' is not an email address`);
  checkPassword(input.password, "input.password");
  const givenName = checkName(input.givenName, "input.givenName");
  const familyName = checkName(input.familyName, "input.familyName");
  const phone = input.phone ? toE164(input.phone, "input.phone") : null;
  const passwordHash = await hashPassword(input.password);
  const customer = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`account:${email}`}))`);
    const [taken] = await tx
      .select({ id: customers.id })
      .from(customerEmails)
      .innerJoin(customers, eq(customers.id, customerEmails.customerId))
      .where(and(eq(customerEmails.normalized, email), isNotNull(customers.passwordHash), isNull(customers.mergedIntoId)));
    if (taken) throw new DomainError("CONFLICT", "An account with this email exists already", "input.email");
    const [row] = await tx
      .insert(customers)
      .values({ kind: "PRIVATE", stage: "PROSPECT", givenName, familyName, displayName: `${givenName} ${familyName}`, passwordHash })
      .returning();
    await tx.insert(customerEmails).values({ customerId: row!.id, address: input.email.trim(), normalized: email, isPrimary: true });
    if (phone) await tx.insert(customerPhones).values({ customerId: row!.id, e164: phone, isPrimary: true });
    // The account's name and contacts become match keys, as a source record's would.
    const declared = profileEdits.addEmail(input.email.trim())(profileEdits.fields({ givenName, familyName })({}));
    await onEdited(tx, row!.id, () => (phone ? profileEdits.addPhone(phone)(declared) : declared));
    if (anonymousId) await onSignedIn(tx, row!.id, anonymousId);
    return row!;
  });
  return { token: await signIn(customer.id), customer: toCustomer(customer) };
}

/**
 * The same answer, after the same work, for an unknown email and a wrong password. With the
 * app's anonymous id, the visitor's history joins the profile once the password is right.
 */
export async function login(db: Database, input: LoginInput, signIn: SignIn, onSignedIn: OnSignedIn) {
  const anonymousId = anonymousIdOf(input.anonymousId);
  const [account] = await db
    .select({ customer: customers })
    .from(customerEmails)
    .innerJoin(customers, eq(customers.id, customerEmails.customerId))
    .where(and(eq(customerEmails.normalized, normalizeEmail(input.email)), isNotNull(customers.passwordHash), isNull(customers.mergedIntoId)))
    .limit(1);
  const valid = await verifyPassword(input.password, account?.customer.passwordHash ?? (await dummyHash()));
  if (!account || !valid) throw new DomainError("UNAUTHENTICATED", "Wrong email or password");
  if (anonymousId) await db.transaction((tx) => onSignedIn(tx, account.customer.id, anonymousId));
  return { token: await signIn(account.customer.id), customer: toCustomer(account.customer) };
}

/** Staff issue a one-time token for a customer who forgot the password; only its hash is stored. */
export async function issuePasswordReset(db: Database, input: IssuePasswordResetInput) {
  const customerId = expectGlobalId(input.customerId, "Customer", "input.customerId");
  const [customer] = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, customerId), isNotNull(customers.passwordHash)));
  if (!customer) throw notFound("Customer account", "input.customerId");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + RESET_TTL_MS);
  await db.insert(passwordResets).values({ customerId, tokenHash: tokenHash(token), expiresAt });
  return { token, expiresAt };
}

/** Uses a reset token once; it sets the new password and signs the customer in. */
export async function resetPassword(db: Database, input: ResetPasswordInput, signIn: SignIn) {
  checkPassword(input.newPassword, "input.newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const customer = await db.transaction(async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.tokenHash, tokenHash(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
      .returning();
    if (!reset) throw badInput("input.token", "This reset token is unknown, used or expired");
    const [row] = await tx.update(customers).set({ passwordHash }).where(eq(customers.id, reset.customerId)).returning();
    return row!;
  });
  return { token: await signIn(customer.id), customer: toCustomer(customer) };
}
