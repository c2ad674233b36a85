import { Redis } from "ioredis";

/**
 * The Redis the shared-state tests use: TEST_REDIS_URL (CI sets it, so that a missing Redis fails
 * there), else REDIS_URL, else 127.0.0.1:6379 when something answers there; undefined otherwise,
 * and those tests are reported skipped.
 */
export async function testRedisUrl(): Promise<string | undefined> {
  const given = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;
  const url = given ?? "redis://127.0.0.1:6379";
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 1000, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  probe.on("error", () => undefined);
  try {
    await probe.connect();
    await probe.ping();
    return url;
  } catch (error) {
    if (given) throw new Error(`No Redis answers at ${url} (TEST_REDIS_URL/REDIS_URL): ${String(error)}`);
    return undefined;
  } finally {
    probe.disconnect();
  }
}

/** Removes every key a test's prefix made, so that runs leave nothing behind in a shared Redis. */
export async function dropKeys(url: string, prefix: string) {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
