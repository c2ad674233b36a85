import { sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { newId } from "../db/ids.js";
import { auditLog } from "../db/schema/index.js";
import { rowOf, type AuditEvent } from "./audit.service.js";

/** Audit rows that commit together with other requests' rows; the promise settles once they are committed. */
export interface AuditWriter {
  write(principal: Principal, events: readonly AuditEvent[]): Promise<void>;
}

interface Waiting {
  rows: ReturnType<typeof rowOf>[];
  resolve(): void;
  reject(error: unknown): void;
}

/** Rows per statement at most; the rest wait for the next one. */
const MAX_ROWS = 1_000;

/** The columns, each bound as one array. */
const COLUMNS = ["id", "actorRole", "actorId", "action", "targetType", "targetId", "operation", "outcome", "details"] as const;
type Column = (typeof COLUMNS)[number];

/**
 * `insert into audit_log select ... from unnest($1::uuid[], $2::text[], ...)`, built once per
 * database: drizzle turning the template into text on every INSERT was most of the writer's CPU.
 */
function prepareInsert(db: Database) {
  const column = (name: Column, type = "text") => sql`${sql.placeholder(name)}::${sql.raw(type)}[]`;
  // The select lists every column of the table in its order, `at` included (as its default would).
  return db
    .insert(auditLog)
    .select(
      sql`select i, now(), r, a, ac, tt, ti, o, oc::audit_outcome, d::jsonb from unnest(${sql.join(
        COLUMNS.map((name) => column(name, name === "id" ? "uuid" : "text")),
        sql`, `,
      )}) as t(i, r, a, ac, tt, ti, o, oc, d)`,
    )
    .prepare("audit_log_insert");
}

/**
 * One INSERT (and one commit) for the rows of every request that finished while the previous
 * INSERT was under way, instead of one per request: under load the per-request statement and
 * its commit were half of the server's throughput. A batch waits for nothing else: when no
 * INSERT is running, the rows of one event-loop turn go at once. Every request still awaits the
 * commit of its own rows before it answers, so an audited read is never answered unrecorded.
 *
 * The statement binds one array per column, so its text is the same for any number of rows and
 * stays one prepared statement. Enum and jsonb travel as text (PGlite cannot serialise an array
 * of an enum) and are cast in the statement.
 */
export function createAuditWriter(db: Database): AuditWriter {
  const waiting: Waiting[] = [];
  let scheduled = false;
  let running = false;

  const statement = prepareInsert(db);
  // async: a row that cannot be encoded rejects its own batch instead of throwing out of flush.
  const insert = async (rows: Waiting["rows"]) => {
    const values = Object.fromEntries(COLUMNS.map((name) => [name, [] as (string | null)[]])) as Record<Column, (string | null)[]>;
    for (const row of rows) {
      values.id.push(newId());
      values.actorRole.push(row.actorRole);
      values.actorId.push(row.actorId);
      values.action.push(row.action);
      values.targetType.push(row.targetType);
      values.targetId.push(row.targetId);
      values.operation.push(row.operation);
      values.outcome.push(row.outcome);
      values.details.push(row.details === null ? null : JSON.stringify(row.details));
    }
    return statement.execute(values);
  };

  const flush = async () => {
    scheduled = false;
    running = true;
    const batch: Waiting[] = [];
    let count = 0;
    while (waiting.length > 0 && (batch.length === 0 || count + waiting[0]!.rows.length <= MAX_ROWS)) {
      const next = waiting.shift()!;
      batch.push(next);
      count += next.rows.length;
    }
    try {
      await insert(batch.flatMap((w) => w.rows));
      for (const w of batch) w.resolve();
    } catch (error) {
      // One request's rows must not cost the others theirs: each is tried alone once more.
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((w) => insert(w.rows).then(w.resolve, w.reject)));
    } finally {
      running = false;
      schedule();
    }
  };

  function schedule() {
    if (running || scheduled || waiting.length === 0) return;
    scheduled = true;
    // After this turn's I/O callbacks: the requests finishing in the same turn share the statement.
    setImmediate(() => void flush());
  }

  return {
    write(principal, events) {
      if (events.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.push({ rows: events.map((event) => rowOf(principal, event)), resolve, reject });
        schedule();
      });
    },
  };
}
