import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { collectDefaultMetrics, Registry } from "prom-client";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** One registry per server: process metrics (heap, event loop lag, GC), plus what parts of the server add. */
export function createMetrics(): Registry {
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  return metrics;
}

/**
 * The registry in the Prometheus text format at /metrics. It tells an attacker about load and
 * versions, so with METRICS_TOKEN set the scraper must send it as a bearer token, and in
 * production the endpoint is closed until it is set.
 */
export function registerMetrics(app: FastifyInstance, metrics: Registry, access: { token?: string; required: boolean }) {
  // Compared as digests: equal lengths for timingSafeEqual, and no timing hint about the token.
  const expected = access.token ? digest(`Bearer ${access.token}`) : undefined;
  app.get("/metrics", async (request, reply) => {
    if (expected || access.required) {
      const given = request.headers.authorization;
      if (!expected || !given || !timingSafeEqual(digest(given), expected)) {
        return reply
          .code(401)
          .header("www-authenticate", 'Bearer realm="metrics"')
          .send({ errors: [{ message: "/metrics needs 'Authorization: Bearer <METRICS_TOKEN>'", extensions: { code: "UNAUTHENTICATED" } }] });
      }
    }
    return reply.type(metrics.contentType).send(await metrics.metrics());
  });
}
