import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import { Counter, Histogram, type Registry } from "prom-client";
import { statementsSoFar } from "../db/unavailable.js";

/** Operation names become label values; clients choose them, so only this many are told apart. */
const MAX_NAMES = 200;
const NAME_LENGTH = 64;

/**
 * Per-operation metrics of the HTTP transport (Apollo): how many, how long, on which path, and
 * the errors by code. `path` is "compiled" when the compiled read path answered (Apollo skipped
 * execution), "resolvers" when the operation executed, "none" when it never ran (invalid,
 * refused before execution). Operation names beyond the first MAX_NAMES are counted as "other",
 * so that a client inventing names cannot grow the registry without bound.
 */
export function operationMetricsPlugin(metrics: Registry): ApolloServerPlugin {
  const operations = new Counter({
    name: "graphql_operations_total",
    help: "GraphQL operations over HTTP, by operation name, type, the path that answered (compiled, resolvers, none) and outcome (ok, error)",
    labelNames: ["operation", "type", "path", "outcome"] as const,
    registers: [metrics],
  });
  const duration = new Histogram({
    name: "graphql_operation_duration_seconds",
    help: "Time from receiving a GraphQL operation over HTTP to its response, by operation name, type and path",
    labelNames: ["operation", "type", "path"] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics],
  });
  const errors = new Counter({
    name: "graphql_errors_total",
    help: "Errors in GraphQL responses over HTTP, by extensions.code",
    labelNames: ["code"] as const,
    registers: [metrics],
  });
  // Resolvers' loaders batch, and the compiled path answers in one: a count that grows with the
  // data (an N+1) shows here first. Counted until the answer is ready (the audit row of a
  // resolver-path personal-data read, written as it is sent, is not included).
  const statements = new Histogram({
    name: "graphql_operation_statements",
    help: "SQL statements one GraphQL operation over HTTP ran, by operation name, type and path",
    labelNames: ["operation", "type", "path"] as const,
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144],
    registers: [metrics],
  });
  const names = new Set<string>();
  const label = (name: string | null | undefined) => {
    if (!name) return "anonymous";
    const trimmed = name.slice(0, NAME_LENGTH);
    if (names.has(trimmed)) return trimmed;
    if (names.size >= MAX_NAMES) return "other";
    names.add(trimmed);
    return trimmed;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ operation, operationName, document, request, response }) {
          if (response.body.kind !== "single") return;
          const found = response.body.singleResult.errors ?? [];
          for (const error of found) errors.inc({ code: String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
          const type = operation?.operation ?? "unknown";
          const path = executed ? "resolvers" : operation && found.length === 0 ? "compiled" : "none";
          // An operation that failed validation has no resolved operation; its name is still in the document.
          const named = operation?.name?.value ?? operationName ?? request.operationName ?? document?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;
          const labels = { operation: label(named), type, path };
          operations.inc({ ...labels, outcome: found.length === 0 ? "ok" : "error" });
          duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          const count = statementsSoFar();
          if (count !== undefined) statements.observe(labels, count);
        },
      };
    },
  };
}
