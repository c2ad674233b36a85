import { and, count, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { auditLog } from "../db/schema/index.js";
import { forbidden } from "../errors.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { fromGlobalId } from "../graphql/global-id.js";
import { given, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { toAuditEntry } from "./audit.declaration.js";
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

/** Writes several audit rows in one statement (a batch that merges many pairs audits each merge). */
export async function auditAll(db: Executor, principal: Principal, events: AuditEvent[]): Promise<void> {
  if (events.length) await db.insert(auditLog).values(events.map((event) => rowOf(principal, event)));
}

type AuditRow = typeof auditLog.$inferSelect;

export const AUDIT_ORDERING = "AT_DESC";
export const AUDIT_KEYS: KeysetKey<AuditRow>[] = [
  { column: auditLog.at, direction: "DESC", value: (r) => r.at },
  { column: auditLog.id, direction: "DESC", value: (r) => r.id },
];

/** The audit log's conditions, shared by the resolver and the compiled read path (values bound per request there). */
export function auditConditions(filter: AuditLogFilter | null | undefined, value: FilterValues<AuditLogFilter> = valuesOf(filter!)): SQL | undefined {
  if (!filter) return undefined;
  const target = (f: AuditLogFilter) => fromGlobalId(f.targetId!, "filter.targetId");
  return and(
    given(filter.actorId) ? eq(auditLog.actorId, value((f) => f.actorId!)) : undefined,
    given(filter.actorRole) ? eq(auditLog.actorRole, value((f) => f.actorRole!)) : undefined,
    given(filter.action) ? eq(auditLog.action, value((f) => f.action!)) : undefined,
    given(filter.targetType) ? eq(auditLog.targetType, value((f) => f.targetType!)) : undefined,
    given(filter.targetId) ? and(eq(auditLog.targetType, value((f) => target(f).type)), eq(auditLog.targetId, value((f) => target(f).id))) : undefined,
    given(filter.from) ? gte(auditLog.at, value((f) => f.from!)) : undefined,
    given(filter.to) ? lt(auditLog.at, value((f) => f.to!)) : undefined,
  );
}

/** The audit trail, newest first; administrators only. */
export function listAuditLog(db: Executor, principal: Principal, filter: AuditLogFilter | null | undefined, args: ConnectionArgs) {
  if (principal.role !== "ADMIN") throw forbidden("Only administrators read the audit log");
  const where = auditConditions(filter);
  return paginate(
    args,
    {
      ordering: AUDIT_ORDERING,
      keys: AUDIT_KEYS,
      fetch: (after, order, limit) => db.select().from(auditLog).where(and(where, after)).orderBy(...order).limit(limit),
      count: async () => (await db.select({ n: count() }).from(auditLog).where(where))[0]!.n,
    },
    toAuditEntry,
  );
}
