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
import { DomainError } from "../../errors.js";
import { markedPrincipal, mentionsMarker, TENANT_MARKER } from "../principal-shape.js";
import { AuditStatements } from "./audit-statements.js";
import { connectionPage, type PageAudit } from "./connections.js";
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
export { AUDIT_ROWS_INSERT, holdsRelatedAuditKey } from "./audit-statements.js";

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
  /** The statement audits related rows through keys it strips from its answer (audit-statements.ts byKeys): the plugin checks none is left. */
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

/**
 * Thrown when an operation's audit rows cannot be written by rows (several audited roots, or an
 * audited root beside audited related rows): it is compiled again with every audited object keyed.
 */
class AuditByKeys extends Error {}

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
  let compiled: CompiledRead | undefined;
  for (const keyed of [false, true]) {
    const compiler = new Compiler(schema, projections, fragments, markedPrincipal(role), variables, audit, readOnly, keyed);
    try {
      compiled = compiler.root(operation);
      break;
    } catch (error) {
      if (error instanceof AuditByKeys && !keyed) continue;
      // Not covered under these variables: other values (an @include turned off) may be.
      if (error instanceof Unsupported) return { none: true, assumptions: compiler.assumptions };
      throw error;
    }
  }
  if (!compiled) throw new Error("a compilation audited by keys asked to be audited by keys");
  const params = compiled.params.map((p): Param => ("fixed" in p && p.fixed === TENANT_MARKER ? { bound: { kind: "tenant" } } : p));
  if (mentionsMarker(compiled.text) || params.some((p) => "fixed" in p && mentionsMarker(p.fixed))) {
    throw new Error(`a projection of ${compiled.rootType} uses the principal's ids other than as a bound value: it cannot be shared by role`);
  }
  return { ...compiled, params };
}

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
  /** The audit row of the keyed objects read in this statement (one kind per statement), if any. */
  private keyedRow: ReadAuditRow | undefined;
  /** The audit SQL of this statement's reads (by rows, by keys; written, or returned on a replica). */
  readonly audits: AuditStatements;
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly projections: Projections,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    readonly principal: Principal,
    readonly variables: Variables,
    readonly audit: ReadAudit,
    /** For a read replica: the audit rows are returned, not written (audit-statements.ts). */
    readOnly: boolean,
    /**
     * Every audited object, roots too, is audited by its key (audit-statements.ts): set when the
     * operation's audit cannot be written by rows (several audited roots, or an audited root
     * beside audited related rows).
     */
    readonly keyed: boolean,
  ) {
    this.audits = new AuditStatements(principal, (binding) => this.bind(binding), readOnly);
  }

  alias(prefix: string): SQL {
    return sql.raw(`${prefix}${++this.aliases}`);
  }

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
   * for one root. Audit rows are written by a statement's top-level WITH, so roots whose reads
   * are audited (staff reading customers) are audited by their keys, with any related rows, in
   * one WITH around the whole answer (finish): one row per customer, the fields read united.
   */
  private together(parts: RootPart[]): CompiledRead {
    if (parts.some((p) => p.rest.audited)) throw new AuditByKeys();
    const aliases = parts.map(() => this.alias("root"));
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
    const audit: PageAudit = this.keyed ? { keys: { rootField: field.name } } : { rows: list.idColumn };
    const page = connectionPage(this, relation, connectionType, nodes, argsOf, rows.from, rows.where ?? sql`true`, new Set([tableNameOf(list.table)]), cursors, audit);
    const ids = this.keyed ? sql`` : sql`, coalesce(array_agg(${page.alias}.r) filter (where ${page.alias}.r is not null), '{}') as row_ids`;
    const read = sql`select ${page.json} as data${ids} from (${page.rows}) ${page.alias}`;
    const auditRow = !this.keyed && page.nodeFields.length > 0 ? this.audit(this.principal.role, field.name, list.type, page.nodeFields) : null;
    const statement = auditRow ? this.audits.byRows(read, auditRow, page.limit) : read;
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
    const list = this.alias("list");
    const read = sql`select coalesce(json_agg(${list}.j), '[]'::json) as data from (select ${node} as j from ${rows.from} where ${rows.where ?? sql`true`} order by ${sql.join(root.orderBy, sql`, `)}) ${list}`;
    return this.part(read, { rootKey, rootField, rootType: root.type, rootFields, audited: false, cursors, list: false });
  }

  finish(statement: SQL, rest: Omit<CompiledRead, "text" | "params" | "assumptions" | "auditKeys">): CompiledRead {
    if (this.keyedRow) {
      // A root audited by rows beside related rows audited by keys: all of them by keys.
      if (rest.audited) throw new AuditByKeys();
      statement = this.audits.byKeys(statement, this.keyedRow);
      rest = { ...rest, audited: true };
    }
    const query = dialect.sqlToQuery(statement);
    return {
      text: interned(query.sql),
      params: query.params.map((p): Param => (isBindingParam(p) ? { bound: p[BINDING] } : { fixed: p })),
      assumptions: this.assumptions,
      auditKeys: this.keyedRow !== undefined,
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
   * The audit key of a row of `type` read with `fields` (reached through a relation when
   * `rootField` is null), or null when its read is not audited. One kind of audit row per
   * statement: a second kind leaves the operation to the resolvers.
   */
  auditKey(type: string, fields: string[], rootField: string | null): SQL | null {
    const row = this.audit(this.principal.role, rootField, type, fields);
    if (!row) return null;
    if (this.keyedRow && (this.keyedRow.action !== row.action || this.keyedRow.targetType !== row.targetType)) unsupported();
    const rowId = this.projections.types.get(type)?.rowId ?? unsupported();
    const key = this.audits.key(rowId, row);
    this.keyedRow ??= { action: row.action, targetType: row.targetType, details: null };
    return key;
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
    // The audit key first: byKeys (audit-statements.ts) strips it with the separator after it.
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
      const auditKey = this.auditKey(relation.type, [...fields.values()].map((f) => f[0]!.name.value), null);
      const node = this.object(relation.type, fields, inner, marks, auditKey);
      if (relation.shape === "one") return sql`(select ${node} from ${rows.from} where ${where} limit 1)`;
      // json_agg takes its rows in the order the subquery sorted them: no sort inside the aggregate.
      const list = this.alias("list");
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
    const page = connectionPage(this, paged, connectionType, nodes, argsOf, rows.from, filtered, inner, marks, { keys: { rootField: null } });
    // Without edges or cursors nothing aggregates the page's rows: grouped, an empty page still gives its one row (its totalCount), not null.
    return sql`(select ${page.json} from (${page.rows}) ${page.alias}${page.aggregated ? sql`` : sql` group by ()`})`;
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
