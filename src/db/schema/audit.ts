import { index, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";
import { tstz } from "./columns.js";

export const auditOutcome = pgEnum("audit_outcome", ["SUCCESS", "DENIED", "FAILED"]);

/**
 * Who did what to which record, when, through which operation and with what outcome. No PII in
 * `details`. Range-partitioned by `at` (a month per partition, dropped after AUDIT_RETENTION_DAYS:
 * src/db/partitions.ts), so the primary key includes it.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").notNull().$defaultFn(newId),
    at: tstz("at").notNull().defaultNow(),
    actorRole: text("actor_role").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    operation: text("operation"),
    outcome: auditOutcome("outcome").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ name: "audit_log_pkey", columns: [t.id, t.at] }),
    index("audit_log_at_idx").on(t.at),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
    index("audit_log_actor_idx").on(t.actorRole, t.actorId),
    index("audit_log_actor_id_idx").on(t.actorId, t.at),
    index("audit_log_action_idx").on(t.action, t.at),
  ],
);
