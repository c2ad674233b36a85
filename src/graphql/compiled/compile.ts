import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { LRUCache } from "lru-cache";
import type { Principal } from "../../auth/principal.js";
import { auditLog } from "../../db/schema/index.js";
import { markedPrincipal, mentionsMarker, TENANT_MARKER } from "../principal-shape.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../connection.js";
import { instant, literal, tableNameOf, type KeysetColumn, type Relation, type RootLookup, type TypeProjection } from "./projection.js";

export interface Projections {
  types: Map<string, TypeProjection>;
  roots: Map<string, RootLookup>;
}

/**
 * Where a bound value comes from at execution: the root's global id, a page size, the caller's
 * tenant id, or the audit row's parts that differ per request (its id, the caller, the operation).
 */
export type Binding =
  | { kind: "rootId"; idType: string; value: ValueNode }
  | { kind: "pageSize"; value: ValueNode }
  | { kind: "tenant" }
  | { kind: "auditId" }
  | { kind: "actorId" }
  | { kind: "operationName" };

/** The audit row a read writes in its own statement; the same for every request of one operation and role. */
export interface ReadAuditRow {
  action: string;
  targetType: string;
  details: Record<string, unknown> | null;
}

/**
 * Which reads are audited (the audit domain decides; graphql/ names no domain): the row a read of
 * `rootField` selecting `rootFields` by `role` must leave, or null when it leaves none.
 */
export type ReadAudit = (role: Principal["role"], rootField: string, rootType: string, rootFields: readonly string[]) => ReadAuditRow | null;

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
  /** Cursors in the root field's JSON, to seal before the answer leaves. */
  cursors: CursorMarks;
}

const dialect = new PgDialect();
const BINDING = Symbol("binding");

/**
 * Compiles a query into one SQL statement that builds the whole response as JSON in the database,
 * or answers null when any part of it is outside what the projections declare (then it runs
 * through the resolvers as usual). Supported: one root lookup, fields, aliases, fragments, and
 * connections paged by `first`; no directives, no cursors, no filters.
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
  audit: ReadAudit = () => null,
): CompiledRead | null {
  if (operation.operation !== "query") return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const compiler = new Compiler(schema, projections, fragments, markedPrincipal(role), audit);
  let compiled: CompiledRead;
  try {
    compiled = compiler.root(operation);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
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

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

class Compiler {
  private aliases = 0;
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly projections: Projections,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly principal: Principal,
    private readonly audit: ReadAudit,
  ) {}

  root(operation: OperationDefinitionNode): CompiledRead {
    const queryType = this.schema.getQueryType() ?? unsupported();
    const selected = this.collect(queryType, operation.selectionSet);
    if (selected.size !== 1) unsupported();
    const [rootKey, nodes] = [...selected][0]!;
    const fieldName = nodes[0]!.name.value;
    const lookup = this.projections.roots.get(fieldName) ?? unsupported();
    const args = nodes[0]!.arguments ?? [];
    if (args.length !== 1 || args[0]!.name.value !== "id") unsupported();
    const id = this.bind({ kind: "rootId", idType: lookup.idType, value: args[0]!.value });
    const type = this.objectType(lookup.type);
    const fields = this.mergedSelection(type, nodes);
    const row = lookup.row(this.principal, sql`${id}::uuid`);
    const cursors: CursorMarks = {};
    const data = this.object(lookup.type, fields, new Set([tableNameOf(lookup.table)]), cursors);
    const read = sql`${row.with ?? sql``} select ${data} as data, ${lookup.idColumn} as row_id from ${row.from} where ${row.where ?? sql`true`}`;
    const rootFields = [...new Set([...fields.values()].map((f) => f[0]!.name.value))];
    const auditRow = this.audit(this.principal.role, fieldName, lookup.type, rootFields);
    const statement = auditRow ? this.audited(read, auditRow) : read;
    const query = dialect.sqlToQuery(statement);
    return {
      text: interned(query.sql),
      params: query.params.map((p): Param => (isBindingParam(p) ? { bound: p[BINDING] } : { fixed: p })),
      rootKey,
      rootField: fieldName,
      rootType: lookup.type,
      rootFields,
      audited: auditRow !== null,
      cursors,
    };
  }

  /**
   * The read and its audit row in one statement: the INSERT sees the read's row, so it writes
   * exactly when the caller gets an answer (nothing for a row out of scope), and it commits with
   * the statement before the answer leaves. A failing INSERT fails the read. The columns and
   * values are the audit writer's (audit/audit-writer.ts): the id a UUIDv7 from Node, `at` now().
   * The id is bound once per request, so a replay of the statement on a dead connection (reads
   * of a query operation are retried, db/unavailable.ts) cannot write a second row for one read.
   */
  private audited(read: SQL, row: ReadAuditRow): SQL {
    const columns = [auditLog.id, auditLog.at, auditLog.actorRole, auditLog.actorId, auditLog.action, auditLog.targetType, auditLog.targetId, auditLog.operation, auditLog.outcome, auditLog.details];
    const values = [
      sql`${this.bind({ kind: "auditId" })}::uuid`,
      sql`now()`,
      sql`${this.principal.role}::text`,
      sql`${this.bind({ kind: "actorId" })}::text`,
      sql`${row.action}::text`,
      sql`${row.targetType}::text`,
      sql`answer.row_id::text`,
      sql`${this.bind({ kind: "operationName" })}::text`,
      sql`'SUCCESS'::audit_outcome`,
      row.details === null ? sql`null` : sql`${JSON.stringify(row.details)}::jsonb`,
    ];
    return sql`with answer as (${read}), audit as (insert into ${auditLog} (${sql.join(
      columns.map((c) => sql.identifier(c.name)),
      sql`, `,
    )}) select ${sql.join(values, sql`, `)} from answer) select data, row_id from answer`;
  }

  /** A bound parameter: drizzle renders it as $n and hands it back in the params list. */
  private bind(binding: Binding): SQL {
    return sql`${{ [BINDING]: binding }}`;
  }

  private objectType(name: string): GraphQLObjectType {
    const type = this.schema.getType(name);
    return isObjectType(type) ? type : unsupported();
  }

  private object(typeName: string, fields: Map<string, FieldNode[]>, path: Set<string>, marks: CursorMarks): SQL {
    const projection = this.projections.types.get(typeName) ?? unsupported();
    const type = this.objectType(typeName);
    const parts: SQL[] = [];
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
        parts.push(this.relation(type, relation, nodes, path, inner));
        if (Object.keys(inner).length > 0) marks[key] = inner;
      } else {
        unsupported();
      }
    }
    // json_build_object takes at most 100 arguments: 50 fields per object.
    if (parts.length === 0 || parts.length > 100) unsupported();
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

  private relation(parent: GraphQLObjectType, relation: Relation, nodes: FieldNode[], path: Set<string>, marks: CursorMarks): SQL {
    const names = relation.tables.map(tableNameOf);
    if (names.some((n) => path.has(n))) unsupported();
    const inner = new Set([...path, ...names]);
    const rows = relation.rows(this.principal);
    const where = rows.where ?? sql`true`;
    if (relation.shape !== "connection") {
      if (nodes.some((n) => n.arguments?.length)) unsupported();
      const node = this.object(relation.type, this.mergedSelection(this.objectType(relation.type), nodes), inner, marks);
      if (relation.shape === "one") return sql`(select ${node} from ${rows.from} where ${where} limit 1)`;
      // json_agg takes its rows in the order the subquery sorted them: no sort inside the aggregate.
      const list = sql.raw(`list${++this.aliases}`);
      return sql`(select coalesce(json_agg(${list}.j), '[]'::json) from (select ${node} as j from ${rows.from} where ${where} order by ${sql.join(relation.orderBy, sql`, `)}) ${list})`;
    }
    const connectionType = this.objectType(getNamedType(parent.getFields()[nodes[0]!.name.value]!.type).name);
    return this.connection(relation, connectionType, nodes, rows.from, where, inner, marks);
  }

  /** `first` of a connection field: a literal, a bound variable, or the default page size. */
  private pageSize(node: FieldNode): SQL {
    let size: SQL = sql.raw(String(DEFAULT_PAGE_SIZE));
    for (const argument of node.arguments ?? []) {
      if (argument.name.value !== "first") unsupported();
      if (argument.value.kind === Kind.INT) {
        const first = Number(argument.value.value);
        if (first < 0 || first > MAX_PAGE_SIZE) unsupported();
        size = sql.raw(String(first));
      } else if (argument.value.kind === Kind.VARIABLE) {
        size = sql`${this.bind({ kind: "pageSize", value: argument.value })}::int`;
      } else if (argument.value.kind !== Kind.NULL) {
        unsupported();
      }
    }
    return size;
  }

  /**
   * A connection's first page: the first `first` rows in keyset order, aggregated in that order
   * (a sorted subquery feeds json_agg its rows in order; a sort inside the aggregate cost twice
   * as much). Whether there is a next page is a second, limited look only when it is asked for.
   */
  private connection(
    relation: Relation & { shape: "connection" },
    connectionType: GraphQLObjectType,
    nodes: FieldNode[],
    from: SQL,
    where: SQL,
    path: Set<string>,
    marks: CursorMarks,
  ): SQL {
    const size = this.pageSize(nodes[0]!);
    // Each page has its own alias: pages nest (a shipment's events inside an order's page).
    const page = sql.raw(`page${++this.aliases}`);
    const order = sql.join(relation.keys.map((k) => sql`${k.column} ${sql.raw(k.direction === "ASC" ? "asc" : "desc")}`), sql`, `);
    const cursor = cursorOf(relation.ordering, relation.keys);
    let edge: SQL | undefined;
    let pageCursors = false;
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
        edge = this.edge(relation, connectionType, fieldNodes, cursor, path, edgeMarks);
        if (Object.keys(edgeMarks).length > 0) marks[key] = edgeMarks;
        parts.push(sql`coalesce(json_agg(${page}.e), '[]'::json)`);
      } else if (name === "pageInfo") {
        const pageInfoMarks: CursorMarks = {};
        const pageInfo = this.pageInfo(connectionType, fieldNodes, size, page, sql`(select count(*) from (select 1 from ${from} where ${where} limit ${size} + 1) more)`, pageInfoMarks);
        if (Object.keys(pageInfoMarks).length > 0) marks[key] = pageInfoMarks;
        pageCursors ||= pageInfo.cursors;
        parts.push(pageInfo.json);
      } else unsupported();
    }
    const rows = sql`select ${edge ?? sql`null::json`} as e, ${pageCursors ? cursor : sql`null::text`} as c from ${from} where ${where} order by ${order} limit ${size}`;
    return sql`(select json_build_object(${sql.join(parts, sql`, `)}) from (${rows}) ${page})`;
  }

  private edge(relation: Relation, connectionType: GraphQLObjectType, nodes: FieldNode[], cursor: SQL, path: Set<string>, marks: CursorMarks): SQL {
    const edgeType = this.objectType(getNamedType(connectionType.getFields().edges!.type).name);
    const parts: SQL[] = [];
    for (const [key, fieldNodes] of this.mergedSelection(edgeType, nodes)) {
      const name = fieldNodes[0]!.name.value;
      parts.push(sql.raw(literal(key)));
      if (name === "__typename") parts.push(sql.raw(`${literal(edgeType.name)}::text`));
      else if (name === "cursor") {
        parts.push(cursor);
        marks[key] = true;
      } else if (name === "node") {
        const nodeMarks: CursorMarks = {};
        parts.push(this.object(relation.type, this.mergedSelection(this.objectType(relation.type), fieldNodes), path, nodeMarks));
        if (Object.keys(nodeMarks).length > 0) marks[key] = nodeMarks;
      }
      else unsupported();
    }
    return sql`json_build_object(${sql.join(parts, sql`, `)})`;
  }

  private pageInfo(connectionType: GraphQLObjectType, nodes: FieldNode[], size: SQL, page: SQL, countUpToNext: SQL, marks: CursorMarks): { json: SQL; cursors: boolean } {
    const pageInfoType = this.objectType(getNamedType(connectionType.getFields().pageInfo!.type).name);
    const parts: SQL[] = [];
    let cursors = false;
    for (const [key, fieldNodes] of this.mergedSelection(pageInfoType, nodes)) {
      const name = fieldNodes[0]!.name.value;
      parts.push(sql.raw(literal(key)));
      if (name === "__typename") parts.push(sql.raw(`${literal(pageInfoType.name)}::text`));
      else if (name === "hasNextPage") parts.push(sql`(${size} > 0 and ${countUpToNext} > ${size})`);
      else if (name === "hasPreviousPage") parts.push(sql`false`);
      else if (name === "startCursor" || name === "endCursor") {
        cursors = true;
        marks[key] = true;
        parts.push(name === "startCursor" ? sql`(array_agg(${page}.c))[1]` : sql`(array_agg(${page}.c))[count(*)::int]`);
      } else unsupported();
    }
    return { json: sql`json_build_object(${sql.join(parts, sql`, `)})`, cursors };
  }

  /** The selections of all nodes of one response key, merged (graphql-js merges them the same way). */
  private mergedSelection(type: GraphQLObjectType, nodes: FieldNode[]): Map<string, FieldNode[]> {
    const merged = new Map<string, FieldNode[]>();
    for (const node of nodes) {
      if (!node.selectionSet) unsupported();
      for (const [key, more] of this.collect(type, node.selectionSet!)) merged.set(key, [...(merged.get(key) ?? []), ...more]);
    }
    return merged;
  }

  /** Response key -> field nodes, through fragments that apply to `type`; directives are not compiled. */
  private collect(type: GraphQLObjectType, selectionSet: SelectionSetNode, into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
    for (const selection of selectionSet.selections) {
      if (selection.directives?.length) unsupported();
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
        if (!fragment) unsupported();
        if (fragment!.directives?.length) unsupported();
        if (this.applies(type, fragment!.typeCondition?.name.value)) this.collect(type, fragment!.selectionSet, into);
      }
    }
    return into;
  }

  private applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.schema.getType(condition);
    return isInterfaceType(conditionType) && type.getInterfaces().some((i) => i.name === condition);
  }
}

function isBindingParam(value: unknown): value is { [BINDING]: Binding } {
  return typeof value === "object" && value !== null && BINDING in value;
}

/** The loader's cursor before sealing (graphql/connection.ts cursorPlaintext): JSON [ordering, ...key values]. */
function cursorOf(ordering: string, keys: KeysetColumn[]): SQL {
  const values = keys.map((k) => jsonText(k.column));
  return sql`${sql.raw(literal(`["${ordering}",`))} || ${sql.join(values, sql` || ',' || `)} || ']'`;
}

/** A key value as JSON.stringify writes it: instants as ISO strings, numbers bare, the rest as strings. */
function jsonText(column: KeysetColumn["column"]): SQL {
  const kind = column.columnType;
  if (kind === "PgTimestamp") return sql`to_json(${instant(column)})::text`;
  if (kind === "PgInteger" || kind === "PgSmallInt" || kind === "PgBigInt53") return sql`${column}::text`;
  return sql`to_json(${column}::text)::text`;
}
