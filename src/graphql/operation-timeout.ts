import type { FastifyReply, FastifyRequest } from "fastify";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever route generics the wrapped handler has
type Handler = (this: any, request: FastifyRequest<any>, reply: FastifyReply<any>) => unknown;

const TIMED_OUT = Symbol("timed out");

/**
 * Answers an HTTP operation that runs longer than `ms` with 503 and code TIMEOUT. JavaScript
 * cannot stop the resolvers themselves; on PostgreSQL `statement_timeout` ends the statements
 * (see db/client.ts), and the late result is dropped.
 */
export function withOperationTimeout<H extends Handler>(handler: H, ms: number): H {
  if (ms <= 0) return handler;
  const timed: Handler = async function (this: unknown, request, reply) {
    let timer: NodeJS.Timeout | undefined;
    const work = Promise.resolve(handler.call(this, request, reply));
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), ms);
    });
    try {
      const result = await Promise.race([work, timeout]);
      if (result !== TIMED_OUT) return result;
    } finally {
      clearTimeout(timer);
    }
    work.catch((error: unknown) => request.log.warn({ err: error }, "operation failed after its timeout"));
    const body = { errors: [{ message: `The operation took longer than ${ms} ms and was stopped`, extensions: { code: "TIMEOUT", timeoutMs: ms } }] };
    return reply.code(503).type("application/json").send(JSON.stringify(body));
  };
  return timed as H;
}
