// Preloaded into every server the view benchmark starts (node --import): counts the statements a
// process sends to PostgreSQL, so the benchmark can report statements per request for servers it
// cannot instrument otherwise (PostGraphile, ours without touching src/). pg_stat_statements is not
// available, and pg_stat_database's counters reach the shared view up to 10 s late.
//
// It reads the frontend protocol on every socket to the port in BENCH_PG_PORT: each Query ('Q',
// simple protocol: one per call, whatever its text holds) and Execute ('E', extended protocol: one
// per run of a prepared or unnamed statement) is one statement. BEGIN and COMMIT count as theirs.
// The bench asks for the total over the IPC channel ("bench:statements") before and after a run.
import net from "node:net";
import { bytesOf, frames, frameState } from "./pg-frames.mjs";

const port = Number(process.env.BENCH_PG_PORT ?? 5432);
let statements = 0;
/** Per socket: the frontend side's framing. */
const state = new WeakMap();

const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (chunk, ...rest) {
  if (this.remotePort === port && chunk) {
    let s = state.get(this);
    if (!s) state.set(this, (s = frameState(false)));
    frames(s, bytesOf(chunk), (type) => {
      if (type === 0x51 /* Q */ || type === 0x45 /* E */) statements++;
    });
  }
  return write.call(this, chunk, ...rest);
};

if (process.send) {
  process.on("message", (message) => {
    if (message === "bench:statements") process.send({ statements });
  });
  // The channel must not keep a server alive that was asked to stop.
  process.channel?.unref();
}
