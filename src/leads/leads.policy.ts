import { eq, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { leads } from "../db/schema/index.js";

/** Leads a principal may read and work: staff all; a dealer those assigned to it; nobody else any. */
export function leadScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return undefined;
    case "DEALER":
      return eq(leads.dealerId, principal.dealerId);
    default:
      return sql`false`;
  }
}

/** Who may work leads at all (read the list, move them): a customer, supplier or courier never. */
export const mayWorkLeads = (principal: Principal): boolean => principal.role === "ADMIN" || principal.role === "AGENT" || principal.role === "DEALER";
