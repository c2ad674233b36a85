// The PostgreSQL wire protocol's message framing, for the bench's preloaded probes
// (count-statements.mjs, server-probe.mjs): each message's type byte, from chunks as sockets
// deliver them, a message (or its header) possibly cut across chunks.

/** A socket direction's framing state: bytes of the current message still to skip, and a header cut across chunks. */
export const frameState = (started) => ({ skip: 0, started, header: Buffer.alloc(0) });

/**
 * Calls `onType` with each message's type byte. Before start-up (frontend side) the StartupMessage
 * and an SSLRequest (80877103) are untyped, length first; the StartupMessage is reported as a Sync
 * (0x53), since its answer ends with ReadyForQuery as a Sync's does.
 */
export function frames(s, chunk, onType) {
  let at = 0;
  while (at < chunk.length) {
    if (s.skip > 0) {
      const n = Math.min(s.skip, chunk.length - at);
      s.skip -= n;
      at += n;
      continue;
    }
    const need = s.started ? 5 : 8;
    const header = Buffer.concat([s.header, chunk.subarray(at, at + need - s.header.length)]);
    at += header.length - s.header.length;
    if (header.length < need) {
      s.header = header;
      return;
    }
    s.header = Buffer.alloc(0);
    if (!s.started) {
      if (header.readInt32BE(4) !== 80877103) s.started = true;
      s.skip = header.readInt32BE(0) - 8;
      if (s.started) onType(0x53);
      continue;
    }
    onType(header[0]);
    s.skip = header.readInt32BE(1) - 4;
  }
}

/** A chunk written to a socket, as bytes. */
export const bytesOf = (chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
