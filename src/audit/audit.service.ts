import type { Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { auditLog } from "../db/schema/index.js";

export interface AuditEntry {
  /** What happened, e.g. `consent.change`. */
  action: string;
  targetType: string;
  targetId: string | null;
  /** The GraphQL operation or job that did it. */
  operation: string;
  outcome: "SUCCESS" | "DENIED" | "FAILED";
  /** Never PII: ids, enum values, counts. */
  details?: Record<string, unknown>;
}

/** Appends one audit row (who, what, when, outcome) inside the caller's transaction. */
export async function recordAudit(tx: Executor, principal: Principal, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorRole: principal.role,
    actorId: principal.subject,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    operation: entry.operation,
    outcome: entry.outcome,
    details: entry.details ?? null,
  });
}
