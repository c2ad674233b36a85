import { eq, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { campaigns } from "../db/schema/index.js";

/** The campaigns a principal sees: staff all, a dealer its own (the resolver's list and the compiled read path alike). */
export function campaignScope(principal: Principal): SQL | undefined {
  if (principal.role === "ADMIN" || principal.role === "AGENT") return undefined;
  if (principal.role === "DEALER") return eq(campaigns.dealerId, principal.dealerId);
  return sql`false`;
}
