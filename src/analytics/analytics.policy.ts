import { eq, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customerTraits } from "../db/schema/index.js";

/**
 * A customer's traits summarise their whole history, across every dealership and source: staff
 * and the customer themself read them; a dealer would learn of purchases made elsewhere, so it
 * does not (its own figures are in Customer.measures, within its scope), nor does anyone else.
 */
export function traitsScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "CUSTOMER":
      return eq(customerTraits.customerId, principal.customerId);
    default:
      return sql`false`;
  }
}
