import { sql, type SQL } from "drizzle-orm";
import { getArgumentValues, type FieldNode, type GraphQLField, type GraphQLObjectType } from "graphql";
import type { Principal } from "../../auth/principal.js";
import { MAX_PAGE_SIZE } from "../connection.js";
import { fromGlobalId } from "../global-id.js";
import type { AuditStatements } from "./audit-statements.js";
import type { Binding, CursorMarks, Projections, ReadAudit, ReadAuditRow, RootPart, Variables } from "./compile.js";
import { literal, tableNameOf, type RootLookup } from "./projection.js";
import { REFUSED, unsupported } from "./refusals.js";

/** What the root lookups need of the compiler (compile.ts): its building blocks for one operation. */
export interface LookupCompiler {
  readonly principal: Principal;
  readonly variables: Variables;
  readonly audit: ReadAudit;
  assume(fact: (variables: Variables) => string): string;
  bind(binding: Binding): SQL;
  objectType(name: string): GraphQLObjectType;
  mergedSelection(type: GraphQLObjectType, nodes: FieldNode[]): Map<string, FieldNode[]>;
  object(typeName: string, fields: Map<string, FieldNode[]>, readUnder: Set<string>, marks: CursorMarks, auditKey?: SQL | null): SQL;
  /** Whether audited objects are audited by their keys (several audited roots), not by the ids a root returns. */
  readonly keyed: boolean;
  auditKey(type: string, fields: string[], rootField: string | null): SQL | null;
  readonly audits: AuditStatements;
  part(statement: SQL, rest: RootPart["rest"]): RootPart;
}

/** An argument's value under a request's variables; REFUSED when they do not give it one (the resolvers report it). */
type Argument = (variables: Variables, name: string) => unknown;

/** The fact of a global id that is malformed, or names a type no lookup declares: the resolvers answer. */
const INVALID = "\u0000invalid";
const UNKNOWN = "\u0000unknown";
const TOO_MANY = "\u0000too many";

/**
 * A root field answering one row by its argument (customer(id:), order(number:), vehicle(vin:)),
 * or node(id:) / nodes(ids:) of any Node type: which type a global id names is read per request
 * and is an assumption of the compilation, so an operation has one variant per type (or set of
 * types) actually asked. A malformed id, a type without a lookup or too many ids leave the
 * request to the resolvers, with their errors; so does a lookup that finds no row (NOT_FOUND).
 */
export function compileLookup(c: LookupCompiler, projections: Projections, field: GraphQLField<unknown, unknown>, rootKey: string, nodes: FieldNode[]): RootPart {
  const argument: Argument = (variables, name) => {
    try {
      return getArgumentValues(field, nodes[0]!, variables)[name];
    } catch {
      return REFUSED;
    }
  };
  const byType = projections.nodes;
  if (byType && field.name === "node") {
    const type = c.assume((v) => typeOf(argument(v, "id"), byType));
    const lookup = byType.get(type) ?? unsupported();
    return single(c, lookup, rootKey, field.name, nodes, databaseId(c, type, (v) => argument(v, "id")));
  }
  if (byType && field.name === "nodes") return several(c, byType, rootKey, field.name, nodes, (v) => argument(v, "ids"));
  const lookup = projections.roots.get(field.name) ?? unsupported();
  const name = "idType" in lookup.key ? "id" : lookup.key.argument;
  if (field.args.length !== 1 || field.args[0]!.name !== name) unsupported();
  const key = lookup.key;
  if ("idType" in key) return single(c, lookup, rootKey, field.name, nodes, databaseId(c, key.idType, (v) => argument(v, "id")));
  const text = c.bind({
    kind: "value",
    read: (v) => {
      const value = argument(v, name);
      return typeof value === "string" ? (key.normalise ? key.normalise(value) : value) : REFUSED;
    },
  });
  return single(c, lookup, rootKey, field.name, nodes, sql`${text}::text`);
}

/** The global id's type when a lookup declares it; otherwise a fact that compiles nothing. */
function typeOf(id: unknown, byType: Map<string, RootLookup>): string {
  if (typeof id !== "string") return INVALID;
  try {
    const { type } = fromGlobalId(id);
    return byType.has(type) ? type : UNKNOWN;
  } catch {
    return INVALID;
  }
}

/** The database id of a global id of `idType`, bound per request; any other value is the resolver's to refuse. */
function databaseId(c: LookupCompiler, idType: string, read: (variables: Variables) => unknown): SQL {
  const id = c.bind({
    kind: "value",
    read: (v) => {
      const value = read(v);
      if (typeof value !== "string") return REFUSED;
      try {
        const parsed = fromGlobalId(value);
        return parsed.type === idType ? parsed.id : REFUSED;
      } catch {
        return REFUSED;
      }
    },
  });
  return sql`${id}::uuid`;
}

/** One row as the root field's value, and its audit row in the same statement when the audit domain wants one. */
function single(c: LookupCompiler, lookup: RootLookup, rootKey: string, rootField: string, nodes: FieldNode[], key: SQL): RootPart {
  const fields = c.mergedSelection(c.objectType(lookup.type), nodes);
  const row = lookup.row(c.principal, key);
  const cursors: CursorMarks = {};
  const rootFields = fieldNames(fields);
  const auditKey = c.keyed ? c.auditKey(lookup.type, rootFields, rootField) : null;
  const data = c.object(lookup.type, fields, new Set([tableNameOf(lookup.table)]), cursors, auditKey);
  const read = sql`${row.with ?? sql``} select ${data} as data, ${lookup.idColumn} as row_id from ${row.from} where ${row.where ?? sql`true`}`;
  const auditRow = c.keyed ? null : c.audit(c.principal.role, rootField, lookup.type, rootFields);
  const statement = auditRow ? c.audits.byRow(read, auditRow) : read;
  return c.part(statement, { rootKey, rootField, rootType: lookup.type, rootFields, audited: auditRow !== null, cursors, list: false });
}

/**
 * nodes(ids:): the ids are bound as two arrays (types and database ids) and read in their order;
 * each type asked has a lateral subquery of its own that finds the row only for ids of its type,
 * so an id not visible gives null in its place, as the resolver answers. The set of types asked is
 * the compilation's assumption. The rows of the (one) audited type are audited as a list's are.
 */
function several(c: LookupCompiler, byType: Map<string, RootLookup>, rootKey: string, rootField: string, nodes: FieldNode[], idsOf: (variables: Variables) => unknown): RootPart {
  const asked = c.assume((v) => typesAsked(idsOf(v), byType));
  if (asked.startsWith("\u0000")) unsupported();
  const types = asked === "" ? [] : asked.split(",");
  const decoded = (v: Variables) => {
    const ids = idsOf(v) as string[];
    if (typesAsked(ids, byType) !== asked) return REFUSED;
    return ids.map((id) => fromGlobalId(id));
  };
  const typeParam = c.bind({ kind: "value", read: (v) => mapOr(decoded(v), (ids) => ids.map((id) => id.type)) });
  const idParam = c.bind({ kind: "value", read: (v) => mapOr(decoded(v), (ids) => ids.map((id) => id.id)) });
  const cursors: CursorMarks = {};
  const joins: SQL[] = [];
  const found: SQL[] = [];
  let audit: { row: ReadAuditRow; ids: SQL } | undefined;
  for (const [i, type] of types.entries()) {
    const lookup = byType.get(type)!;
    const fields = c.mergedSelection(c.objectType(type), nodes);
    const marks: CursorMarks = {};
    const auditKey = c.keyed ? c.auditKey(type, fieldNames(fields), rootField) : null;
    const data = c.object(type, fields, new Set([tableNameOf(lookup.table)]), marks, auditKey);
    mergeMarks(cursors, marks);
    const row = lookup.row(c.principal, sql`asked.id`);
    const alias = sql.raw(`found${i + 1}`);
    joins.push(sql`left join lateral (${row.with ?? sql``} select ${data} as data, ${lookup.idColumn}::text as row_id from ${row.from}
      where asked.type = ${sql.raw(literal(type))} and ${row.where ?? sql`true`}) ${alias} on true`);
    found.push(sql`${alias}.data`);
    const auditRow = c.keyed ? null : c.audit(c.principal.role, rootField, type, fieldNames(fields));
    if (auditRow) {
      // One audit rule per statement: two audited types would need two kinds of audit row.
      if (audit) unsupported();
      audit = { row: auditRow, ids: sql`${alias}.row_id` };
    }
  }
  const rowIds = audit ? sql`coalesce(array_agg(distinct ${audit.ids}) filter (where ${audit.ids} is not null), '{}')` : sql`'{}'::text[]`;
  const read = sql`select coalesce(json_agg(coalesce(${sql.join([...found, sql`null::json`], sql`, `)}) order by asked.n), '[]'::json) as data, ${rowIds} as row_ids
    from unnest(${typeParam}::text[], ${idParam}::uuid[]) with ordinality as asked(type, id, n) ${sql.join(joins, sql` `)}`;
  const count = (v: Variables) => {
    const ids = decoded(v);
    return ids === REFUSED ? 0 : ids.length;
  };
  const statement = audit ? c.audits.byRows(read, audit.row, count) : read;
  return c.part(statement, { rootKey, rootField, rootType: "Node", rootFields: [], audited: audit !== undefined, cursors, list: true });
}

/** The sorted set of types the ids name, or a fact that compiles nothing (a bad id, an unknown type, too many ids). */
function typesAsked(ids: unknown, byType: Map<string, RootLookup>): string {
  if (!Array.isArray(ids)) return INVALID;
  if (ids.length > MAX_PAGE_SIZE) return TOO_MANY;
  const types = new Set<string>();
  for (const id of ids) {
    const type = typeOf(id, byType);
    if (type.startsWith("\u0000")) return type;
    types.add(type);
  }
  return [...types].sort().join(",");
}

const mapOr = <T, R>(value: T | typeof REFUSED, map: (value: T) => R): R | typeof REFUSED => (value === REFUSED ? REFUSED : map(value));

/** Cursor marks of several types under one response key (the types' selections share the array). */
function mergeMarks(into: CursorMarks, more: CursorMarks): void {
  for (const [key, mark] of Object.entries(more)) {
    const known = into[key];
    if (mark === true || known === true) into[key] = true;
    else if (known) mergeMarks(known, mark);
    else into[key] = mark;
  }
}

const fieldNames = (fields: Map<string, FieldNode[]>) => [...new Set([...fields.values()].map((f) => f[0]!.name.value))];
