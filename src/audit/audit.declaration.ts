import { sql } from "drizzle-orm";
import { auditLog } from "../db/schema/index.js";
import { base64url } from "../graphql/compiled/projection.js";
import { columns, entity } from "../graphql/declare/entity.js";
import { column, derived, globalId, instant } from "../graphql/declare/fields.js";
import { toGlobalId } from "../graphql/global-id.js";
import { AuditEntry } from "./audit.types.js";

/**
 * An audit entry, each field declared once (graphql/declare): the resolver's mapper and the
 * compiled read path's leaves. The target's global id is built from the row's own type.
 */
export const auditEntryEntity = entity(AuditEntry, auditLog, {
  id: globalId("AuditEntry", auditLog.id),
  at: instant(auditLog.at),
  ...columns(auditLog, ["actorRole", "actorId", "action", "targetType", "operation", "outcome"]),
  targetId: derived(
    [auditLog.targetType, auditLog.targetId],
    ([type, id]) => (id ? toGlobalId(type as string, id as string) : null),
    sql`case when coalesce(${auditLog.targetId}, '') = '' then null else ${base64url(sql`${auditLog.targetType} || ':' || ${auditLog.targetId}`)} end`,
  ),
  details: column(auditLog.details),
});

export const toAuditEntry = auditEntryEntity.toNode;
