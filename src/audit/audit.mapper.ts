import type { auditLog } from "../db/schema/index.js";
import { toGlobalId } from "../graphql/global-id.js";
import { AuditEntry } from "./audit.types.js";

export function toAuditEntry(row: typeof auditLog.$inferSelect): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: toGlobalId("AuditEntry", row.id),
    at: row.at,
    actorRole: row.actorRole,
    actorId: row.actorId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId ? toGlobalId(row.targetType, row.targetId) : null,
    operation: row.operation,
    outcome: row.outcome,
    details: row.details,
  });
}
