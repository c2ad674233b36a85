// Preloaded into a server (node --import) by recommend-tail.ts: where a request's time goes inside the server.
// - event-loop delay (perf_hooks.monitorEventLoopDelay) and GC pauses (PerformanceObserver "gc");
// - per HTTP request (AsyncLocalStorage from the request listener): the time before its first statement is written,
//   the statements' round trips (Sync or Query written -> ReadyForQuery read, on the sockets to BENCH_PG_PORT), and after;
// - how deep statements queue on one connection (postgres.js pipelines onto a busy connection when the pool is full).
// The driver resets and reads the figures over the IPC channel ("probe:reset", "probe:report").
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import net from "node:net";
import { bytesOf, frames, frameState } from "./pg-frames.mjs";
import { createHistogram, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

const port = Number(process.env.BENCH_PG_PORT ?? 5432);
const als = new AsyncLocalStorage();
const eld = monitorEventLoopDelay({ resolution: 1 });
eld.enable();
let requests = [];
let gc = { count: 0, ms: 0, max: 0 };
let roundTrips = createHistogram();
let deepest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.ms += entry.duration;
    gc.max = Math.max(gc.max, entry.duration);
  }
}).observe({ entryTypes: ["gc"] });

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (type, request, response, ...rest) {
  if (type !== "request") return emit.call(this, type, request, response, ...rest);
  const store = { start: performance.now(), sent: [], done: [] };
  response.once("finish", () => {
    store.end = performance.now();
    if (requests.length < 500_000) requests.push(store);
  });
  return als.run(store, () => emit.call(this, type, request, response, ...rest));
};

const sockets = new WeakMap();
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (chunk, ...rest) {
  if (this.remotePort === port && chunk) {
    let s = sockets.get(this);
    if (!s) {
      sockets.set(this, (s = { out: frameState(false), in: frameState(true), waiting: [] }));
      this.prependListener("data", (data) =>
        frames(s.in, data, (type) => {
          if (type !== 0x5a /* ReadyForQuery */) return;
          const sent = s.waiting.shift();
          if (!sent) return;
          const now = performance.now();
          sent.store?.done.push(now);
          roundTrips.record(Math.max(1, Math.round((now - sent.at) * 1000)));
        }),
      );
    }
    frames(s.out, bytesOf(chunk), (type) => {
      if (type !== 0x53 /* Sync */ && type !== 0x51 /* Query */) return;
      const store = als.getStore();
      const at = performance.now();
      store?.sent.push(at);
      s.waiting.push({ at, store });
      deepest = Math.max(deepest, s.waiting.length);
    });
  }
  return write.call(this, chunk, ...rest);
};

const ms = (ns) => Number((ns / 1e6).toFixed(1));
function report() {
  const timed = requests
    .filter((r) => r.sent.length > 0 && r.done.length >= r.sent.length)
    .map((r) => ({ total: r.end - r.start, before: r.sent[0] - r.start, database: r.done.at(-1) - r.sent[0], after: r.end - r.done.at(-1) }))
    .sort((a, b) => a.total - b.total);
  const band = (from, to) => {
    const rows = timed.slice(Math.floor(from * timed.length), Math.max(Math.floor(from * timed.length) + 1, Math.floor(to * timed.length)));
    const mean = (key) => Number((rows.reduce((sum, r) => sum + r[key], 0) / Math.max(1, rows.length)).toFixed(2));
    return { total: mean("total"), before: mean("before"), database: mean("database"), after: mean("after") };
  };
  return {
    eventLoopDelayMs: { p50: ms(eld.percentile(50)), p99: ms(eld.percentile(99)), max: ms(eld.max) },
    gc: { pauses: gc.count, totalMs: Math.round(gc.ms), maxMs: Number(gc.max.toFixed(1)) },
    roundTripMs: roundTrips.count ? { n: roundTrips.count, p50: roundTrips.percentile(50) / 1e3, p99: roundTrips.percentile(99) / 1e3, max: roundTrips.max / 1e3 } : undefined,
    deepestQueueOnOneConnection: deepest,
    requests: timed.length,
    median: band(0.45, 0.55),
    slowestPercent: band(0.99, 1),
  };
}

if (process.send) {
  process.on("message", (message) => {
    if (message === "probe:reset") {
      eld.reset();
      roundTrips = createHistogram();
      gc = { count: 0, ms: 0, max: 0 };
      requests = [];
      deepest = 0;
      process.send({ reset: true });
    } else if (message === "probe:report") process.send({ probe: report() });
  });
  process.channel?.unref();
}
