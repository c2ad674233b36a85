import { sql } from "drizzle-orm";
import { cases } from "../db/schema/index.js";

/**
 * A case is past its service level when it is still unresolved after its due time, or was
 * resolved after it. The due time is set when the case opens (CASE_SLA_HOURS by priority).
 */
export function isOverdue(status: string, dueAt: Date | null, resolvedAt: Date | null, now: Date): boolean {
  if (!dueAt) return false;
  if (status === "OPEN" || status === "IN_PROGRESS") return dueAt < now;
  return resolvedAt !== null && resolvedAt > dueAt;
}

/** isOverdue in SQL, for the compiled read path and the dealer's complaint figures. */
export const overdueSql = sql`(case when ${cases.dueAt} is null then false
  when ${cases.status} in ('OPEN', 'IN_PROGRESS') then ${cases.dueAt} < now()
  else coalesce(${cases.resolvedAt} > ${cases.dueAt}, false) end)`;
