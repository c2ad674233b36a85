import { sql } from "drizzle-orm";
import { customers, customerTraits } from "../db/schema/index.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { column, expression, key, money, type Field } from "../graphql/declare/fields.js";
import { lookup } from "../graphql/declare/lookup.js";
import { one, relations } from "../graphql/declare/relations.js";
import { money as moneyValue, type Money } from "../graphql/money.js";
import { traitsScope } from "../customers/customers.policy.js";
import type { RfmGroup } from "../customers/customers.types.js";
import { churnRisk, daysSince, frequencyScore, monetaryScore, recencyScore, rfmGroup } from "../customers/traits.rules.js";
import { CustomerTraits } from "./traits.types.js";

const t = customerTraits;
const numberOrNull = (v: unknown) => (v === null ? null : Number(v));

/** Lifetime value per order, rounded to the minor unit (half away from zero on both paths: values are never negative). */
const averageOrderValue: Field<Money | null> = {
  columns: [t.lifetimeValueMinor, t.orderCount, t.currency],
  read: ([total, n, currency]) => ((n as number) > 0 ? moneyValue(Math.round((total as number) / (n as number)), currency as string) : null),
  compiled: {
    value: { amountMinor: sql`round(${t.lifetimeValueMinor}::numeric / nullif(${t.orderCount}, 0))::int`, currency: sql`${t.currency}` },
    presentWhen: sql`${t.orderCount} > 0`,
  },
};

/** A customer's traits, each declared once (graphql/declare): stored facts, and the rules of traits.rules.ts read with them. */
export const traitsEntity = entity(CustomerTraits, customerTraits, {
  customerDbId: key(t.customerId),
  ...columns(t, ["orderCount", "preferredChannel", "returnCount", "complaintCount", "openComplaintCount", "latestNps", "latestCsat", "vehiclesOwned"]),
  lifetimeValue: money(t.lifetimeValueMinor, t.currency),
  averageOrderValue,
  ...instants(t, ["firstOrderAt", "lastOrderAt", "lastServiceAt", "refreshedAt"]),
  meanDaysBetweenOrders: column(t.meanIntervalDays),
  daysSinceLastOrder: expression(daysSince(t.lastOrderAt), numberOrNull),
  daysSinceLastService: expression(daysSince(t.lastServiceAt), numberOrNull),
  recencyScore: expression(recencyScore, numberOrNull),
  frequencyScore: expression(frequencyScore, numberOrNull),
  monetaryScore: expression(monetaryScore, numberOrNull),
  rfmGroup: expression(rfmGroup, (v) => (v === null ? null : (v as RfmGroup))),
  churnRisk: expression(churnRisk, numberOrNull),
});

export const traitsLookup = lookup(traitsEntity, { key: t.customerId, scope: traitsScope });

/** Customer.traits: the customer's row (every profile has one from its creation). */
export const customerTraitsRelations = relations("Customer", { traits: one(traitsLookup, customers.id) });
