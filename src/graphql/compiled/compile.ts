import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import { LRUCache } from "lru-cache";
import type { Principal } from "../../auth/principal.js";
import { auditLog } from "../../db/schema/index.js";
import { DomainError } from "../../errors.js";
import { markedPrincipal, mentionsMarker, TENANT_MARKER } from "../principal-shape.js";
import { pageWindow, type ConnectionArgs, type PageWindow } from "../connection.js";
import { cursorOf, cursorText, keysetAfter, keysetOrder } from "./keyset.js";
import { compileLookup } from "./lookups.js";
import { REFUSED, Unsupported, unsupported } from "./refusals.js";
import { literal, tableNameOf, type Relation, type RootList, type RootLookup, type RootRows, type TypeProjection } from "./projection.js";

export interface Projections {
  types: Map<string, TypeProjection>;
  /** Root fields reading one row by their argument (customer(id:), order(number:)). */
  roots: Map<string, RootLookup>;
  /** node(id:) and nodes(ids:): each Node type's row by id, keyed by the global id's type. */
  nodes?: Map<string, RootLookup>;
  /** Root fields answering a connection of rows (customers, orders...). */
  lists?: Map<string, RootList>;
  /** Root fields answering a plain list of rows (segments). */
  rows?: Map<string, RootRows>;
}

/** The operation's variables as graphql-js coerces them (defaults applied, scalars parsed). */
export type Variables = Record<string, unknown>;

export { REFUSED };

/**
 * Where a bound value comes from at execution: the caller's tenant id, a value read from the
 * request's coerced variables (the root's key, page windows, cursor keys, filter values), or
 * the audit row's parts that differ per request (its id, or a list's ids as many as the page may
 * hold; the caller; the operation).
 */
export type Binding =
  | { kind: "tenant" }
  | { kind: "value"; read: (variables: Variables) => unknown }
  | { kind: "auditId" }
  | { kind: "auditIds"; count: (variables: Variables) => number }
  | { kind: "actorId" }
  | { kind: "operationName" };

/**
 * A fact about the variables the statement was compiled under (an @include condition, whether
 * `last` was given, an ordering): a compilation serves a request only if its facts still hold.
 */
export interface Assumption {
  fact: (variables: Variables) => string;
  holds: string;
}

/** The audit row a read writes in its own statement; the same for every request of one operation and role. */
export interface ReadAuditRow {
  action: string;
  targetType: string;
  details: Record<string, unknown> | null;
}

/**
 * Which reads are audited (the audit domain decides; graphql/ names no domain): the row a read of
 * `rootField` selecting `rootFields` by `role` must leave (for each row a list returns), or null
 * when it leaves none. `rootField` null: an object reached through a relation (Order.customer);
 * the statement writes one row per distinct related row, its `details.fields` the union of what
 * was read of it (as the resolvers' notes add up).
 */
export type ReadAudit = (role: Principal["role"], rootField: string | null, rootType: string, rootFields: readonly string[]) => ReadAuditRow | null;

/** A statement parameter: fixed when compiled (a constant of a projection), or bound per request. */
export type Param = { fixed: unknown } | { bound: Binding };

/**
 * Where cursors sit in a compiled answer, by response key: `true` marks a cursor, an object the
 * keys below; arrays on the way apply it to each item. The statement writes cursors in plain
 * text and the plugin seals them (graphql/cursor-seal.ts), as the resolvers' cursors are.
 */
export interface CursorMarks {
  [key: string]: CursorMarks | true;
}

/** One operation as one statement: a single row whose `data` column is the root field's JSON. */
export interface CompiledRead {
  text: string;
  /** Values fixed at compile time and bindings filled per request (among them the caller's tenant id). */
  params: Param[];
  rootKey: string;
  /** The root field's name and type (customer, Customer). */
  rootField: string;
  rootType: string;
  /** Field names selected on the root object. */
  rootFields: string[];
  /** The statement also writes the read's audit row (when it returns a row): nothing is left to audit after it. */
  audited: boolean;
  /** The statement audits related rows through keys it strips from its answer (relatedAudited): the plugin checks none is left. */
  auditKeys: boolean;
  /** Cursors in the root field's JSON, to seal before the answer leaves. */
  cursors: CursorMarks;
  /** What the compilation took for granted about the variables. */
  assumptions: Assumption[];
  /** A list root: the statement's `row_ids` are the customers on the page (for the audit), not `row_id`. */
  list: boolean;
  /** Several root fields: the answer is the whole `data` object, keyed by their response keys (`cursors` too), not `rootKey`'s value. */
  whole?: boolean;
}

/** One root field's read before it becomes the statement (alone, or beside other root fields'). */
export interface RootPart {
  statement: SQL;
  rest: Omit<CompiledRead, "text" | "params" | "assumptions" | "auditKeys">;
}

/** An operation the projections do not cover under these variables: left to the resolvers. */
export interface NotCovered {
  none: true;
  assumptions: Assumption[];
}

/** The request's variables coerced as graphql-js does, or null when they do not coerce (the resolvers report it). */
export function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Record<string, unknown>): Variables | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
  return coerced.errors ? null : coerced.coerced;
}

export const assumptionsHold = (assumptions: Assumption[], variables: Variables): boolean => assumptions.every((a) => a.fact(variables) === a.holds);

const dialect = new PgDialect();
const BINDING = Symbol("binding");

/**
 * Compiles a query into one SQL statement that builds the whole response as JSON in the database,
 * or answers null when any part of it is outside what the projections declare (then it runs
 * through the resolvers as usual). Supported: one root lookup or root list, fields, aliases,
 * fragments, @include/@skip, and connections paged forward or backward from a cursor. Values
 * that vary per request (ids, page sizes, cursors, filter values) are bound parameters; what
 * changes the statement's shape (a directive's condition, whether `last` is given, an ordering)
 * is an assumption of the compilation, checked per request.
 *
 * The statement serves every principal of `role`: the caller's tenant id (customer, dealer,
 * supplier, carrier) is a parameter bound per request, so ten thousand signed-in customers share
 * one compilation. The policies are handed a principal whose ids are markers; a marker found
 * anywhere but as a whole parameter (in the text, inside a value) means a projection depends on
 * the caller in a way binding cannot express, which is refused loudly rather than cached wrongly.
 */
export function compileRead(
  schema: GraphQLSchema,
  projections: Projections,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  role: Principal["role"],
  variables: Variables = {},
  audit: ReadAudit = () => null,
  readOnly = false,
): CompiledRead | NotCovered {
  if (operation.operation !== "query") return { none: true, assumptions: [] };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const compiler = new Compiler(schema, projections, fragments, markedPrincipal(role), variables, audit, readOnly);
  let compiled: CompiledRead;
  try {
    compiled = compiler.root(operation);
  } catch (error) {
    // Not covered under these variables: other values (an @include turned off) may be.
    if (error instanceof Unsupported) return { none: true, assumptions: compiler.assumptions };
    throw error;
  }
  const params = compiled.params.map((p): Param => ("fixed" in p && p.fixed === TENANT_MARKER ? { bound: { kind: "tenant" } } : p));
  if (mentionsMarker(compiled.text) || params.some((p) => "fixed" in p && mentionsMarker(p.fixed))) {
    throw new Error(`a projection of ${compiled.rootType} uses the principal's ids other than as a bound value: it cannot be shared by role`);
  }
  return { ...compiled, params };
}

/** Inserts, on the primary, the audit rows a read-only statement selected on a replica (its `audit_rows`, $1). */
export const AUDIT_ROWS_INSERT = (() => {
  const columns = [auditLog.id, auditLog.at, auditLog.actorRole, auditLog.actorId, auditLog.action, auditLog.targetType, auditLog.targetId, auditLog.operation, auditLog.outcome, auditLog.details]
    .map((c) => `"${c.name}"`)
    .join(", ");
  return `insert into "audit_log" (${columns}) select ${columns} from json_populate_recordset(null::"audit_log", $1::json)`;
})();

/**
 * The key a related object's audit mark sits under, as SQL and as PostgreSQL writes it in JSON
 * text (the control character escaped), for the patterns that find and strip it.
 */
const RELATED_KEY = "chr(1) || 'audit'";
const RELATED_KEY_TEXT = String.raw`"\\u0001audit"`;
/** Whether an answer still holds an audit key: a statement whose marks were not all stripped is not answered. */
export const holdsRelatedAuditKey = (json: string) => json.includes('"\\u0001audit"');

/**
 * Statements are cached per operation and role; operations whose SQL comes out the same (one
 * query sent under two spellings) share one copy of the text.
 */
const texts = new LRUCache<string, string>({ max: 1_000 });
function interned(text: string): string {
  const known = texts.get(text);
  if (known) return known;
  texts.set(text, text);
  return text;
}

class Compiler {
  private aliases = 0;
  readonly assumptions: Assumption[] = [];
  /** The audit row of related rows read in this statement (one kind per statement), if any. */
  private related: ReadAuditRow | undefined;
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly projections: Projections,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    readonly principal: Principal,
    readonly variables: Variables,
    readonly audit: ReadAudit,
    /**
     * For a read replica, which cannot write: the audit rows are selected, not inserted, and
     * returned as JSON in the statement's last column (`audit_rows`) for the primary to insert
     * (`AUDIT_ROWS_INSERT`). Same parameters, in the same order, as the writing statement.
     */
    private readonly readOnly = false,
  ) {}

  root(operation: OperationDefinitionNode): CompiledRead {
    const queryType = this.schema.getQueryType() ?? unsupported();
    const selected = this.collect(queryType, operation.selectionSet);
    // json_build_object takes at most 100 arguments.
    if (selected.size === 0 || selected.size > 50) unsupported();
    // `__typename` alone needs no database: the resolvers answer it without a statement.
    if ([...selected.values()].every((nodes) => nodes[0]!.name.value === "__typename")) unsupported();
    const parts = [...selected].map(([rootKey, nodes]) => {
      if (nodes[0]!.name.value === "__typename") {
        const rest = { rootKey, rootField: "__typename", rootType: "String", rootFields: [], audited: false, cursors: {}, list: false };
        return this.part(sql`select to_json(${sql.raw(literal(queryType.name))}::text) as data`, rest);
      }
      const field = queryType.getFields()[nodes[0]!.name.value] ?? unsupported();
      const list = this.projections.lists?.get(field.name);
      if (list) return this.rootList(rootKey, list, queryType, nodes);
      const rows = this.projections.rows?.get(field.name);
      if (rows) return this.rootRows(rootKey, field.name, rows, nodes);
      return compileLookup(this, this.projections, field, rootKey, nodes);
    });
    if (parts.length === 1) return this.finish(parts[0]!.statement, parts[0]!.rest);
    return this.together(parts);
  }

  part(statement: SQL, rest: RootPart["rest"]): RootPart {
    return { statement, rest };
  }

  /**
   * Several root fields in one statement: each one's read is a one-row subquery, joined with the
   * others, and the answer is the `data` object they make. A root that finds no row (a lookup's
   * NOT_FOUND) leaves the statement without a row: the resolvers answer the whole operation, as
   * for one root. Audit rows are written by a statement's top-level WITH: related rows' audit
   * (an order's customer's emails) wraps the whole answer as for one root (finish), but roots
   * whose own reads are audited (staff reading customers) are left to the resolvers together.
   */
  private together(parts: RootPart[]): CompiledRead {
    if (parts.some((p) => p.rest.audited)) unsupported();
    const aliases = parts.map(() => sql.raw(`root${++this.aliases}`));
    const data = sql.join(
      parts.map((p, i) => sql`${sql.raw(literal(p.rest.rootKey))}, ${aliases[i]!}.data`),
      sql`, `,
    );
    const from = sql.join(
      parts.map((p, i) => sql`(${p.statement}) ${aliases[i]!}`),
      sql`, `,
    );
    const cursors: CursorMarks = {};
    for (const p of parts) if (Object.keys(p.rest.cursors).length > 0) cursors[p.rest.rootKey] = p.rest.cursors;
    return this.finish(sql`select json_build_object(${data}) as data from ${from}`, {
      rootKey: parts.map((p) => p.rest.rootKey).join(","),
      rootField: parts.map((p) => p.rest.rootField).join(","),
      rootType: parts.map((p) => p.rest.rootType).join(","),
      rootFields: [],
      audited: false,
      cursors,
      list: false,
      whole: true,
    });
  }

  /**
   * A root connection (customers, orders...): the page, its totalCount and pageInfo in one statement, and
   * beside the JSON the ids of the rows on the page (`row_ids`), each of whose reads is audited.
   */
  private rootList(rootKey: string, list: RootList, queryType: GraphQLObjectType, nodes: FieldNode[]): RootPart {
    const field = queryType.getFields()[nodes[0]!.name.value]!;
    const argsOf = (variables: Variables) => getArgumentValues(field, nodes[0]!, variables);
    let args: Record<string, unknown>;
    try {
      args = argsOf(this.variables);
    } catch {
      unsupported();
    }
    // The ordering and which filters are given shape the statement; the filters' values are bound.
    this.assume((v) => JSON.stringify(list.shape(argsOf(v))));
    const { ordering, keys } = list.keys(args!);
    const rows = list.rows(this.principal, args!, (read) => this.bind({ kind: "value", read: (v) => read(argsOf(v)) })) ?? unsupported();
    const relation = { shape: "connection" as const, type: list.type, tables: [list.table], rows: () => rows, ordering, keys };
    const connectionType = this.objectType(getNamedType(field.type).name);
    const cursors: CursorMarks = {};
    const page = this.connectionParts(relation, connectionType, nodes, argsOf, rows.from, rows.where ?? sql`true`, new Set([tableNameOf(list.table)]), cursors, list.idColumn);
    const read = sql`select ${page.json} as data, coalesce(array_agg(${page.alias}.r) filter (where ${page.alias}.r is not null), '{}') as row_ids from (${page.rows}) ${page.alias}`;
    const auditRow = page.nodeFields.length > 0 ? this.audit(this.principal.role, field.name, list.type, page.nodeFields) : null;
    const statement = auditRow ? this.auditedList(read, auditRow, page.limit) : read;
    return this.part(statement, { rootKey, rootField: field.name, rootType: list.type, rootFields: page.nodeFields, audited: auditRow !== null, cursors, list: true });
  }

  /** A root's plain list (segments): its rows' JSON in the declared order. Reads the audit wants a row for are the resolvers'. */
  private rootRows(rootKey: string, rootField: string, root: RootRows, nodes: FieldNode[]): RootPart {
    if (nodes.some((n) => n.arguments?.length)) unsupported();
    const rows = root.rows(this.principal) ?? unsupported();
    const fields = this.mergedSelection(this.objectType(root.type), nodes);
    const rootFields = [...new Set([...fields.values()].map((f) => f[0]!.name.value))];
    if (this.audit(this.principal.role, rootField, root.type, rootFields)) unsupported();
    const cursors: CursorMarks = {};
    const node = this.object(root.type, fields, new Set([tableNameOf(root.table)]), cursors);
    const list = sql.raw(`list${++this.aliases}`);
    const read = sql`select coalesce(json_agg(${list}.j), '[]'::json) as data from (select ${node} as j from ${rows.from} where ${rows.where ?? sql`true`} order by ${sql.join(root.orderBy, sql`, `)}) ${list}`;
    return this.part(read, { rootKey, rootField, rootType: root.type, rootFields, audited: false, cursors, list: false });
  }

  finish(statement: SQL, rest: Omit<CompiledRead, "text" | "params" | "assumptions" | "auditKeys">): CompiledRead {
    if (this.related) {
      // Root rows and related rows audited by one statement would need two kinds of row.
      if (rest.audited) unsupported();
      statement = this.relatedAudited(statement, this.related);
      rest = { ...rest, audited: true };
    }
    const query = dialect.sqlToQuery(statement);
    return {
      text: interned(query.sql),
      params: query.params.map((p): Param => (isBindingParam(p) ? { bound: p[BINDING] } : { fixed: p })),
      assumptions: this.assumptions,
      auditKeys: this.related !== undefined,
      ...rest,
    };
  }

  /** Takes a fact about the variables for granted (it becomes part of what the compilation serves); returns it as now. */
  assume(fact: (variables: Variables) => string): string {
    // Arguments that do not coerce under some variables are a fact of their own (never compiled).
    const safe = (variables: Variables) => {
      try {
        return fact(variables);
      } catch {
        return "\u0000invalid";
      }
    };
    const holds = safe(this.variables);
    this.assumptions.push({ fact: safe, holds });
    return holds;
  }

  /**
   * The read and its audit row in one statement: the INSERT sees the read's row, so it writes
   * exactly when the caller gets an answer (nothing for a row out of scope), and it commits with
   * the statement before the answer leaves. A failing INSERT fails the read. The columns and
   * values are the audit writer's (audit/audit-writer.ts): the id a UUIDv7 from Node, `at` now().
   * The id is bound once per request, so a replay of the statement on a dead connection (reads
   * of a query operation are retried, db/unavailable.ts) cannot write a second row for one read.
   */
  audited(read: SQL, row: ReadAuditRow): SQL {
    const insert = this.auditInsert(row, sql`${this.bind({ kind: "auditId" })}::uuid`, sql`answer.row_id::text`);
    return sql`with answer as (${read}), audit as (${insert} from answer) select data, row_id${this.auditRows()} from answer`;
  }

  /** A list's read and one audit row per listed row, ids bound as above (as many as the page may hold), in one statement. */
  auditedList(read: SQL, row: ReadAuditRow, limit: (variables: Variables) => number): SQL {
    const insert = this.auditInsert(row, sql`(${this.bind({ kind: "auditIds", count: limit })}::uuid[])[listed.n]`, sql`listed.id::text`);
    return sql`with answer as (${read}), audit as (${insert} from answer, unnest(answer.row_ids) with ordinality as listed(id, n)) select data, row_ids${this.auditRows()} from answer`;
  }

  private auditInsert(row: ReadAuditRow, id: SQL, targetId: SQL, details?: SQL): SQL {
    const columns = [auditLog.id, auditLog.at, auditLog.actorRole, auditLog.actorId, auditLog.action, auditLog.targetType, auditLog.targetId, auditLog.operation, auditLog.outcome, auditLog.details];
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

  /**
   * A related object whose read the audit domain records (a case's customer with their emails, a
   * dealership's customers with theirs) carries its row's id and the audited fields under a key
   * no answer can otherwise hold (it starts with a control character, which JSON escapes in
   * values). `relatedAudited` writes the rows from those keys and strips them. Null: not audited.
   */
  private relatedAudit(type: string, fields: string[]): SQL | null {
    const row = this.audit(this.principal.role, null, type, fields);
    if (!row) return null;
    const labels = (row.details as { fields?: unknown } | null)?.fields;
    if (!Array.isArray(labels) || labels.some((label) => typeof label !== "string" || !/^[A-Za-z]+$/.test(label))) unsupported();
    const audited = labels as string[];
    if (this.related && (this.related.action !== row.action || this.related.targetType !== row.targetType)) unsupported();
    this.related ??= { action: row.action, targetType: row.targetType, details: null };
    const rowId = this.projections.types.get(type)?.rowId ?? unsupported();
    return sql`${sql.raw(RELATED_KEY)}, ${rowId}::text || ${sql.raw(literal(`:${audited.join(",")}`))}`;
  }

  /**
   * The read, one audit row per distinct related row its answer holds (the fields read of it
   * united, sorted as the resolvers' rows are), and the answer without the audit keys, in one
   * statement. Each row's id comes from the request's one bound id and the row's id, so a replay
   * of the statement cannot write a second row for one read.
   */
  private relatedAudited(read: SQL, row: ReadAuditRow): SQL {
    const marks = sql.raw(`regexp_matches(answer.data::text, '${RELATED_KEY_TEXT} ?: ?"([^":]*):([A-Za-z,]*)"', 'g')`);
    const grouped = sql`select related.m[1] as id, jsonb_agg(distinct label order by label) as fields
      from (select ${marks} as m from answer) related, unnest(string_to_array(related.m[2], ',')) as label group by related.m[1]`;
    const insert = this.auditInsert(
      { ...row, details: null },
      sql`md5(${this.bind({ kind: "auditId" })}::text || grouped.id)::uuid`,
      sql`grouped.id`,
      sql`jsonb_build_object('fields', grouped.fields)`,
    );
    const stripped = sql.raw(`regexp_replace(answer.data::text, '${RELATED_KEY_TEXT} ?: ?"[^"]*", ?', '', 'g')`);
    return sql`with answer as (${read}), audit as (${insert} from (${grouped}) grouped) select ${stripped} as data${this.auditRows()} from answer`;
  }

  /** A bound parameter: drizzle renders it as $n and hands it back in the params list. */
  bind(binding: Binding): SQL {
    return sql`${{ [BINDING]: binding }}`;
  }

  objectType(name: string): GraphQLObjectType {
    const type = this.schema.getType(name);
    return isObjectType(type) ? type : unsupported();
  }

  object(typeName: string, fields: Map<string, FieldNode[]>, readUnder: Set<string>, marks: CursorMarks, auditKey: SQL | null = null): SQL {
    const projection = this.projections.types.get(typeName) ?? unsupported();
    const type = this.objectType(typeName);
    // The audit key first: relatedAudited strips it with the separator after it.
    const parts: SQL[] = auditKey ? [auditKey] : [];
    for (const [key, nodes] of fields) {
      const name = nodes[0]!.name.value;
      parts.push(sql.raw(literal(key)));
      if (name === "__typename") {
        parts.push(sql.raw(`${literal(typeName)}::text`));
        continue;
      }
      const leaf = projection.leaves[name];
      const value = projection.values?.[name];
      const relation = projection.relations?.[name];
      if (leaf) {
        if (nodes.some((n) => n.arguments?.length || n.selectionSet)) unsupported();
        parts.push(leaf);
      } else if (value) {
        const valueType = this.objectType(getNamedType(type.getFields()[name]!.type).name);
        const json = this.valueObject(valueType, value, this.mergedSelection(valueType, nodes));
        const present = projection.valuesPresentWhen?.[name];
        parts.push(present ? sql`(case when ${present} then ${json} end)` : json);
      } else if (relation) {
        const inner: CursorMarks = {};
        parts.push(this.relation(type, relation, nodes, readUnder, inner));
        if (Object.keys(inner).length > 0) marks[key] = inner;
      } else {
        unsupported();
      }
    }
    // json_build_object takes at most 100 arguments: 50 fields per object.
    if (parts.length === (auditKey ? 2 : 0) || parts.length > 100) unsupported();
    return sql`json_build_object(${sql.join(parts, sql`, `)})`;
  }

  private valueObject(type: GraphQLObjectType, leaves: Record<string, SQL>, fields: Map<string, FieldNode[]>): SQL {
    const parts: SQL[] = [];
    for (const [key, nodes] of fields) {
      const name = nodes[0]!.name.value;
      parts.push(sql.raw(literal(key)), name === "__typename" ? sql.raw(`${literal(type.name)}::text`) : (leaves[name] ?? unsupported()));
    }
    return sql`json_build_object(${sql.join(parts, sql`, `)})`;
  }

  /**
   * `above`: the names the parent's row is read under. A relation's conditions name its parent's
   * table, and SQL binds a name to the nearest FROM that has it: a relation whose own FROM names
   * the same table would read itself instead (a self-reference reads its target under another
   * name, `readAs`). Tables further up the path may repeat (an order's customer's orders): each
   * relation's own FROM hides them, and nothing refers past its parent.
   */
  private relation(parent: GraphQLObjectType, relation: Relation, nodes: FieldNode[], above: Set<string>, marks: CursorMarks): SQL {
    const names = relation.tables.map(tableNameOf);
    if (names.some((n) => above.has(n))) unsupported();
    const inner = new Set([...names, ...(relation.shape === "one" && relation.readAs ? [relation.readAs] : [])]);
    let rows = relation.rows(this.principal);
    if (relation.shape !== "connection" && relation.arguments) {
      const declared = relation.arguments;
      if (nodes.some((n) => n.arguments?.some((a) => !declared.names.includes(a.name.value)))) unsupported();
      const field = parent.getFields()[nodes[0]!.name.value]!;
      const argsOf = (variables: Variables) => getArgumentValues(field, nodes[0]!, variables);
      try {
        argsOf(this.variables);
      } catch {
        unsupported();
      }
      this.assume((v) => declared.shape(argsOf(v)));
      rows = declared.rows(this.principal, argsOf(this.variables), (read) => this.bind({ kind: "value", read: (v) => filterValue(() => read(argsOf(v))) }));
    }
    const where = rows.where ?? sql`true`;
    if (relation.shape !== "connection") {
      if (!relation.arguments && nodes.some((n) => n.arguments?.length)) unsupported();
      if (relation.shape === "list" && relation.nullFor?.(this.principal)) return sql`null::json`;
      const fields = this.mergedSelection(this.objectType(relation.type), nodes);
      const auditKey = this.relatedAudit(relation.type, [...fields.values()].map((f) => f[0]!.name.value));
      const node = this.object(relation.type, fields, inner, marks, auditKey);
      if (relation.shape === "one") return sql`(select ${node} from ${rows.from} where ${where} limit 1)`;
      // json_agg takes its rows in the order the subquery sorted them: no sort inside the aggregate.
      const list = sql.raw(`list${++this.aliases}`);
      return sql`(select coalesce(json_agg(${list}.j), '[]'::json) from (select ${node} as j from ${rows.from} where ${where} order by ${sql.join(relation.orderBy, sql`, `)}) ${list})`;
    }
    const field = parent.getFields()[nodes[0]!.name.value]!;
    // The paging arguments, and a filter where the projection declares the loader's.
    const filterArgument = relation.filter?.argument ?? "filter";
    const known = (name: string) => PAGING_ARGUMENTS.has(name) || (name === filterArgument && relation.filter) || (name === "orderBy" && relation.orderBy);
    if (nodes.some((n) => n.arguments?.some((a) => !known(a.name.value)))) unsupported();
    const argsOf = (variables: Variables) => getArgumentValues(field, nodes[0]!, variables);
    try {
      argsOf(this.variables);
    } catch {
      unsupported();
    }
    let paged = relation;
    if (relation.orderBy) {
      // The ordering is the statement's shape: each value asked compiles a variant of its own.
      const value = JSON.parse(this.assume((v) => JSON.stringify(argsOf(v).orderBy ?? null))) as unknown;
      if (value !== null) paged = { ...relation, ...relation.orderBy(value) };
    }
    let filtered = where;
    if (relation.filter) {
      const filter = relation.filter;
      const filterOf = (variables: Variables) => (argsOf(variables)[filterArgument] ?? null) as never;
      if (this.assume((v) => JSON.stringify(filter.shape(filterOf(v)))) === "null") unsupported();
      // A value whose read throws the loader's error (a range the wrong way round) refuses the binding: the resolvers answer with it.
      const conditions = filter.where(filterOf(this.variables), (read) => this.bind({ kind: "value", read: (v) => filterValue(() => read(filterOf(v))) }));
      if (conditions) filtered = sql`${where} and ${conditions}`;
    }
    const connectionType = this.objectType(getNamedType(field.type).name);
    const page = this.connectionParts(paged, connectionType, nodes, argsOf, rows.from, filtered, inner, marks);
    // Without edges or cursors nothing aggregates the page's rows: grouped, an empty page still gives its one row (its totalCount), not null.
    return sql`(select ${page.json} from (${page.rows}) ${page.alias}${page.aggregated ? sql`` : sql` group by ()`})`;
  }

  /**
   * A connection's page: `first` rows after the cursor in keyset order, or `last` rows before it
   * (read in reverse, then put back in order), aggregated in that order (a sorted subquery feeds
   * json_agg its rows in order; a sort inside the aggregate cost twice as much). The window is
   * validated per request exactly as the loaders do (graphql/connection.ts pageWindow): a value
   * they would refuse refuses the binding, and the resolvers answer with their error. Whether
   * there are more rows beyond the page is a second, limited look only when it is asked for.
   */
  private connectionParts(
    relation: Relation & { shape: "connection" },
    connectionType: GraphQLObjectType,
    nodes: FieldNode[],
    argsOf: (variables: Variables) => Record<string, unknown>,
    from: SQL,
    where: SQL,
    readUnder: Set<string>,
    marks: CursorMarks,
    idColumn?: RootList["idColumn"],
  ): { json: SQL; rows: SQL; alias: SQL; nodeFields: string[]; limit: (variables: Variables) => number; aggregated: boolean } {
    try {
      argsOf(this.variables);
    } catch {
      unsupported();
    }
    const ordering = relation.ordering;
    const arity = relation.keys.length;
    // One window per request and connection, read by each of its parameters.
    const windows = new WeakMap<Variables, PageWindow | typeof REFUSED>();
    const windowOf = (variables: Variables): PageWindow | typeof REFUSED => {
      let window = windows.get(variables);
      if (window === undefined) {
        try {
          window = pageWindow(argsOf(variables) as ConnectionArgs, ordering, arity);
        } catch {
          window = REFUSED;
        }
        windows.set(variables, window);
      }
      return window;
    };
    const part = (read: (window: PageWindow) => unknown) =>
      this.bind({
        kind: "value",
        read: (variables) => {
          const window = windowOf(variables);
          return window === REFUSED ? REFUSED : read(window);
        },
      });
    // Backward pages (`last`) read the keyset reversed: a statement of its own shape.
    const forward = this.assume((v) => String((argsOf(v) as ConnectionArgs).last == null)) === "true";
    let size: SQL;
    let hasCursor: SQL;
    let within: SQL;
    const inLiterals = (nodes[0]!.arguments ?? []).every((a) => a.value.kind !== Kind.VARIABLE);
    const fixed = inLiterals ? windowOf(this.variables) : REFUSED;
    if (fixed !== REFUSED && fixed.cursor === null) {
      // A first page asked in literals (the usual nested list): a plain LIMIT the planner sees.
      size = sql.raw(String(fixed.limit));
      hasCursor = sql`false`;
      within = where;
    } else {
      size = sql`${part((w) => w.limit)}::int`;
      hasCursor = sql`${part((w) => w.cursor !== null)}::boolean`;
      const cursorValue = (i: number) => part((w) => cursorText(w.cursor?.[i]));
      within = sql`${where} and (not ${hasCursor} or ${keysetAfter(relation.keys, forward, cursorValue)})`;
    }
    const order = (ahead: boolean) => keysetOrder(relation.keys, ahead);

    // Each page has its own alias: pages nest (a shipment's events inside an order's page).
    const page = sql.raw(`page${++this.aliases}`);
    const cursor = cursorOf(ordering, relation.keys);
    let edge: SQL | undefined;
    let pageCursors = false;
    let nodeFields: string[] = [];
    const parts: SQL[] = [];
    for (const [key, fieldNodes] of this.mergedSelection(connectionType, nodes)) {
      const name = fieldNodes[0]!.name.value;
      parts.push(sql.raw(literal(key)));
      if (name === "__typename") parts.push(sql.raw(`${literal(connectionType.name)}::text`));
      else if (name === "totalCount") parts.push(sql`(select count(*)::int from ${from} where ${where})`);
      else if (name === "edges") {
        // One edge shape per page: two differently aliased edge lists are left to the resolvers.
        if (edge) unsupported();
        const edgeMarks: CursorMarks = {};
        // A root list's rows are audited through its row ids; a nested connection's through audit keys.
        const built = this.edge(relation, connectionType, fieldNodes, cursor, readUnder, edgeMarks, !idColumn);
        edge = built.json;
        nodeFields = built.nodeFields;
        if (Object.keys(edgeMarks).length > 0) marks[key] = edgeMarks;
        parts.push(sql`coalesce(json_agg(${page}.e), '[]'::json)`);
      } else if (name === "pageInfo") {
        const pageInfoMarks: CursorMarks = {};
        const beyond = sql`(${size} > 0 and (select count(*) from (select 1 from ${from} where ${within} limit ${size} + 1) more) > ${size})`;
        const pageInfo = this.pageInfo(connectionType, fieldNodes, forward ? { next: beyond, previous: hasCursor } : { next: hasCursor, previous: beyond }, page, pageInfoMarks);
        if (Object.keys(pageInfoMarks).length > 0) marks[key] = pageInfoMarks;
        pageCursors ||= pageInfo.cursors;
        parts.push(pageInfo.json);
      } else unsupported();
    }
    // A list root also returns the ids on its page, for the audit of who was read.
    const audited = idColumn ? sql`, ${edge ? sql`${idColumn}::text` : sql`null::text`} as r` : sql``;
    const columns = sql`${edge ?? sql`null::json`} as e, ${pageCursors ? cursor : sql`null::text`} as c${audited}`;
    const rows = forward
      ? sql`select ${columns} from ${from} where ${within} order by ${order(true)} limit ${size}`
      : sql`select * from (select ${columns}, row_number() over (order by ${order(false)}) as n from ${from} where ${within} order by ${order(false)} limit ${size}) backward order by n desc`;
    const limit = (variables: Variables) => {
      const window = windowOf(variables);
      return window === REFUSED ? 0 : window.limit;
    };
    return { json: sql`json_build_object(${sql.join(parts, sql`, `)})`, rows, alias: page, nodeFields, limit, aggregated: edge !== undefined || pageCursors };
  }

  private edge(relation: Relation, connectionType: GraphQLObjectType, nodes: FieldNode[], cursor: SQL, readUnder: Set<string>, marks: CursorMarks, related: boolean): { json: SQL; nodeFields: string[] } {
    const edgeType = this.objectType(getNamedType(connectionType.getFields().edges!.type).name);
    const parts: SQL[] = [];
    let nodeFields: string[] = [];
    for (const [key, fieldNodes] of this.mergedSelection(edgeType, nodes)) {
      const name = fieldNodes[0]!.name.value;
      parts.push(sql.raw(literal(key)));
      if (name === "__typename") parts.push(sql.raw(`${literal(edgeType.name)}::text`));
      else if (name === "cursor") {
        parts.push(cursor);
        marks[key] = true;
      } else if (name === "node") {
        const nodeMarks: CursorMarks = {};
        const fields = this.mergedSelection(this.objectType(relation.type), fieldNodes);
        nodeFields = [...new Set([...nodeFields, ...[...fields.values()].map((f) => f[0]!.name.value)])];
        const auditKey = related ? this.relatedAudit(relation.type, [...fields.values()].map((f) => f[0]!.name.value)) : null;
        parts.push(this.object(relation.type, fields, readUnder, nodeMarks, auditKey));
        if (Object.keys(nodeMarks).length > 0) marks[key] = nodeMarks;
      } else unsupported();
    }
    return { json: sql`json_build_object(${sql.join(parts, sql`, `)})`, nodeFields };
  }

  private pageInfo(connectionType: GraphQLObjectType, nodes: FieldNode[], more: { next: SQL; previous: SQL }, page: SQL, marks: CursorMarks): { json: SQL; cursors: boolean } {
    const pageInfoType = this.objectType(getNamedType(connectionType.getFields().pageInfo!.type).name);
    const parts: SQL[] = [];
    let cursors = false;
    for (const [key, fieldNodes] of this.mergedSelection(pageInfoType, nodes)) {
      const name = fieldNodes[0]!.name.value;
      parts.push(sql.raw(literal(key)));
      if (name === "__typename") parts.push(sql.raw(`${literal(pageInfoType.name)}::text`));
      else if (name === "hasNextPage") parts.push(more.next);
      else if (name === "hasPreviousPage") parts.push(more.previous);
      else if (name === "startCursor" || name === "endCursor") {
        cursors = true;
        marks[key] = true;
        parts.push(name === "startCursor" ? sql`(array_agg(${page}.c))[1]` : sql`(array_agg(${page}.c))[count(*)::int]`);
      } else unsupported();
    }
    return { json: sql`json_build_object(${sql.join(parts, sql`, `)})`, cursors };
  }

  /** The selections of all nodes of one response key, merged (graphql-js merges them the same way). */
  mergedSelection(type: GraphQLObjectType, nodes: FieldNode[]): Map<string, FieldNode[]> {
    const merged = new Map<string, FieldNode[]>();
    for (const node of nodes) {
      if (!node.selectionSet) unsupported();
      for (const [key, more] of this.collect(type, node.selectionSet!)) merged.set(key, [...(merged.get(key) ?? []), ...more]);
    }
    return merged;
  }

  /** Response key -> field nodes, through fragments that apply to `type` and selections @include/@skip keep. */
  private collect(type: GraphQLObjectType, selectionSet: SelectionSetNode, into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
        if (!fragment) unsupported();
        // Directives on a fragment's definition apply to nothing in graphql-js either; refused to stay plain.
        if (selection.kind === Kind.FRAGMENT_SPREAD && fragment!.directives?.length) unsupported();
        if (this.applies(type, fragment!.typeCondition?.name.value)) this.collect(type, fragment!.selectionSet, into);
      }
    }
    return into;
  }

  /** Whether @include/@skip keep a selection, as graphql-js decides; the decision is an assumption of the compilation. */
  private included(selection: SelectionNode): boolean {
    if (!selection.directives?.length) return true;
    if (selection.directives.some((d) => d.name.value !== "include" && d.name.value !== "skip")) unsupported();
    const decide = (variables: Variables) => {
      if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
      return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
    };
    try {
      return this.assume((v) => String(decide(v))) === "true";
    } catch {
      return unsupported();
    }
  }

  private applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.schema.getType(condition);
    return isInterfaceType(conditionType) && type.getInterfaces().some((i) => i.name === condition);
  }
}

const PAGING_ARGUMENTS = new Set(["first", "after", "last", "before"]);

/**
 * A filter value read from a request, as the driver binds it (dates as the ISO text both drivers
 * read); a value the resolver would refuse (a malformed id, a range the wrong way round: its
 * read throws the resolver's error) refuses the binding, and the resolvers answer with that error.
 */
export function filterValue(read: () => unknown): unknown {
  try {
    const value = read();
    return value instanceof Date ? value.toISOString() : value;
  } catch (error) {
    // Only the resolver's own refusal (its BAD_USER_INPUT); anything else is a bug and throws.
    if (error instanceof DomainError) return REFUSED;
    throw error;
  }
}

function isBindingParam(value: unknown): value is { [BINDING]: Binding } {
  return typeof value === "object" && value !== null && BINDING in value;
}
