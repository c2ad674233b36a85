import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { Principal } from "../auth/principal.js";
import type { Context } from "../context.js";
import { badInput, DomainError } from "../errors.js";
import type { CostBucketStore, ThrottleStatus } from "./cost-buckets.js";
import { toGraphQLError } from "./errors.js";
import { inputBoundsProblem } from "./input-bounds.js";
import { NUL_MESSAGE, oversizedVariableList } from "./input-lists.js";

export interface OperationLimits {
  schema: GraphQLSchema;
  maxListItems: number;
  /** The cost graphql-armor computed while validating the document. */
  costOf(document: DocumentNode): number | undefined;
  /** Absent: no rate limit, the cost is still reported. */
  buckets?: CostBucketStore;
}

/** What `extensions.cost` says, as Shopify's Admin API does. */
export interface CostReport {
  requestedQueryCost: number;
  throttleStatus?: ThrottleStatus;
}

/** Whose bucket an operation draws from: the token's subject, else the caller's address. */
export const bucketKey = (principal: Principal, address?: string) =>
  principal.subject ? `${principal.role}:${principal.subject}` : `address:${address ?? "unknown"}`;

/**
 * Checks an operation before it runs: variable lists within the cap, text within its field's
 * maximum length and JSON within its bounds, then its cost against the
 * caller's bucket. Throws a DomainError (BAD_USER_INPUT or THROTTLED) that both transports format.
 */
export async function admitOperation(
  limits: OperationLimits,
  input: { document: DocumentNode; operation?: OperationDefinitionNode; variables?: Record<string, unknown>; key: string },
): Promise<CostReport> {
  const problem = oversizedVariableList(limits.schema, input.operation, input.variables, limits.maxListItems);
  if (problem?.nul) throw badInput(problem.path, NUL_MESSAGE);
  if (problem) throw badInput(problem.path, `An input list holds at most ${problem.max} items; this one has ${problem.length}.`);
  const bound = inputBoundsProblem(limits.schema, input.document, input.operation, input.variables);
  if (bound) throw badInput(bound.field, bound.message);
  const requestedQueryCost = Math.ceil(limits.costOf(input.document) ?? 0);
  if (!limits.buckets) return { requestedQueryCost };
  const charge = await limits.buckets.charge(input.key, requestedQueryCost);
  const report = { requestedQueryCost, throttleStatus: charge.status };
  if (!charge.allowed) {
    throw new DomainError(
      "THROTTLED",
      charge.retryAfter === undefined
        ? `This operation costs ${requestedQueryCost}, more than the ${charge.status.maximumAvailable} your bucket can ever hold; ask for less.`
        : `Rate limit: this operation costs ${requestedQueryCost} and ${charge.status.currentlyAvailable} is available; retry in ${charge.retryAfter} s.`,
      undefined,
      { cost: report, ...(charge.retryAfter === undefined ? {} : { retryAfter: charge.retryAfter }) },
    );
  }
  return report;
}

const HTTP_STATUS: Partial<Record<DomainError["code"], number>> = { BAD_USER_INPUT: 400, THROTTLED: 429 };

/** The same admission over HTTP, with the cost reported in every response's extensions. */
export function limitsPlugin(limits: OperationLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (operation?.operation === "subscription") {
            throw new GraphQLError("Subscriptions run over WebSocket (graphql-ws) at this same URL, not over HTTP", {
              extensions: { code: "BAD_REQUEST", http: { status: 400 } },
            });
          }
          try {
            report = await admitOperation(limits, { document, operation, variables: request.variables, key: bucketKey(contextValue.principal, contextValue.clientAddress) });
          } catch (error) {
            if (error instanceof DomainError) {
              if (error.code === "THROTTLED") report = error.details?.cost as CostReport;
              throw toGraphQLError(error, HTTP_STATUS[error.code]);
            }
            throw error;
          }
        },
        async willSendResponse({ response }) {
          if (report && response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
          }
        },
      };
    },
  };
}
