import { GraphQLError, type ValidationContext } from "graphql";

/** The operation limits a client can run into, as `extensions.limit` names them (the MAX_* variables). */
export type OperationLimit = "depth" | "aliases" | "directives" | "cost" | "tokens";

/**
 * An operation past one of the configured limits. Its own class, so that the formatter can answer
 * LIMIT_EXCEEDED for it on both transports even after Apollo has wrapped it as a validation error.
 */
export class LimitExceededError extends GraphQLError {
  constructor(
    readonly limit: OperationLimit,
    message: string,
  ) {
    super(message, { extensions: { code: "LIMIT_EXCEEDED", limit } });
    this.name = "LimitExceededError";
  }
}

/**
 * graphql-armor's rejection handler: armor words its refusals as "Syntax Error: …" (they are not
 * syntax errors); the refusal is reported as a LimitExceededError naming the limit instead.
 */
export function rejectAs(limit: OperationLimit) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const refusal = new LimitExceededError(limit, error.message.replace(/^Syntax Error:\s*/, ""));
    // Armor calls this from inside a validation rule, where the context is always given.
    if (!context) throw refusal;
    context.reportError(refusal);
  };
}

/** graphql's parser enforces MAX_TOKENS (parseOptions.maxTokens) and says so only in this message ("more that" in graphql 16). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;

/** The limit an error reports, looking through the wrappers Apollo and graphql-ws put around it. */
export function limitExceeded(error: unknown): LimitExceededError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (current instanceof LimitExceededError) return current;
    const tokens = current instanceof GraphQLError ? TOO_MANY_TOKENS.exec(current.message) : null;
    if (tokens) return new LimitExceededError("tokens", `Document contains more than ${tokens[1]} tokens.`);
    current = (current as GraphQLError).originalError ?? undefined;
  }
  return undefined;
}
