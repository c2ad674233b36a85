import { auditLog } from "../db/schema/index.js";
import type { RootList, TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { auditEntryEntity } from "./audit.declaration.js";
import { AUDIT_KEYS, AUDIT_ORDERING, auditConditions } from "./audit.service.js";
import type { AuditLogFilter } from "./audit.types.js";

/** The compiled read path's view of the audit trail (graphql/compiled): an administrator's only, as the resolver's. */
export const auditProjections: TypeProjection[] = [auditEntryEntity.projection];

/** auditLog(first, after, last, before, filter): listAuditLog's conditions and keyset, the filter's values bound per request. */
export const auditEntryList: RootList = rootList<AuditLogFilter>({
  type: "AuditEntry",
  table: auditLog,
  idColumn: auditLog.id,
  keys: () => ({ ordering: AUDIT_ORDERING, keys: AUDIT_KEYS }),
  where: (_principal, filter, value) => auditConditions(filter, value),
  roles: ["ADMIN"],
});
