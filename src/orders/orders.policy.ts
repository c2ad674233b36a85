import { eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { orders, savedPaymentMethods } from "../db/schema/index.js";

/**
 * Orders a principal may read: staff all; a dealer those sold by or picked up at its dealership
 * (not the customer's orders with other dealers or the web shop); a customer their own.
 */
export function orderScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "DEALER":
      return eq(orders.dealerId, principal.dealerId);
    case "CUSTOMER":
      return eq(orders.customerId, principal.customerId);
    default:
      return sql`false`;
  }
}

/** Rows of a table hanging off an order (lines, payments, returns, shipments): visible with their order. */
export function visibleOrderRows(principal: Principal, orderId: AnyPgColumn): SQL | undefined {
  const scope = orderScope(principal);
  if (!scope) return undefined;
  return sql`exists (select 1 from ${orders} where ${orders.id} = ${orderId} and ${scope})`;
}

/**
 * Saved cards a principal may read: the customer their own, staff any (support removes a lost
 * card); no dealer, supplier or courier, who never charge a card on file.
 */
export function paymentMethodScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "CUSTOMER":
      return eq(savedPaymentMethods.customerId, principal.customerId);
    default:
      return sql`false`;
  }
}
