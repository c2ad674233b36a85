import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

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

/**
 * The pool of database connections at the moment of the scrape (db/observe.ts counts what is
 * handed to the driver): connections in use, statements waiting for one, and the most it opens.
 * Waiting above zero for long means DB_POOL_MAX (or the database) is the bottleneck.
 */
export function databaseMetrics(metrics: Registry, statements: { pool(): { inUse: number; waiting: number; max: number } }): void {
  new Gauge({
    name: "db_pool_connections_in_use",
    help: "Database connections running a statement or holding a transaction",
    registers: [metrics],
    collect() {
      this.set(statements.pool().inUse);
    },
  });
  new Gauge({
    name: "db_pool_waiting",
    help: "Statements waiting for a database connection (every connection busy)",
    registers: [metrics],
    collect() {
      this.set(statements.pool().waiting);
    },
  });
  new Gauge({
    name: "db_pool_connections_max",
    help: "Database connections the pool may open (DB_POOL_MAX; 1 for the embedded database)",
    registers: [metrics],
    collect() {
      this.set(statements.pool().max);
    },
  });
}

/**
 * Seconds from a tracking event's announcement (inside its writing transaction) to this process
 * hearing it on the LISTEN connection: commit time, NOTIFY delivery, and this process's event loop.
 * Clocks of different machines differ by their NTP error; negative values count as 0.
 */
export function eventBusLagMetric(metrics: Registry): (seconds: number) => void {
  const lag = new Histogram({
    name: "event_bus_lag_seconds",
    help: "Seconds from announcing a tracking event to this process hearing it (PostgreSQL NOTIFY)",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [metrics],
  });
  return (seconds) => lag.observe(Math.max(0, seconds));
}

const QUEUE_GAUGE = "job_queue_depth";

/**
 * For a job queue (the outbox, a pg-boss queue): its depth by `state` read at every scrape.
 * `read` answers e.g. `{ queued: 12, active: 2, failed: 0 }`; a read that fails leaves the
 * queue's previous figures out of that scrape rather than failing it. Returns a function that
 * removes the queue (on shutdown).
 */
export function registerQueueDepth(metrics: Registry, queue: string, read: () => Promise<Record<string, number>> | Record<string, number>): () => void {
  type Readers = Map<string, () => Promise<Record<string, number>> | Record<string, number>>;
  let gauge = metrics.getSingleMetric(QUEUE_GAUGE) as (Gauge<"queue" | "state"> & { readers?: Readers }) | undefined;
  if (!gauge) {
    const readers: Readers = new Map();
    gauge = Object.assign(
      new Gauge({
        name: QUEUE_GAUGE,
        help: "Jobs in each queue by state, read at every scrape",
        labelNames: ["queue", "state"] as const,
        registers: [metrics],
        async collect() {
          this.reset();
          await Promise.all(
            [...readers].map(async ([name, readDepth]) => {
              try {
                for (const [state, count] of Object.entries(await readDepth())) this.set({ queue: name, state }, count);
              } catch {
                // A queue whose store is away reports nothing this time; the others still do.
              }
            }),
          );
        },
      }),
      { readers },
    );
  }
  const readers = gauge.readers!;
  readers.set(queue, read);
  return () => {
    readers.delete(queue);
  };
}
