import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";

/** PostgreSQL cannot store NUL in text: refused up front as bad input instead of failing in SQL. */
export const NUL_MESSAGE = "Text may not contain the NUL character (U+0000).";

/**
 * Input lists are capped for every argument and input field alike, so that a new list input
 * cannot escape the cap: literals are checked by a validation rule, variables by walking their
 * values along the variable's declared type before anything executes.
 */
export const listLimitRule =
  (max: number): ValidationRule =>
  (context) => ({
    StringValue(node) {
      if (node.value.includes("\u0000")) context.reportError(new GraphQLError(NUL_MESSAGE, { nodes: node }));
    },
    ListValue(node) {
      if (node.values.length > max) {
        context.reportError(new GraphQLError(`An input list holds at most ${max} items; this one has ${node.values.length}.`, { nodes: node }));
      }
    },
  });

export type InputProblem = { path: string; length: number; nul?: undefined } | { path: string; nul: true; length?: undefined };

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

function walk(type: GraphQLInputType, value: unknown, path: string, max: number): InputProblem | undefined {
  if (value == null) return undefined;
  if (typeof value === "string") return value.includes("\u0000") ? { path, nul: true } : undefined;
  if (isNonNullType(type)) return walk(type.ofType, value, path, max);
  if (isListType(type)) {
    // A single value where a list is expected is coerced to a list of one.
    if (!Array.isArray(value)) return walk(type.ofType as GraphQLInputType, value, path, max);
    if (value.length > max) return { path, length: value.length };
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
      const found = walk(field.type, item, `${path}.${key}`, max);
      if (found) return found;
    }
  }
  return undefined;
}
