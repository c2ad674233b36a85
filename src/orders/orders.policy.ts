import { eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { orders, savedPaymentMethods } from "../db/schema/index.js";
import { orderScope } from "../customers/history.policy.js";

/** Orders a principal may read (declared with the customer filter that counts them, customers/history.policy.ts). */
export { orderScope };

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
