import type { Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { auditLog } from "../db/schema/index.js";

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  operation: string;
  outcome?: "SUCCESS" | "DENIED" | "FAILED";
  /** Ids and counts only: the audit log holds no PII. */
  details?: Record<string, unknown>;
}

/**
 * One audit row, inside the caller's transaction so that it commits with the change it records.
 * Minimal on purpose: the audit domain (src/privacy, audit queries) may replace it with its own writer.
 */
export async function writeAudit(tx: Executor, principal: Principal, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorRole: principal.role,
    actorId: principal.subject,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    operation: entry.operation,
    outcome: entry.outcome ?? "SUCCESS",
    details: entry.details ?? null,
  });
}
