import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema, OperationDefinitionNode } from "graphql";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import { tenantIdOf, type Principal } from "../../auth/principal.js";
import type { Context } from "../../context.js";
import type { DatabaseHandle } from "../../db/client.js";
import { newId } from "../../db/ids.js";
import { DomainError } from "../../errors.js";
import { isDatabaseUnavailable, outsideOperationScope, readsMayUseReplica } from "../../db/unavailable.js";
import { loggableError } from "../errors.js";
import { sealCursor } from "../cursor-seal.js";
import { assumptionsHold, AUDIT_ROWS_INSERT, coerceVariables, compileRead, holdsRelatedAuditKey, REFUSED, type CompiledRead, type CursorMarks, type NotCovered, type Projections, type ReadAudit, type Variables } from "./compile.js";

/**
 * Compiled statements per operation (the document store keeps one parsed document per query
 * text), then per role: the caller's ids are bound per request, so the number of entries is
 * bounded by the roles, not by who signs in. An operation has a few variants per role when its
 * variables change the statement's shape (@include, `last`, an ordering), each kept with what it
 * assumed of the variables.
 */
const compiledFor = new WeakMap<OperationDefinitionNode, Map<Principal["role"] | `${Principal["role"]}:replica`, (CompiledRead | NotCovered)[]>>();
/** Beyond this many shapes of one operation and role, new shapes are compiled per request and not kept. */
const MAX_VARIANTS = 16;

/**
 * The compiled read path: an operation the projections fully cover runs as ONE statement that
 * builds its JSON in the database, instead of the resolvers and their loaders. Everything
 * before execution (parsing, validation, limits, cost) and after it (cost report, the audit of
 * personal-data reads of the resolver path) is Apollo's usual pipeline. An audited read writes
 * its audit row in its own statement (`audit`, from the audit domain, says which reads leave
 * which row): one round trip, committed with the answer. Whatever the path cannot answer
 * exactly as the resolvers would (no row, a bad id, an unusual page size, a database error, a
 * failed audit INSERT) runs through the resolvers, which also produce the proper errors.
 */
export function compiledReadsPlugin(
  schema: GraphQLSchema,
  projections: Projections,
  database: DatabaseHandle,
  log: Logger,
  audit: ReadAudit,
  metrics: Registry,
): ApolloServerPlugin<Context> {
  const run = statementRunner(database);
  const insertAuditRows = auditRowsBatcher((rows) => {
    database.queries.logQuery(AUDIT_ROWS_INSERT, [rows]);
    return run(AUDIT_ROWS_INSERT, [rows]);
  });
  // Compiling costs several times what running the statement does: a count that grows with
  // traffic rather than with the number of distinct queries means the cache is missing.
  const compilations = new Counter({
    name: "compiled_read_compilations_total",
    help: "Operations compiled for the compiled read path, by outcome (compiled, not_covered: left to the resolvers, failed: a compiler error)",
    labelNames: ["outcome"] as const,
    registers: [metrics],
  });
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, request, contextValue }) {
          if (!operation || operation.operation !== "query") return null;
          let byRole = compiledFor.get(operation);
          if (!byRole) compiledFor.set(operation, (byRole = new Map()));
          const role = contextValue.principal.role;
          // Bound for the read replica (db/replica.ts): a statement that writes no audit row but
          // returns it, for the primary to insert. It stays right if the primary answers it instead.
          const readOnly = database.replica?.usable === true && readsMayUseReplica();
          // Variables that do not coerce are the resolvers' to report.
          const variables = coerceVariables(schema, operation, request.variables ?? {});
          if (!variables) return null;
          const variant = readOnly ? (`${role}:replica` as const) : role;
          let variants = byRole.get(variant);
          if (!variants) byRole.set(variant, (variants = []));
          let compiled = variants.find((v) => assumptionsHold(v.assumptions, variables));
          if (!compiled) {
            try {
              compiled = compileRead(schema, projections, document, operation, role, variables, audit, readOnly);
              compilations.inc({ outcome: "none" in compiled ? "not_covered" : "compiled" });
            } catch (error) {
              // This request's own arguments are wrong (lastDays with from/to): the resolvers answer
              // with the error and its field. Nothing is kept, or one bad request would send every
              // later request of the operation to the resolvers.
              if (error instanceof DomainError) {
                log.debug({ code: error.code, field: error.field, operation: operation.name?.value }, "compiled read refused the arguments; the resolvers answer");
                return null;
              }
              // A projection the compiler cannot use is a bug to fix, not a reason to fail the request.
              log.error({ err: error, operation: operation.name?.value }, "compiling a read failed; running the resolvers instead");
              compilations.inc({ outcome: "failed" });
              compiled = { none: true, assumptions: [] };
            }
            if (variants.length < MAX_VARIANTS) variants.push(compiled);
          }
          if ("none" in compiled) return null;
          const params = bindParams(compiled, operation, variables, contextValue.principal);
          if (!params) return null;
          let json: string | null | undefined;
          try {
            database.queries.logQuery(compiled.text, params);
            const answer = await run(compiled.text, params, readOnly && compiled.audited);
            json = answer?.data;
            if (answer?.auditRows) {
              // Before the answer leaves, as the writing statement would have; failing, the resolvers answer (and audit).
              await insertAuditRows(answer.auditRows);
            }
          } catch (error) {
            // An outage is no defect of the compiled path: the resolvers will answer SERVICE_UNAVAILABLE.
            if (isDatabaseUnavailable(error)) log.warn({ err: loggableError(error) }, "compiled read: database unavailable");
            // Without the bound values: a filter (a searched email) is personal data.
            else log.error({ err: loggableError(error) }, "compiled read failed; running the resolvers instead");
            return null;
          }
          if (json === undefined) return null;
          if (json !== null && compiled.auditKeys && holdsRelatedAuditKey(json)) {
            // A bug, never an answer: the audit key would reach the client. The audit rows are written.
            log.error({ operation: operation.name?.value }, "compiled read left an audit key in its answer; running the resolvers instead");
            return null;
          }
          const data = json !== null && contextValue.rawAnswer && !marksAny(compiled.cursors) ? contextValue.rawAnswer.hold(json) : parsedWithSealedCursors(json, compiled.cursors);
          const answer = compiled.whole ? (data as Record<string, unknown>) : { [compiled.rootKey]: data };
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: answer } } };
        },
      };
    },
  };
}

/** The statement's parameters for this request, or null when a value needs the resolvers' answer. */
function bindParams(compiled: CompiledRead, operation: OperationDefinitionNode, coerced: Variables, principal: Principal): unknown[] | null {
  const params: unknown[] = [];
  for (const entry of compiled.params) {
    if ("fixed" in entry) {
      params.push(entry.fixed);
      continue;
    }
    const param = entry.bound;
    if (param.kind === "auditId") {
      params.push(newId());
      continue;
    }
    if (param.kind === "auditIds") {
      params.push(Array.from({ length: param.count(coerced) }, () => newId()));
      continue;
    }
    if (param.kind === "actorId") {
      params.push(principal.subject ?? null);
      continue;
    }
    if (param.kind === "operationName") {
      params.push(operation.name?.value ?? null);
      continue;
    }
    if (param.kind === "tenant") {
      const tenantId = tenantIdOf(principal);
      // Compiled for this role, so it has one; without it the resolvers decide.
      if (tenantId === undefined) return null;
      params.push(tenantId);
      continue;
    }
    const value = param.read(coerced);
    if (value === REFUSED) return null;
    params.push(value);
  }
  return params;
}

/**
 * Runs a compiled statement and returns its first column, the answer, as the JSON text the
 * database sent (null for SQL null, undefined when there is no row); the other columns name who
 * was read, for the statement's own audit row.
 */
/**
 * The audit rows of reads answered by the replica, inserted on the primary: every read waits for
 * its rows to be committed before its answer leaves, but the reads that finish in the same turn
 * of the event loop share one INSERT (one statement for many requests under load, instead of one
 * each). A failed INSERT fails every read of its batch: the resolvers answer them (and audit).
 */
function auditRowsBatcher(insert: (rows: string) => Promise<unknown>): (rows: string) => Promise<void> {
  let pending: { rows: string[]; done: Promise<void> } | undefined;
  return (rows) => {
    if (!pending) {
      const batch = { rows: [] as string[], done: undefined as unknown as Promise<void> };
      batch.done = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        pending = undefined;
        // Each is a JSON array: their elements joined make one, without parsing them.
        await outsideOperationScope(() => insert(batch.rows.length === 1 ? batch.rows[0]! : `[${batch.rows.map((r) => r.slice(1, -1)).join(",")}]`));
      });
      pending = batch;
    }
    pending.rows.push(rows);
    return pending.done;
  };
}

/** The answer's JSON (null for SQL null), and the audit rows a read-only statement returned; undefined when there is no row. */
type Runner = (text: string, params: unknown[], auditRowsLast?: boolean) => Promise<{ data: string | null; auditRows: string | null } | undefined>;

/** JSON columns kept as text: PGlite parses them by type unless told otherwise. */
const JSON_AS_TEXT = { 114: (text: string) => text, 3802: (text: string) => text };

/** One prepared statement per text on each pooled connection (postgres.js), or PGlite's single connection. */
function statementRunner(database: DatabaseHandle): Runner {
  if (database.client) {
    const client = database.client;
    return async (text, params, auditRowsLast = false) => {
      const [row] = await client.unsafe(text, params as never[], { prepare: true }).raw();
      if (!row) return undefined;
      const data = row[0];
      // A read-only statement's last column (compile.ts auditRows).
      const auditRows = auditRowsLast ? row[row.length - 1] : null;
      return { data: data ? data.toString("utf8") : null, auditRows: auditRows ? auditRows.toString("utf8") : null };
    };
  }
  const pglite = database.pglite!;
  return async (text, params) => {
    const [row] = (await pglite.query<[string | null]>(text, params, { rowMode: "array", parsers: JSON_AS_TEXT })).rows;
    // PGlite never has a replica: its statements write their audit rows themselves.
    return row ? { data: row[0], auditRows: null } : undefined;
  };
}

function marksAny(marks: CursorMarks): boolean {
  for (const _ in marks) return true;
  return false;
}

/** The answer as objects, for a caller without an HTTP response to splice into or with cursors to seal. */
function parsedWithSealedCursors(json: string | null, marks: CursorMarks): unknown {
  if (json === null) return null;
  const data: unknown = JSON.parse(json);
  sealCursors(data, marks);
  return data;
}

/** Seals, in place, the plain cursors the statement wrote where the compiler marked them. */
function sealCursors(data: unknown, marks: CursorMarks): void {
  const stack: { value: unknown; marks: CursorMarks }[] = [{ value: data, marks }];
  while (stack.length > 0) {
    const { value, marks: here } = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, marks: here });
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    const object = value as Record<string, unknown>;
    for (const [key, mark] of Object.entries(here)) {
      if (mark === true) {
        if (typeof object[key] === "string") object[key] = sealCursor(object[key]);
      } else stack.push({ value: object[key], marks: mark });
    }
  }
}
