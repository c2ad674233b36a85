import { sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.js";
import { auditLog } from "../../db/schema/index.js";
import type { Binding, ReadAuditRow, Variables } from "./compile.js";
import { literal } from "./projection.js";
import { unsupported } from "./refusals.js";

/** Inserts, on the primary, the audit rows a read-only statement selected on a replica (its `audit_rows`, $1). */
export const AUDIT_ROWS_INSERT = (() => {
  const columns = auditColumns().map((c) => `"${c.name}"`).join(", ");
  return `insert into "audit_log" (${columns}) select ${columns} from json_populate_recordset(null::"audit_log", $1::json)`;
})();

function auditColumns() {
  return [auditLog.id, auditLog.at, auditLog.actorRole, auditLog.actorId, auditLog.action, auditLog.targetType, auditLog.targetId, auditLog.operation, auditLog.outcome, auditLog.details];
}

/**
 * The key a keyed object's audit mark sits under, as SQL and as PostgreSQL writes it in JSON
 * text (the control character escaped), for the patterns that find and strip it.
 */
const KEY = "chr(1) || 'audit'";
const KEY_TEXT = String.raw`"\\u0001audit"`;
/** Whether an answer still holds an audit key: a statement whose marks were not all stripped is not answered. */
export const holdsRelatedAuditKey = (json: string) => json.includes('"\\u0001audit"');

/**
 * The audit rows a compiled read writes in its own statement, in the two ways it can:
 * - by rows: a root's read returns the ids it read (`row_id`, or a list's `row_ids`) beside its
 *   answer, and the statement inserts one row per id. Cheap; one root, one kind of row.
 * - by keys: each audited object in the answer carries its row's id and the fields read of it
 *   under a key no answer can otherwise hold; the statement writes one row per distinct id (the
 *   fields united, as the resolvers' notes add up) and strips the keys. Any number of roots and
 *   related objects, one kind of row per statement.
 * The INSERT sees the read's rows, so it writes exactly when the caller gets an answer (nothing
 * for a row out of scope), and commits with the statement before the answer leaves; a failing
 * INSERT fails the read. The ids are bound per request, so a replay of the statement on a dead
 * connection (reads of query operations are retried, db/unavailable.ts) cannot write twice.
 */
export class AuditStatements {
  constructor(
    private readonly principal: Principal,
    private readonly bind: (binding: Binding) => SQL,
    /**
     * For a read replica, which cannot write: the audit rows are selected, not inserted, and
     * returned as JSON in the statement's last column (`audit_rows`) for the primary to insert
     * (`AUDIT_ROWS_INSERT`). Same parameters, in the same order, as the writing statement.
     */
    private readonly readOnly: boolean,
  ) {}

  /** One root's read of one row and its audit row. */
  byRow(read: SQL, row: ReadAuditRow): SQL {
    const insert = this.insert(row, sql`${this.bind({ kind: "auditId" })}::uuid`, sql`answer.row_id::text`);
    return sql`with answer as (${read}), audit as (${insert} from answer) select data, row_id${this.auditRows()} from answer`;
  }

  /** A list's read and one audit row per listed row, ids bound as many as the page may hold. */
  byRows(read: SQL, row: ReadAuditRow, limit: (variables: Variables) => number): SQL {
    const insert = this.insert(row, sql`(${this.bind({ kind: "auditIds", count: limit })}::uuid[])[listed.n]`, sql`listed.id::text`);
    return sql`with answer as (${read}), audit as (${insert} from answer, unnest(answer.row_ids) with ordinality as listed(id, n)) select data, row_ids${this.auditRows()} from answer`;
  }

  /** The key an audited object carries (first among its fields: `byKeys` strips it with the separator after it). */
  key(rowId: SQL, row: ReadAuditRow): SQL {
    const labels = (row.details as { fields?: unknown } | null)?.fields;
    if (!Array.isArray(labels) || labels.some((label) => typeof label !== "string" || !/^[A-Za-z]+$/.test(label))) unsupported();
    return sql`${sql.raw(KEY)}, ${rowId}::text || ${sql.raw(literal(`:${(labels as string[]).join(",")}`))}`;
  }

  /**
   * The read, one audit row per distinct keyed row its answer holds (the fields read of it
   * united, sorted as the resolvers' rows are), and the answer without the keys. Each row's id
   * comes from the request's one bound id and the row's id.
   */
  byKeys(read: SQL, row: ReadAuditRow): SQL {
    const marks = sql.raw(`regexp_matches(answer.data::text, '${KEY_TEXT} ?: ?"([^":]*):([A-Za-z,]*)"', 'g')`);
    const grouped = sql`select related.m[1] as id, jsonb_agg(distinct label order by label) as fields
      from (select ${marks} as m from answer) related, unnest(string_to_array(related.m[2], ',')) as label group by related.m[1]`;
    const insert = this.insert(
      { ...row, details: null },
      sql`md5(${this.bind({ kind: "auditId" })}::text || grouped.id)::uuid`,
      sql`grouped.id`,
      sql`jsonb_build_object('fields', grouped.fields)`,
    );
    const stripped = sql.raw(`regexp_replace(answer.data::text, '${KEY_TEXT} ?: ?"[^"]*", ?', '', 'g')`);
    return sql`with answer as (${read}), audit as (${insert} from (${grouped}) grouped) select ${stripped} as data${this.auditRows()} from answer`;
  }

  /** The columns and values are the audit writer's (audit/audit-writer.ts): the id a UUIDv7 from Node, `at` now(). */
  private insert(row: ReadAuditRow, id: SQL, targetId: SQL, details?: SQL): SQL {
    const columns = auditColumns();
    const values = [
      id,
      sql`now()`,
      sql`${this.principal.role}::text`,
      sql`${this.bind({ kind: "actorId" })}::text`,
      sql`${row.action}::text`,
      sql`${row.targetType}::text`,
      targetId,
      sql`${this.bind({ kind: "operationName" })}::text`,
      sql`'SUCCESS'::audit_outcome`,
      details ?? (row.details === null ? sql`null` : sql`${JSON.stringify(row.details)}::jsonb`),
    ];
    if (this.readOnly) return sql`select ${sql.join(values.map((value, i) => sql`${value} as ${sql.identifier(columns[i]!.name)}`), sql`, `)}`;
    return sql`insert into ${auditLog} (${sql.join(
      columns.map((c) => sql.identifier(c.name)),
      sql`, `,
    )}) select ${sql.join(values, sql`, `)}`;
  }

  /** The read-only statement's last column: the audit rows it selected, as a JSON array (null: none). */
  private auditRows(): SQL {
    return this.readOnly ? sql`, (select json_agg(audit) from audit) as audit_rows` : sql``;
  }
}
