import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { bulkExports } from "../db/schema/index.js";

/**
 * Who may start a bulk export: staff (every customer and order) and a dealer (its own customers,
 * its own segments' members, the orders that involve it). Suppliers see no customer profiles
 * (their de-identified figures are the sales report), customers have their own portability
 * export (exportCustomerData), couriers no customers or orders: all FORBIDDEN.
 */
export const mayExport = (principal: Principal): boolean => principal.role === "ADMIN" || principal.role === "AGENT" || principal.role === "DEALER";

/**
 * The exports a principal sees (and may download or cancel): its own, and every one for an
 * administrator. An export holds what its requester may see, so no one else's is shown, not
 * even to a colleague of the same dealership or another agent.
 */
export function exportScope(principal: Principal): SQL | undefined {
  if (principal.role === "ADMIN") return undefined;
  if (!mayExport(principal)) return sql`false`;
  return and(eq(bulkExports.actorRole, principal.role), eq(bulkExports.actorId, principal.subject!));
}
