import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";

/** What shared state a fallback was for: the label of `redis_fallbacks_total`. */
export type SharedUse = "buckets" | "sockets" | "persisted_queries" | "sessions" | "read_your_writes";

export interface RedisSettings {
  url: string;
  /** Put before every key and channel, so that several deployments (or test files) can share one Redis. */
  keyPrefix: string;
}

/**
 * One process's connection to the Redis that all processes share. Redis is an accelerator, not a
 * dependency: every use goes through `attempt`, which answers from this process's own state when
 * Redis cannot be reached, so an outage loosens the limits to per-process ones but never refuses
 * a request.
 */
export interface SharedStore {
  readonly redis: Redis;
  /** Tells this process's entries apart from other processes' (socket leases, its own broadcasts). */
  readonly processId: string;
  key(...parts: string[]): string;
  /** A connection of its own for SUBSCRIBE (a subscribed connection runs no other command). */
  subscriber(): Redis;
  /**
   * Runs `command` on Redis; when Redis is not connected or the command fails, runs `fallback`
   * instead, counts it in `redis_fallbacks_total{use}` and warns once per outage.
   */
  attempt<T>(use: SharedUse, command: () => Promise<T>, fallback: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A Lua script run by its digest (EVALSHA, sent again when Redis does not know it): `keys` prefixed by the caller. */
export function defineScript(redis: Redis, name: string, numberOfKeys: number, lua: string): (keys: string[], args: (string | number)[]) => Promise<unknown> {
  redis.defineCommand(name, { numberOfKeys, lua });
  const command = (redis as unknown as Record<string, (...params: (string | number)[]) => Promise<unknown>>)[name]!;
  return (keys, args) => command.call(redis, ...keys, ...args);
}

/** A command that waits longer than this is treated as Redis being down: a limit check must not hold a request. */
const COMMAND_TIMEOUT_MS = 500;
/** Start-up waits at most this long for the first connection; then the server starts on in-process state. */
const FIRST_CONNECT_MS = 2_000;

export async function connectSharedStore(settings: RedisSettings, log: Logger, metrics: Registry): Promise<SharedStore> {
  const options = {
    // Fail at once while disconnected instead of queueing: the fallback answers, not a queue that grows.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: FIRST_CONNECT_MS,
    // Reconnects forever, at most every 2 s: the shared state comes back with Redis.
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 2_000),
  };
  const redis = new Redis(settings.url, options);
  const subscribers: Redis[] = [];
  const fallbacks = new Counter({
    name: "redis_fallbacks_total",
    help: "Operations answered from this process's own state because Redis could not be reached",
    labelNames: ["use"],
    registers: [metrics],
  });
  new Gauge({
    name: "redis_connected",
    help: "1 while this process is connected to the Redis it shares state through",
    registers: [metrics],
    collect() {
      this.set(redis.status === "ready" ? 1 : 0);
    },
  });

  // One warning per outage, not one per request: the counter tells how many were affected.
  let down = false;
  let closing = false;
  const wentDown = (reason: unknown) => {
    if (down || closing) return;
    down = true;
    log.warn(
      { err: reason instanceof Error ? reason.message : String(reason) },
      "Redis unreachable: cost buckets, socket caps and persisted queries fall back to this process's memory until it is back",
    );
  };
  // A command that fails on a live connection (a script error, a Redis under memory pressure) is
  // not an outage: warned about at most once a minute.
  let lastCommandWarning = 0;
  const commandFailed = (error: unknown) => {
    if (redis.status !== "ready") return wentDown(error);
    if (Date.now() - lastCommandWarning < 60_000) return;
    lastCommandWarning = Date.now();
    log.warn({ err: error instanceof Error ? error.message : String(error) }, "Redis command failed: answered from this process's memory");
  };
  redis.on("error", wentDown);
  redis.on("end", () => wentDown("connection ended"));
  redis.on("ready", () => {
    if (down) log.info("Redis reachable again: state is shared across processes again");
    down = false;
  });

  // Start-up waits for the first attempt only: a Redis that refuses or does not answer delays nobody.
  await new Promise<void>((resolve) => {
    const settled = () => {
      clearTimeout(timer);
      redis.off("ready", settled).off("error", settled);
      resolve();
    };
    const timer = setTimeout(settled, FIRST_CONNECT_MS);
    redis.once("ready", settled).once("error", settled);
  });
  if (redis.status !== "ready") wentDown(`not connected within ${FIRST_CONNECT_MS} ms`);

  return {
    redis,
    processId: randomBytes(6).toString("hex"),
    key: (...parts) => settings.keyPrefix + parts.join(":"),
    subscriber() {
      // Queued while disconnected (unlike commands): SUBSCRIBE is sent once it connects, and again after each reconnect.
      const subscriber = new Redis(settings.url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null, commandTimeout: undefined });
      subscriber.on("error", wentDown);
      subscribers.push(subscriber);
      return subscriber;
    },
    async attempt(use, command, fallback) {
      if (redis.status === "ready") {
        try {
          return await command();
        } catch (error) {
          commandFailed(error);
        }
      }
      fallbacks.inc({ use });
      return fallback();
    },
    async close() {
      closing = true;
      for (const connection of [redis, ...subscribers]) connection.disconnect();
    },
  };
}
