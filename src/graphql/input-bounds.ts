import {
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import { jsonProblem } from "./json-bounds.js";
import { textLimitOf } from "./text-limits.js";

export interface BoundProblem {
  /** The argument's path: `filter.search`, `input.records.0.attributes`. */
  field: string;
  message: string;
}

type Owner = GraphQLArgument | GraphQLInputField;

/** One value to look at: a node of the document, or a value from the variables. */
interface Item {
  type: GraphQLInputType;
  owner: Owner;
  path: string;
  node?: ValueNode;
  value?: unknown;
}

const JSON_SCALARS = new Set(["JSONObject", "JSON"]);

/**
 * The first text longer than its field's maximum, or JSON value beyond its bounds, among the
 * arguments of an operation: literals in the document and variables where they are used (a
 * `$s: String` variable is bounded by the field it is passed to). Walked with an explicit stack,
 * so deeply nested input cannot overflow it, and without touching the database.
 */
export function inputBoundsProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
): BoundProblem | undefined {
  if (!operation) return undefined;
  const defaults = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]));
  for (const { argument, name, node } of argumentsOf(schema, document, operation)) {
    const found = check({ type: argument.type, owner: argument, path: name, node }, variables ?? {}, defaults);
    if (found) return found;
  }
  return undefined;
}

interface TypedArgument {
  argument: GraphQLArgument;
  name: string;
  node: ValueNode;
}

/**
 * The operation's field arguments with their schema types, in document order. Walking the
 * document with TypeInfo cost more than the rest of Apollo's pipeline for a cached query, and
 * its outcome depends on the document alone: it is done once per parsed operation (Apollo's
 * document store hands back the same nodes for the same query text) and schema.
 */
const typedArguments = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, TypedArgument[]>>();

function argumentsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): TypedArgument[] {
  let bySchema = typedArguments.get(schema);
  if (!bySchema) typedArguments.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(operation);
  if (known) return known;
  const typeInfo = new TypeInfo(schema);
  const found: TypedArgument[] = [];
  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument && !typeInfo.getDirective()) found.push({ argument, name: node.name.value, node: node.value });
        return false;
      },
    }),
  );
  bySchema.set(operation, found);
  return found;
}

function check(start: Item, variables: Record<string, unknown>, defaults: Map<string, ValueNode | undefined>): BoundProblem | undefined {
  const stack: Item[] = [start];
  while (stack.length > 0) {
    let { type, owner, path, node, value } = stack.pop()!;
    if (node?.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (name in variables) {
        value = variables[name];
        node = undefined;
      } else {
        node = defaults.get(name);
      }
    }
    if (node ? node.kind === Kind.NULL : value == null) continue;
    if (isNonNullType(type)) type = type.ofType;
    if (isListType(type)) {
      const itemType = type.ofType as GraphQLInputType;
      if (node?.kind === Kind.LIST) node.values.forEach((item, i) => stack.push({ type: itemType, owner, path: `${path}.${i}`, node: item }));
      else if (!node && Array.isArray(value)) value.forEach((item, i) => stack.push({ type: itemType, owner, path: `${path}.${i}`, value: item }));
      // One value where a list is expected is coerced to a list of one.
      else stack.push({ type: itemType, owner, path, node, value });
      continue;
    }
    if (isInputObjectType(type)) {
      const fields = type.getFields();
      const entries: [string, { node?: ValueNode; value?: unknown }][] =
        node?.kind === Kind.OBJECT
          ? node.fields.map((f) => [f.name.value, { node: f.value }])
          : !node && typeof value === "object" && !Array.isArray(value)
            ? Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, { value: v }])
            : [];
      for (const [key, item] of entries) {
        const field = fields[key];
        if (field) stack.push({ type: field.type, owner: field, path: `${path}.${key}`, ...item });
      }
      continue;
    }
    if (!isScalarType(type)) continue;
    if (JSON_SCALARS.has(getNamedType(type).name)) {
      // Literals are bounded by the document's token limit and checked again when parsed.
      const problem = node ? undefined : jsonProblem(value);
      if (problem) return { field: path, message: problem };
      continue;
    }
    const max = textLimitOf(owner);
    const text = node ? (node.kind === Kind.STRING ? node.value : undefined) : typeof value === "string" ? value : undefined;
    if (max !== undefined && text !== undefined && text.length > max) {
      return { field: path, message: `${path.split(".").filter((p) => !/^\d+$/.test(p)).at(-1)} has at most ${max} characters; this one has ${text.length}.` };
    }
  }
  return undefined;
}
