import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { isStaff, type Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import type { Database } from "../db/client.js";
import { consentEvents, customerPreferences, customers, dealers } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { requiredText, validate } from "../validation/input.js";
import { relateToDealer, unrelateFromDealer } from "./customers.service.js";
import { toCustomer } from "./customers.declaration.js";
import { changeSource, lockCustomerRow, lockEditableCustomer } from "./profile-access.js";
import { profileEdits, type OnProfileEdited } from "./profile-edits.js";
import type { SetConsentsInput, SetCustomerKindInput, SetPreferencesInput, UpdateProfileInput } from "./profile.inputs.js";

/** A BCP-47 tag in its canonical form (zh-cn -> zh-CN), or null when it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical ?? null;
  } catch {
    return null;
  }
}

const languageTag = z
  .string()
  .max(35, "a language tag has at most 35 characters")
  .transform((tag, ctx) => {
    const canonical = canonicalLanguage(tag);
    if (!canonical) ctx.addIssue({ code: "custom", message: `'${tag}' is not a BCP-47 language tag (e.g. zh-CN, en)` });
    return canonical ?? tag;
  });

const birthday = z
  .string()
  .nullish()
  .refine((day) => !day || day <= new Date().toISOString().slice(0, 10), "a birthday cannot lie in the future")
  .refine((day) => !day || day >= "1900-01-01", "a birthday is after 1900-01-01");

const profileSchema = z.object({
  givenName: requiredText(100, "a given name").nullish(),
  familyName: requiredText(100, "a family name").nullish(),
  displayName: requiredText(200, "a display name").nullish(),
  birthday,
  preferredLanguage: languageTag.nullish(),
});

export async function updateProfile(db: Database, principal: Principal, input: UpdateProfileInput, onEdited: OnProfileEdited) {
  const fields = validate(profileSchema, input, "input");
  if (input.preferredLanguage === null) throw badInput("input.preferredLanguage", "a preferred language cannot be cleared");
  const dealerId = input.preferredDealerId ? expectGlobalId(input.preferredDealerId, "Dealer", "input.preferredDealerId") : input.preferredDealerId;
  return db.transaction(async (tx) => {
    const current = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    if (dealerId && !(await tx.select({ id: dealers.id }).from(dealers).where(eq(dealers.id, dealerId))).length) {
      throw notFound("Dealer", "input.preferredDealerId");
    }
    const changes: Partial<typeof customers.$inferInsert> = {};
    if (fields.givenName !== undefined) changes.givenName = fields.givenName;
    if (fields.familyName !== undefined) changes.familyName = fields.familyName;
    if (fields.birthday !== undefined) changes.birthday = fields.birthday;
    if (fields.preferredLanguage) changes.preferredLanguage = fields.preferredLanguage;
    if (dealerId !== undefined) changes.preferredDealerId = dealerId;
    if (fields.displayName) changes.displayName = fields.displayName;
    else if (current.kind === "PRIVATE" && (changes.givenName !== undefined || changes.familyName !== undefined)) {
      // A person's display name follows their name unless they chose another one in this change.
      const name = [changes.givenName ?? current.givenName, changes.familyName ?? current.familyName].filter(Boolean).join(" ");
      if (name) changes.displayName = name;
    }
    const [row] = Object.keys(changes).length ? await tx.update(customers).set(changes).where(eq(customers.id, current.id)).returning() : [current];
    if (dealerId !== undefined && current.preferredDealerId && current.preferredDealerId !== dealerId) {
      // The former preferred dealer no longer sees the customer on that ground (other grounds stay).
      await unrelateFromDealer(tx, current.preferredDealerId, current.id, "PREFERRED");
    }
    if (dealerId) await relateToDealer(tx, dealerId, current.id, "PREFERRED");
    if (changes.givenName !== undefined || changes.familyName !== undefined || changes.birthday !== undefined) {
      await onEdited(tx, current.id, profileEdits.fields({ givenName: changes.givenName, familyName: changes.familyName, birthday: changes.birthday }));
    }
    return { customer: toCustomer(row!) };
  });
}

/**
 * Staff set a profile's kind (PRIVATE, BUSINESS, FLEET, GOVERNMENT): nothing in the history says
 * it. Audited as KIND_CHANGE with the old and new kind (no personal data); a customer may not
 * reclassify themself, since the kind decides invoicing and the sales report's groups.
 */
export async function setCustomerKind(db: Database, principal: Principal, input: SetCustomerKindInput) {
  if (!isStaff(principal)) throw forbidden(`The ${principal.role} role may not set a customer's kind`);
  const id = expectGlobalId(input.customerId, "Customer", "input.customerId");
  return db.transaction(async (tx) => {
    const current = await lockCustomerRow(tx, principal, id, "input.customerId");
    if (current.kind === input.kind) return { customer: toCustomer(current) };
    const [row] = await tx.update(customers).set({ kind: input.kind }).where(eq(customers.id, current.id)).returning();
    await audit(tx, principal, { action: "KIND_CHANGE", targetType: "Customer", targetId: current.id, operation: "setCustomerKind", details: { from: current.kind, to: input.kind } });
    return { customer: toCustomer(row!) };
  });
}

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
};

const CONTACT_CHANNELS = ["EMAIL", "SMS", "PHONE", "WECHAT", "POST"] as const;
const NEWSLETTER = ["WEEKLY", "MONTHLY", "NEVER"] as const;

/**
 * The known settings and their values. A whitelist rather than free key/value: clients and
 * campaign tools read these keys, and a typo ("contactchanel") would otherwise be stored silently.
 */
const PREFERENCE_VALUES: Record<string, z.ZodType<string>> = {
  contactChannel: z.enum(CONTACT_CHANNELS, `contactChannel is one of ${CONTACT_CHANNELS.join(", ")}`),
  newsletter: z.enum(NEWSLETTER, `newsletter is one of ${NEWSLETTER.join(", ")}`),
  language: languageTag,
  // Birthday greetings and quiet hours follow it (src/campaigns); without it, the platform's TIME_ZONE.
  timeZone: z.string().refine(isTimeZone, "timeZone is an IANA time zone, e.g. Asia/Shanghai or Europe/Berlin"),
};
export const PREFERENCE_KEYS = Object.keys(PREFERENCE_VALUES);

const preferencesSchema = z
  .array(
    z
      .object({ key: z.string(), value: z.string().trim() })
      .superRefine((p, ctx) => {
        const rule = PREFERENCE_VALUES[p.key];
        if (!rule) ctx.addIssue({ code: "custom", path: ["key"], message: `Unknown setting '${p.key.slice(0, 40)}'; known: ${PREFERENCE_KEYS.join(", ")}` });
        else if (p.value && !rule.safeParse(p.value).success) ctx.addIssue({ code: "custom", path: ["value"], message: rule.safeParse(p.value).error!.issues[0]!.message });
      })
      .transform((p) => ({ key: p.key, value: p.value ? PREFERENCE_VALUES[p.key]!.parse(p.value) : "" })),
  )
  .min(1, "name at least one setting")
  .max(PREFERENCE_KEYS.length * 2, "too many settings at once")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p.key)) ctx.addIssue({ code: "custom", path: [i, "key"], message: `'${p.key}' is named twice` });
      seen.add(p.key);
    });
  });

export async function setPreferences(db: Database, principal: Principal, input: SetPreferencesInput) {
  const preferences = validate(preferencesSchema, input.preferences, "input.preferences");
  return db.transaction(async (tx) => {
    const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
    const removed = preferences.filter((p) => !p.value).map((p) => p.key);
    const set = preferences.filter((p) => p.value);
    if (removed.length) await tx.delete(customerPreferences).where(and(eq(customerPreferences.customerId, customer.id), inArray(customerPreferences.key, removed)));
    for (const p of set) {
      await tx
        .insert(customerPreferences)
        .values({ customerId: customer.id, key: p.key, value: p.value })
        .onConflictDoUpdate({ target: [customerPreferences.customerId, customerPreferences.key], set: { value: p.value, updatedAt: new Date() } });
    }
    return { customer: toCustomer(customer) };
  });
}

const consentsSchema = z
  .array(
    z
      .object({ channel: z.string(), purpose: z.string(), status: z.string(), expiresAt: z.date().nullish() })
      .superRefine((c, ctx) => {
        if (!c.expiresAt) return;
        if (c.status !== "GRANTED") ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "only a GRANTED consent expires" });
        else if (c.expiresAt.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "expiresAt must lie in the future" });
      }),
  )
  .min(1, "name at least one consent")
  .max(12, "at most 12 consents (4 channels x 3 purposes) at once")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      const key = `${c.channel}/${c.purpose}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "purpose"], message: `${c.channel} ${c.purpose} is named twice` });
      seen.add(key);
    });
  });

/**
 * Appends every decision to the consent history (the current consent is the latest event) with
 * the caller's channel as its source, and leaves an audit row per decision.
 */
export async function setConsents(db: Database, principal: Principal, input: SetConsentsInput) {
  validate(consentsSchema, input.consents, "input.consents");
  try {
    return await db.transaction(async (tx) => {
      const customer = await lockEditableCustomer(tx, principal, input.customerId, "input.customerId");
      const source = changeSource(principal);
      const recordedAt = new Date();
      const rows = await tx
        .insert(consentEvents)
        .values(input.consents.map((c) => ({ customerId: customer.id, channel: c.channel, purpose: c.purpose, status: c.status, source, recordedAt, expiresAt: c.expiresAt ?? null })))
        .returning({ id: consentEvents.id, channel: consentEvents.channel, purpose: consentEvents.purpose, status: consentEvents.status });
      for (const row of rows) {
        await audit(tx, principal, {
          action: "CONSENT_CHANGE",
          targetType: "Customer",
          targetId: customer.id,
          operation: "setConsents",
          outcome: "SUCCESS",
          details: { consentEventId: row.id, channel: row.channel, purpose: row.purpose, status: row.status },
        });
      }
      return { customer: toCustomer(customer) };
    });
  } catch (error) {
    // A refused attempt on someone's consents is kept too (outside the rolled-back transaction).
    if (error instanceof DomainError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) {
      await audit(db, principal, {
        action: "CONSENT_CHANGE",
        targetType: "Customer",
        targetId: attemptedCustomerId(input.customerId),
        operation: "setConsents",
        outcome: "DENIED",
        details: { code: error.code },
      });
    }
    throw error;
  }
}

/** The database id a request named, if it named a well-formed one (for the audit trail only). */
function attemptedCustomerId(globalId: string | null | undefined): string | null {
  if (!globalId) return null;
  try {
    return expectGlobalId(globalId, "Customer");
  } catch {
    return null;
  }
}
