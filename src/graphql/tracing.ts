import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { SpanKind, SpanStatusCode, type Context, type Span, type Tracer } from "@opentelemetry/api";
import { Kind, type GraphQLError, type OperationDefinitionNode } from "graphql";
import { operationSpan, statementsSoFar } from "../db/unavailable.js";

/*
 * The GraphQL operation's span, between the HTTP request's (tracing.ts) and the statements'
 * (db/observe.ts). Its attributes name the operation and hash its document; variables, the
 * document's text and error messages are never set (they can hold personal data).
 */

const NAME_LENGTH = 64;

/** The first 16 hex digits of the document's SHA-256: the same operation text, the same hash. */
export function documentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** A span for an operation not yet parsed, as a child of `parent`; named once its operation is known. */
export function startOperationSpan(tracer: Tracer, parent: Context, transport: "http" | "websocket", requestId: string): Span {
  return tracer.startSpan("graphql", { kind: transport === "http" ? SpanKind.INTERNAL : SpanKind.SERVER, attributes: { "cdp.request.id": requestId, "cdp.graphql.transport": transport } }, parent);
}

/** Names the span after its operation: "query Customer360". */
export function nameOperationSpan(span: Span, operation: OperationDefinitionNode | undefined | null, source?: string): void {
  const type = operation?.operation ?? "unknown";
  const name = operation?.name?.value.slice(0, NAME_LENGTH);
  span.updateName(name ? `${type} ${name}` : type);
  span.setAttribute("graphql.operation.type", type);
  if (name) span.setAttribute("graphql.operation.name", name);
  if (source) span.setAttribute("cdp.graphql.document_hash", documentHash(source));
}

/** Ends the span with the codes of its errors (never their messages). */
export function endOperationSpan(span: Span, errors: readonly (GraphQLError | { extensions?: Record<string, unknown> })[] | undefined): void {
  if (errors?.length) {
    const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
    span.setAttribute("cdp.graphql.error_codes", codes);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/**
 * Names and annotates the operation span the HTTP handler runs the request with (server.ts): the
 * operation, which path answered (compiled: one statement; resolvers), how many statements, and
 * the error codes. The handler ends it. Does nothing for an unsampled request.
 */
export function operationTracingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const span = operationSpan();
      if (!span?.isRecording()) return;
      let executed = false;
      let named = false;
      return {
        async didResolveOperation({ operation, source }) {
          nameOperationSpan(span, operation, source);
          named = true;
        },
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ response, operation, document, source }) {
          if (response.body.kind !== "single") return;
          // Refused before its operation was resolved (invalid): named from the document, if it parsed.
          if (!named) nameOperationSpan(span, document?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION), source);
          const errors = response.body.singleResult.errors;
          span.setAttribute("cdp.graphql.path", executed ? "resolvers" : operation && !errors?.length ? "compiled" : "none");
          span.setAttribute("cdp.graphql.statements", statementsSoFar() ?? 0);
          if (errors?.length) {
            span.setAttribute("cdp.graphql.error_codes", [...new Set(errors.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR")))]);
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
        },
      };
    },
  };
}
