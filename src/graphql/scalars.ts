import { GraphQLError, GraphQLScalarType } from "graphql";
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from "graphql-scalars";
import { JSON_BOUNDS_TEXT, jsonProblem } from "./json-bounds.js";

/** ISO-8601 instant with offset, e.g. 2026-05-01T08:30:00.000Z. */
export const DateTime = DateTimeResolver;
/** Calendar date without time, e.g. 1984-02-29. */
export const LocalDate = LocalDateResolver;

const bounded = <T>(value: T): T => {
  const problem = jsonProblem(value);
  if (problem) throw new GraphQLError(problem, { extensions: { code: "BAD_USER_INPUT" } });
  return value;
};

/**
 * graphql-scalars' JSONObject, bounded in depth and size wherever it is an input (variables and
 * literals alike): the admission check names the field first; this is the guard for any path
 * that reaches parsing.
 */
export const JSONObject = new GraphQLScalarType({
  ...JSONObjectResolver.toConfig(),
  description: `${JSONObjectResolver.description ?? "A JSON object."} As input: ${JSON_BOUNDS_TEXT}`,
  parseValue: (value) => JSONObjectResolver.parseValue(bounded(value)),
  parseLiteral: (ast, variables) => bounded(JSONObjectResolver.parseLiteral(ast, variables)),
});
