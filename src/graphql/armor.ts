import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { NoSchemaIntrospectionCustomRule, specifiedRules, type DocumentNode, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config.js";
import { listLimitRule } from "./input-lists.js";
import { rejectAs } from "./limit-errors.js";

/**
 * Operation limits (depth, aliases, directives, tokens, cost) from graphql-armor, checked before
 * any resolver or SQL runs. Apollo gets the plugins and rules; graphql-ws gets the same rules in
 * its onSubscribe, since it runs no Apollo validation of its own.
 */
export function createArmor(config: Config) {
  const { limits } = config;
  // The cost armor computes while validating is kept per document, for the rate limit to charge.
  const costs = new WeakMap<DocumentNode, number>();
  const armor = new ApolloArmor({
    // Refusals are reported as LIMIT_EXCEEDED (not thrown as armor's "Syntax Error"): see limit-errors.ts.
    maxDepth: { n: limits.depth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [rejectAs("depth")] },
    maxAliases: { n: limits.aliases, propagateOnRejection: false, onReject: [rejectAs("aliases")] },
    maxDirectives: { n: limits.directives, propagateOnRejection: false, onReject: [rejectAs("directives")] },
    // graphql's own parser counts tokens (parseOptions.maxTokens below): its refusal is a clean
    // GRAPHQL_PARSE_FAILED with HTTP 400, where armor's parse-time check makes Apollo answer 500.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: limits.cost,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [rejectAs("cost")],
      onAccept: [(context: ValidationContext | null, { n }: { n: number }) => context && costs.set(context.getDocument(), n)],
    },
    // Suggestions reveal the schema; they go with introspection. The error formatter hides them, on
    // both transports and in every phase (armor's plugin covers Apollo's validation only).
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const extra: ValidationRule[] = [listLimitRule(limits.listItems), ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  return {
    apollo: {
      validationRules: [...protection.validationRules, ...extra],
      plugins: protection.plugins as unknown as ApolloServerPlugin[],
      parseOptions: { maxTokens: limits.tokens },
    },
    /** The estimated cost of a validated document (Apollo reuses validated documents, so it stays known). */
    costOf: (document: DocumentNode) => costs.get(document),
    /** Every rule an operation over WebSocket must pass: graphql's own plus the armor. */
    websocketRules: [...specifiedRules, ...protection.validationRules, ...extra],
  };
}
