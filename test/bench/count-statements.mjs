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

const port = Number(process.env.BENCH_PG_PORT ?? 5432);
let statements = 0;
/** Per socket: bytes of the current message still to skip, and whether the untyped start-up message is behind. */
const state = new WeakMap();

function count(socket, chunk) {
  let s = state.get(socket);
  if (!s) state.set(socket, (s = { skip: 0, started: false, header: Buffer.alloc(0) }));
  let at = 0;
  while (at < chunk.length) {
    if (s.skip > 0) {
      const n = Math.min(s.skip, chunk.length - at);
      s.skip -= n;
      at += n;
      continue;
    }
    // A message header (type byte + length, or only the length before start-up) may span writes.
    const need = s.started ? 5 : 8;
    const header = Buffer.concat([s.header, chunk.subarray(at, at + need - s.header.length)]);
    at += header.length - s.header.length;
    if (header.length < need) {
      s.header = header;
      return;
    }
    s.header = Buffer.alloc(0);
    if (!s.started) {
      // StartupMessage or SSLRequest (80877103): untyped, length first. After an SSLRequest the
      // start-up message follows untyped as well.
      const length = header.readInt32BE(0);
      if (header.readInt32BE(4) !== 80877103) s.started = true;
      s.skip = length - 8;
      continue;
    }
    const type = header[0];
    if (type === 0x51 /* Q */ || type === 0x45 /* E */) statements++;
    s.skip = header.readInt32BE(1) - 4;
  }
}

const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (chunk, ...rest) {
  if (this.remotePort === port && chunk) count(this, typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  return write.call(this, chunk, ...rest);
};

if (process.send) {
  process.on("message", (message) => {
    if (message === "bench:statements") process.send({ statements });
  });
  // The channel must not keep a server alive that was asked to stop.
  process.channel?.unref();
}
