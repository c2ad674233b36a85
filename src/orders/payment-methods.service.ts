import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { customers, savedPaymentMethods } from "../db/schema/index.js";
import { isUniqueViolation } from "../db/violations.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { intBetween, requiredText, validate } from "../validation/input.js";
import { paymentMethodScope } from "./orders.policy.js";
import { cardExpired, PAYMENT_METHOD_ORDER, toSavedPaymentMethod } from "./payment-methods.declaration.js";
import type { AddPaymentMethodInput, CardBrand } from "./payment-methods.types.js";

/** Enough for every card a person carries; more is a script, not a wallet. */
export const MAX_SAVED_CARDS = 20;

/**
 * True when the text holds a run of 12–19 digits (spaces and dashes between them allowed) that
 * passes the Luhn check: a card number sent where a token belongs. The platform must never
 * store one (it would put the whole database in PCI DSS scope), so it refuses rather than masks.
 */
export function looksLikeCardNumber(text: string): boolean {
  for (const match of text.matchAll(/\d(?:[ -]?\d){11,18}/g)) {
    const digits = match[0].replace(/\D/g, "");
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return true;
  }
  return false;
}

const cardInput = z.object({
  last4: z.string().regex(/^\d{4}$/, "last4 is exactly four digits"),
  expiryMonth: intBetween(1, 12, "expiryMonth"),
  expiryYear: intBetween(2000, 2100, "expiryYear"),
  provider: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "provider is lower-case letters, digits and dashes, up to 40 characters"),
  providerToken: requiredText(200, "providerToken").refine((token) => !looksLikeCardNumber(token), "This looks like a card number: send the provider's token, never the number"),
});

/** The customer whose cards a principal changes: a customer their own; staff name none here (they act on a card by its id). */
function ownCustomer(principal: Principal): string {
  if (principal.role !== "CUSTOMER") throw forbidden("Only the customer saves a card, from their own app session with the payment provider");
  return principal.customerId;
}

/** Serialises a customer's card changes, so that "first card is the default" and one default hold under concurrent calls. */
async function lockCustomer(tx: Executor, customerId: string) {
  await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId)).for("no key update");
}

export async function paymentMethodsOf(db: Executor, principal: Principal, customerId: string) {
  const rows = await db
    .select()
    .from(savedPaymentMethods)
    .where(and(eq(savedPaymentMethods.customerId, customerId), paymentMethodScope(principal)))
    .orderBy(...PAYMENT_METHOD_ORDER);
  return { paymentMethods: rows.map(toSavedPaymentMethod) };
}

export async function addPaymentMethod(db: Database, principal: Principal, input: AddPaymentMethodInput) {
  const customerId = ownCustomer(principal);
  const card = validate(cardInput, input, "input");
  if (cardExpired(card.expiryMonth, card.expiryYear)) throw badInput("input.expiryYear", "The card has expired");
  try {
    await db.transaction(async (tx) => {
      await lockCustomer(tx, customerId);
      const saved = await tx.select({ id: savedPaymentMethods.id, isDefault: savedPaymentMethods.isDefault }).from(savedPaymentMethods).where(eq(savedPaymentMethods.customerId, customerId));
      if (saved.length >= MAX_SAVED_CARDS) throw badInput("input", `At most ${MAX_SAVED_CARDS} saved cards; remove one first`);
      const makeDefault = Boolean(input.makeDefault) || !saved.some((s) => s.isDefault);
      if (makeDefault) await tx.update(savedPaymentMethods).set({ isDefault: false, updatedAt: new Date() }).where(and(eq(savedPaymentMethods.customerId, customerId), eq(savedPaymentMethods.isDefault, true)));
      await tx.insert(savedPaymentMethods).values({ customerId, brand: input.brand, ...card, isDefault: makeDefault });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "This card is saved already", "input.providerToken");
    throw error;
  }
  return paymentMethodsOf(db, principal, customerId);
}

/** A saved card the principal may change: the owner's own, or any for staff; NOT_FOUND otherwise (a stranger's card does not exist for them). */
async function changeableCard(tx: Executor, principal: Principal, globalId: string) {
  if (principal.role !== "CUSTOMER" && principal.role !== "ADMIN" && principal.role !== "AGENT") throw forbidden("Saved cards are the customer's and staff's");
  const id = expectGlobalId(globalId, "SavedPaymentMethod", "input.paymentMethodId");
  const [card] = await tx.select().from(savedPaymentMethods).where(and(eq(savedPaymentMethods.id, id), paymentMethodScope(principal)));
  if (!card) throw notFound("SavedPaymentMethod", "input.paymentMethodId");
  return card;
}

/** Removes a card; when it was the default, the newest card that has not expired becomes the default. Past payments keep its brand and last four digits. */
export async function removePaymentMethod(db: Database, principal: Principal, paymentMethodId: string) {
  const customerId = await db.transaction(async (tx) => {
    const card = await changeableCard(tx, principal, paymentMethodId);
    await lockCustomer(tx, card.customerId);
    await tx.delete(savedPaymentMethods).where(eq(savedPaymentMethods.id, card.id));
    if (card.isDefault) {
      const next = (await tx.select().from(savedPaymentMethods).where(eq(savedPaymentMethods.customerId, card.customerId)).orderBy(...PAYMENT_METHOD_ORDER)).find(
        (c) => !cardExpired(c.expiryMonth, c.expiryYear),
      );
      if (next) await tx.update(savedPaymentMethods).set({ isDefault: true, updatedAt: new Date() }).where(eq(savedPaymentMethods.id, next.id));
    }
    return card.customerId;
  });
  return paymentMethodsOf(db, principal, customerId);
}

export async function setDefaultPaymentMethod(db: Database, principal: Principal, paymentMethodId: string) {
  const customerId = await db.transaction(async (tx) => {
    const card = await changeableCard(tx, principal, paymentMethodId);
    if (cardExpired(card.expiryMonth, card.expiryYear)) throw badInput("input.paymentMethodId", "The card has expired");
    await lockCustomer(tx, card.customerId);
    const now = new Date();
    await tx.update(savedPaymentMethods).set({ isDefault: false, updatedAt: now }).where(and(eq(savedPaymentMethods.customerId, card.customerId), ne(savedPaymentMethods.id, card.id), eq(savedPaymentMethods.isDefault, true)));
    await tx.update(savedPaymentMethods).set({ isDefault: true, updatedAt: now }).where(eq(savedPaymentMethods.id, card.id));
    return card.customerId;
  });
  return paymentMethodsOf(db, principal, customerId);
}

export interface ChargedCard {
  id: string;
  brand: CardBrand;
  last4: string;
}

/**
 * The saved card an order is charged to, inside the order's transaction: the one named (it must
 * be the ordering customer's), or the customer's default. The field at fault is the one the
 * caller gave: a card that does not exist for this customer is NOT_FOUND, an expired one
 * BAD_USER_INPUT.
 */
export async function cardForOrder(tx: Executor, customerId: string, requested: string | null, field: string): Promise<ChargedCard> {
  const [card] = await tx
    .select()
    .from(savedPaymentMethods)
    .where(and(eq(savedPaymentMethods.customerId, customerId), requested ? eq(savedPaymentMethods.id, requested) : eq(savedPaymentMethods.isDefault, true)));
  if (!card) {
    if (requested) throw notFound("SavedPaymentMethod", field);
    throw badInput(field, "The customer has no default saved card: give a paymentMethod");
  }
  if (cardExpired(card.expiryMonth, card.expiryYear)) throw badInput(field, `The card ending ${card.last4} has expired`);
  return { id: card.id, brand: card.brand, last4: card.last4 };
}
