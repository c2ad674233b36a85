import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { NoSchemaIntrospectionCustomRule, specifiedRules, type DocumentNode, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config.js";
import { listLimitRule } from "./input-lists.js";

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
    maxDepth: { n: limits.depth, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    // graphql's own parser counts tokens (parseOptions.maxTokens below): its refusal is a clean
    // GRAPHQL_PARSE_FAILED with HTTP 400, where armor's parse-time check makes Apollo answer 500.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: limits.cost,
      ignoreIntrospection: true,
      onAccept: [(context: ValidationContext | null, { n }: { n: number }) => context && costs.set(context.getDocument(), n)],
    },
    // Suggestions reveal the schema; they go with introspection.
    blockFieldSuggestion: { enabled: !config.introspection },
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
