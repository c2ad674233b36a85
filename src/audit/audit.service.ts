import { and, count, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { auditLog } from "../db/schema/index.js";
import { forbidden } from "../errors.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { fromGlobalId } from "../graphql/global-id.js";
import { toAuditEntry } from "./audit.mapper.js";
import type { AuditLogFilter } from "./audit.types.js";

/** What happened; other domains may add actions (the column is text). */
export type AuditAction =
  | "READ_PII"
  | "EXPORT"
  | "ERASE"
  | "CONSENT_CHANGE"
  | "MERGE"
  | "UNMERGE"
  | (string & {});

export interface AuditEvent {
  action: AuditAction;
  /** The GraphQL type of the record acted on, e.g. "Customer". */
  targetType: string;
  /** The record's database id. */
  targetId?: string | null;
  /** The GraphQL operation (or CLI command) it happened in. */
  operation?: string | null;
  outcome?: "SUCCESS" | "DENIED" | "FAILED";
  /** Never personal data: ids, counts, field names, reasons. */
  details?: Record<string, unknown>;
}

export const rowOf = (principal: Principal, event: AuditEvent) => ({
  actorRole: principal.role,
  actorId: principal.subject,
  action: event.action,
  targetType: event.targetType,
  targetId: event.targetId ?? null,
  operation: event.operation ?? null,
  outcome: event.outcome ?? "SUCCESS",
  details: event.details ?? null,
});

/**
 * Writes one audit row: who (the principal), what, to which record, through which operation,
 * with what outcome. Pass a transaction to make the row part of the change it records.
 */
export async function audit(db: Executor, principal: Principal, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values(rowOf(principal, event));
}

type AuditRow = typeof auditLog.$inferSelect;

const AUDIT_KEYS: KeysetKey<AuditRow>[] = [
  { column: auditLog.at, direction: "DESC", value: (r) => r.at },
  { column: auditLog.id, direction: "DESC", value: (r) => r.id },
];

function auditConditions(filter: AuditLogFilter | null | undefined): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter?.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter?.actorRole) conditions.push(eq(auditLog.actorRole, filter.actorRole));
  if (filter?.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter?.targetType) conditions.push(eq(auditLog.targetType, filter.targetType));
  if (filter?.targetId) {
    const target = fromGlobalId(filter.targetId, "filter.targetId");
    conditions.push(eq(auditLog.targetType, target.type), eq(auditLog.targetId, target.id));
  }
  if (filter?.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter?.to) conditions.push(lt(auditLog.at, filter.to));
  return and(...conditions);
}

/** The audit trail, newest first; administrators only. */
export function listAuditLog(db: Executor, principal: Principal, filter: AuditLogFilter | null | undefined, args: ConnectionArgs) {
  if (principal.role !== "ADMIN") throw forbidden("Only administrators read the audit log");
  const where = auditConditions(filter);
  return paginate(
    args,
    {
      ordering: "AT_DESC",
      keys: AUDIT_KEYS,
      fetch: (after, order, limit) => db.select().from(auditLog).where(and(where, after)).orderBy(...order).limit(limit),
      count: async () => (await db.select({ n: count() }).from(auditLog).where(where))[0]!.n,
    },
    toAuditEntry,
  );
}
