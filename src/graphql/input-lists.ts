import { Extensions } from "type-graphql";
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type ListValueNode,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";

/** PostgreSQL cannot store NUL in text: refused up front as bad input instead of failing in SQL. */
export const NUL_MESSAGE = "Text may not contain the NUL character (U+0000).";

/**
 * The one way to let a list input hold more than the global cap: declared on the input field itself
 * (input object fields only; arguments always have the global cap),
 * e.g. `@MaxItems(1000)` next to `@Field(() => [SourceRecordInput])`. It applies to that list
 * only (lists nested in its items keep the global cap), and `listLimitExceptions` enumerates
 * every use, so test/security/input-limits.test.ts notices a new one.
 */
export const MaxItems = (max: number) => Extensions({ maxItems: max });

/** The cap of the list an input field holds: its own `@MaxItems`, else the global one. */
export const maxItemsOf = (owner: GraphQLInputField | null | undefined, max: number): number => {
  const own = owner?.extensions?.maxItems;
  return typeof own === "number" ? own : max;
};

/** Every `@MaxItems` exception in the schema, as `Type.field` -> its cap. */
export function listLimitExceptions(schema: GraphQLSchema): Record<string, number> {
  const found: Record<string, number> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (typeof field.extensions?.maxItems === "number") found[`${type.name}.${field.name}`] = field.extensions.maxItems;
    }
  }
  return found;
}

const tooLong = (max: number, length: number) => `An input list holds at most ${max} items; this one has ${length}.`;

/**
 * Input lists are capped for every argument and input field alike, so that a new list input
 * cannot escape the cap: literals are checked by a validation rule, variables by walking their
 * values along the variable's declared type before anything executes. Only a field's own
 * `@MaxItems` changes its cap.
 */
export const listLimitRule =
  (max: number): ValidationRule =>
  (context) => {
    const owned = new WeakMap<ListValueNode, number>();
    return {
      StringValue(node) {
        if (node.value.includes("\u0000")) context.reportError(new GraphQLError(NUL_MESSAGE, { nodes: node }));
      },
      // Entered before the list it holds, with its input object as parent type.
      ObjectField(node) {
        const parent = getNamedType(context.getParentInputType());
        if (node.value.kind === Kind.LIST && isInputObjectType(parent)) owned.set(node.value, maxItemsOf(parent.getFields()[node.name.value], max));
      },
      ListValue(node) {
        const cap = owned.get(node) ?? max;
        if (node.values.length > cap) context.reportError(new GraphQLError(tooLong(cap, node.values.length), { nodes: node }));
      },
    };
  };

export type InputProblem = { path: string; length: number; max: number; nul?: undefined } | { path: string; nul: true; length?: undefined; max?: undefined };

/** The first variable value (by path, e.g. `input.lines`) whose list is longer than `max`, or whose text holds NUL. */
export function oversizedVariableList(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
  max: number,
): InputProblem | undefined {
  if (!operation || !variables) return undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const found = walk(type, variables[name], name, max);
    if (found) return found;
  }
  return undefined;
}

/** `cap` is the limit of a list right here (the field's own), `max` the global one for everything below. */
function walk(type: GraphQLInputType, value: unknown, path: string, max: number, cap = max): InputProblem | undefined {
  if (value == null) return undefined;
  if (typeof value === "string") return value.includes("\u0000") ? { path, nul: true } : undefined;
  if (isNonNullType(type)) return walk(type.ofType, value, path, max, cap);
  if (isListType(type)) {
    // A single value where a list is expected is coerced to a list of one.
    if (!Array.isArray(value)) return walk(type.ofType as GraphQLInputType, value, path, max);
    if (value.length > cap) return { path, length: value.length, max: cap };
    for (let i = 0; i < value.length; i++) {
      const found = walk(type.ofType as GraphQLInputType, value[i], `${path}.${i}`, max);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(type) && typeof value === "object" && !Array.isArray(value)) {
    const fields = type.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (!field) continue;
      const found = walk(field.type, item, `${path}.${key}`, max, maxItemsOf(field, max));
      if (found) return found;
    }
  }
  return undefined;
}
