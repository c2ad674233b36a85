import { randomUUID } from "node:crypto";
import type { FastifyError, FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { loggableError } from "./graphql/errors.js";

/** A body in GraphQL's error shape, so that clients read every refusal the same way. */
const graphqlErrors = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

/**
 * Errors the web framework raises before any GraphQL handler runs (body too large, unsupported
 * content type, unreadable JSON, no such route) answered in GraphQL's error shape with our codes,
 * not Fastify's own `{ statusCode, code, error, message }`.
 */
export function answerHttpErrorsAsGraphQL(app: FastifyInstance, log: Logger, limits: { bodyBytes: number }) {
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      const requestId = randomUUID();
      log.error({ err: loggableError(error), requestId }, "unexpected error");
      return reply.code(500).send(graphqlErrors("Internal server error", { code: "INTERNAL_SERVER_ERROR", requestId }));
    }
    if (status === 413) {
      return reply.code(413).send(graphqlErrors(`The request body is larger than ${limits.bodyBytes} bytes (MAX_BODY_BYTES)`, { code: "LIMIT_EXCEEDED", limit: "bodyBytes" }));
    }
    if (status === 415) {
      return reply.code(415).send(graphqlErrors("Unsupported content type: send GraphQL requests as application/json", { code: "BAD_REQUEST" }));
    }
    return reply.code(status).send(graphqlErrors(error.message, { code: status === 401 ? "UNAUTHENTICATED" : "BAD_REQUEST" }));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(graphqlErrors(`No route ${request.method} ${request.url.split("?")[0]}`, { code: "NOT_FOUND" })),
  );
}
