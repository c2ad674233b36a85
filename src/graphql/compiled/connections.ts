import { sql, type SQL } from "drizzle-orm";
import { getNamedType, Kind, type FieldNode, type GraphQLObjectType } from "graphql";
import { pageWindow, type ConnectionArgs, type PageWindow } from "../connection.js";
import type { Binding, CursorMarks, Variables } from "./compile.js";
import { cursorOf, cursorText, keysetAfter, keysetOrder } from "./keyset.js";
import { literal, type Relation, type RootList } from "./projection.js";
import { REFUSED, unsupported } from "./refusals.js";

/** What a connection's page needs of the compiler (compile.ts): its building blocks for one operation. */
export interface ConnectionCompiler {
  readonly variables: Variables;
  assume(fact: (variables: Variables) => string): string;
  bind(binding: Binding): SQL;
  /** A fresh alias (`page3`): pages nest (a shipment's events inside an order's page). */
  alias(prefix: string): SQL;
  objectType(name: string): GraphQLObjectType;
  mergedSelection(type: GraphQLObjectType, nodes: FieldNode[]): Map<string, FieldNode[]>;
  object(typeName: string, fields: Map<string, FieldNode[]>, readUnder: Set<string>, marks: CursorMarks, auditKey?: SQL | null): SQL;
  /** The audit key of a row of `type` read with these fields (audit-statements.ts), or null when its read is not audited. */
  auditKey(type: string, fields: string[], rootField: string | null): SQL | null;
}

/**
 * How a page's nodes are audited: a root list's by the ids it returns beside its answer (`rows`,
 * `idColumn`), or each node by its audit key (a nested connection, or a root list among other roots).
 */
export type PageAudit = { rows: RootList["idColumn"] } | { keys: { rootField: string | null } };

export interface PageParts {
  /** The connection's JSON, aggregated over `rows` under `alias`. */
  json: SQL;
  rows: SQL;
  alias: SQL;
  /** Fields selected on the nodes (what a root list's audit row names). */
  nodeFields: string[];
  /** The most rows the page may hold under a request's variables (the audit ids to bind). */
  limit: (variables: Variables) => number;
  /** Whether `json` aggregates the rows (edges or cursors): otherwise the caller groups them. */
  aggregated: boolean;
}

/**
 * A connection's page: `first` rows after the cursor in keyset order, or `last` rows before it
 * (read in reverse, then put back in order), aggregated in that order (a sorted subquery feeds
 * json_agg its rows in order; a sort inside the aggregate cost twice as much). The window is
 * validated per request exactly as the loaders do (graphql/connection.ts pageWindow): a value
 * they would refuse refuses the binding, and the resolvers answer with their error. Whether
 * there are more rows beyond the page is a second, limited look only when it is asked for.
 */
export function connectionPage(
  c: ConnectionCompiler,
  relation: Relation & { shape: "connection" },
  connectionType: GraphQLObjectType,
  nodes: FieldNode[],
  argsOf: (variables: Variables) => Record<string, unknown>,
  from: SQL,
  where: SQL,
  readUnder: Set<string>,
  marks: CursorMarks,
  audit: PageAudit,
): PageParts {
  try {
    argsOf(c.variables);
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
    c.bind({
      kind: "value",
      read: (variables) => {
        const window = windowOf(variables);
        return window === REFUSED ? REFUSED : read(window);
      },
    });
  // Backward pages (`last`) read the keyset reversed: a statement of its own shape.
  const forward = c.assume((v) => String((argsOf(v) as ConnectionArgs).last == null)) === "true";
  let size: SQL;
  let hasCursor: SQL;
  let within: SQL;
  const inLiterals = (nodes[0]!.arguments ?? []).every((a) => a.value.kind !== Kind.VARIABLE);
  const fixed = inLiterals ? windowOf(c.variables) : REFUSED;
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

  const page = c.alias("page");
  const cursor = cursorOf(ordering, relation.keys);
  let edge: SQL | undefined;
  let pageCursors = false;
  let nodeFields: string[] = [];
  const json = jsonObjectOf(c, connectionType, nodes, (name, key, fieldNodes) => {
    if (name === "totalCount") return sql`(select count(*)::int from ${from} where ${where})`;
    if (name === "edges") {
      // One edge shape per page: two differently aliased edge lists are left to the resolvers.
      if (edge) unsupported();
      const edgeMarks: CursorMarks = {};
      const built = edgeOf(c, relation, connectionType, fieldNodes, cursor, readUnder, edgeMarks, audit);
      edge = built.json;
      nodeFields = built.nodeFields;
      if (Object.keys(edgeMarks).length > 0) marks[key] = edgeMarks;
      return sql`coalesce(json_agg(${page}.e), '[]'::json)`;
    }
    if (name === "pageInfo") {
      const pageInfoMarks: CursorMarks = {};
      const beyond = sql`(${size} > 0 and (select count(*) from (select 1 from ${from} where ${within} limit ${size} + 1) more) > ${size})`;
      const pageInfo = pageInfoOf(c, connectionType, fieldNodes, forward ? { next: beyond, previous: hasCursor } : { next: hasCursor, previous: beyond }, page, pageInfoMarks);
      if (Object.keys(pageInfoMarks).length > 0) marks[key] = pageInfoMarks;
      pageCursors ||= pageInfo.cursors;
      return pageInfo.json;
    }
    return undefined;
  });
  // A list root audited by rows also returns the ids on its page.
  const ids = "rows" in audit ? sql`, ${edge ? sql`${audit.rows}::text` : sql`null::text`} as r` : sql``;
  const columns = sql`${edge ?? sql`null::json`} as e, ${pageCursors ? cursor : sql`null::text`} as c${ids}`;
  const rows = forward
    ? sql`select ${columns} from ${from} where ${within} order by ${order(true)} limit ${size}`
    : sql`select * from (select ${columns}, row_number() over (order by ${order(false)}) as n from ${from} where ${within} order by ${order(false)} limit ${size}) backward order by n desc`;
  const limit = (variables: Variables) => {
    const window = windowOf(variables);
    return window === REFUSED ? 0 : window.limit;
  };
  return { json, rows, alias: page, nodeFields, limit, aggregated: edge !== undefined || pageCursors };
}

function edgeOf(
  c: ConnectionCompiler,
  relation: Relation,
  connectionType: GraphQLObjectType,
  nodes: FieldNode[],
  cursor: SQL,
  readUnder: Set<string>,
  marks: CursorMarks,
  audit: PageAudit,
): { json: SQL; nodeFields: string[] } {
  const edgeType = c.objectType(getNamedType(connectionType.getFields().edges!.type).name);
  let nodeFields: string[] = [];
  const json = jsonObjectOf(c, edgeType, nodes, (name, key, fieldNodes) => {
    if (name === "cursor") {
      marks[key] = true;
      return cursor;
    }
    if (name !== "node") return undefined;
    const nodeMarks: CursorMarks = {};
    const fields = c.mergedSelection(c.objectType(relation.type), fieldNodes);
    const names = [...fields.values()].map((f) => f[0]!.name.value);
    nodeFields = [...new Set([...nodeFields, ...names])];
    const auditKey = "keys" in audit ? c.auditKey(relation.type, names, audit.keys.rootField) : null;
    const node = c.object(relation.type, fields, readUnder, nodeMarks, auditKey);
    if (Object.keys(nodeMarks).length > 0) marks[key] = nodeMarks;
    return node;
  });
  return { json, nodeFields };
}

function pageInfoOf(c: ConnectionCompiler, connectionType: GraphQLObjectType, nodes: FieldNode[], more: { next: SQL; previous: SQL }, page: SQL, marks: CursorMarks): { json: SQL; cursors: boolean } {
  const pageInfoType = c.objectType(getNamedType(connectionType.getFields().pageInfo!.type).name);
  let cursors = false;
  const json = jsonObjectOf(c, pageInfoType, nodes, (name, key) => {
    if (name === "hasNextPage") return more.next;
    if (name === "hasPreviousPage") return more.previous;
    if (name !== "startCursor" && name !== "endCursor") return undefined;
    cursors = true;
    marks[key] = true;
    return name === "startCursor" ? sql`(array_agg(${page}.c))[1]` : sql`(array_agg(${page}.c))[count(*)::int]`;
  });
  return { json, cursors };
}

/**
 * A JSON object of the selected fields of `type` (merged, under their response keys), __typename
 * included; `valueOf` gives every other field's SQL, or undefined for a field the compiled path
 * leaves to the resolvers.
 */
function jsonObjectOf(c: ConnectionCompiler, type: GraphQLObjectType, nodes: FieldNode[], valueOf: (name: string, key: string, fieldNodes: FieldNode[]) => SQL | undefined): SQL {
  const parts: SQL[] = [];
  for (const [key, fieldNodes] of c.mergedSelection(type, nodes)) {
    const name = fieldNodes[0]!.name.value;
    const value = name === "__typename" ? sql.raw(`${literal(type.name)}::text`) : valueOf(name, key, fieldNodes);
    parts.push(sql.raw(literal(key)), value ?? unsupported());
  }
  return sql`json_build_object(${sql.join(parts, sql`, `)})`;
}
