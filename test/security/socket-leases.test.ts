import { randomBytes } from "node:crypto";
import pino from "pino";
import { Registry } from "prom-client";
import { afterAll, describe, expect, it } from "vitest";
import { SocketLimits } from "../../src/graphql/socket-limits.js";
import { connectSharedStore, type SharedStore } from "../../src/redis/store.js";
import { dropKeys, testRedisUrl } from "../support/redis.js";

const redisUrl = await testRedisUrl();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const caps = { connectionsPerUser: 2, subscriptionsPerConnection: 5, subscriptionsPerUser: 2 };
const LEASE_MS = 300;

/*
 * Two processes' socket counts through one Redis, here as two SocketLimits with stores of their
 * own: what a process that dies without closing its sockets leaves behind, and what one that
 * lives keeps. The cross-process behaviour over real sockets is in platform/shared-state.test.ts.
 */
describe.skipIf(!redisUrl)("per-user socket caps shared through Redis: leases", () => {
  const prefix = `test:${randomBytes(4).toString("hex")}:`;
  const stores: SharedStore[] = [];
  const process = async () => {
    const store = await connectSharedStore({ url: redisUrl!, keyPrefix: prefix }, pino({ level: "silent" }), new Registry());
    stores.push(store);
    return new SocketLimits(caps, store, LEASE_MS);
  };
  afterAll(async () => {
    for (const store of stores) await store.close();
    await dropKeys(redisUrl!, prefix);
  });

  it("keeps a live process's sockets counted past their lease, and stops counting a dead one's when it runs out", async () => {
    const [living, dying, other] = [await process(), await process(), await process()];
    const always = () => true;
    const held = await living.connect("ADMIN:lease", always);
    expect(held).toBeDefined();
    await living.subscribe(held!, "1");
    const lost = await dying.connect("ADMIN:lease", always);
    await dying.subscribe(lost!, "a");
    // The process "dies": it stops renewing, and never says its socket is gone.
    dying.close();

    expect(await other.connect("ADMIN:lease", always)).toBeUndefined();
    await expect(other.subscribe({ user: "ADMIN:lease", member: "x", subscriptions: new Set(), pending: new Set(), running: always }, "x")).rejects.toMatchObject({
      code: "LIMIT_EXCEEDED",
      details: { limit: "subscriptionsPerUser" },
    });

    await sleep(LEASE_MS * 3);
    // The dead process's socket and subscription no longer count; the living one's still do.
    const taken = await other.connect("ADMIN:lease", always);
    expect(taken).toBeDefined();
    expect(await other.connect("ADMIN:lease", always)).toBeUndefined();
    await other.subscribe(taken!, "b");
    await expect(other.subscribe(taken!, "c")).rejects.toMatchObject({ code: "LIMIT_EXCEEDED" });
    for (const limits of [living, other]) limits.close();
  });
});
