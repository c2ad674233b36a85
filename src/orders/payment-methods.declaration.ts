import { desc, sql } from "drizzle-orm";
import { customers, savedPaymentMethods } from "../db/schema/index.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { derived, globalId, key } from "../graphql/declare/fields.js";
import { list, relations } from "../graphql/declare/relations.js";
import { paymentMethodScope } from "./orders.policy.js";
import { SavedPaymentMethod } from "./payment-methods.types.js";

const m = savedPaymentMethods;

/** A card is good through the last day of its expiry month, in UTC (the rule of both paths). */
export const cardExpired = (month: number, year: number, now = Date.now()): boolean => now >= Date.UTC(year, month, 1);
const cardExpiredSql = sql`(now() >= (make_date(${m.expiryYear}, ${m.expiryMonth}, 1) + interval '1 month')::timestamp at time zone 'UTC')`;

/** A saved card, each field declared once (graphql/declare); the provider's token is never read out. */
export const savedPaymentMethodEntity = entity(SavedPaymentMethod, m, {
  id: globalId("SavedPaymentMethod", m.id),
  dbId: key(m.id),
  customerDbId: key(m.customerId),
  ...columns(m, ["brand", "last4", "expiryMonth", "expiryYear", "provider", "isDefault"]),
  expired: derived([m.expiryMonth, m.expiryYear], ([month, year]) => cardExpired(month as number, year as number), cardExpiredSql),
  ...instants(m, ["createdAt"]),
});

export const toSavedPaymentMethod = savedPaymentMethodEntity.toNode;

/** The default card first, then the newest. */
export const PAYMENT_METHOD_ORDER = [desc(m.isDefault), desc(m.createdAt), desc(m.id)];

/** Customer.paymentMethods: scoped by the card's own customer id, not by the parent that asked. */
export const customerPaymentMethods = relations("Customer", {
  paymentMethods: list(savedPaymentMethodEntity, { key: m.customerId, parent: customers.id, scope: paymentMethodScope, orderBy: PAYMENT_METHOD_ORDER }),
});
