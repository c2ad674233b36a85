import type { DatabaseHandle } from "../db/client.js";

export type NoticeListener = (payload: string) => void;

/**
 * One NOTIFY channel heard by this process, fanned out to its listeners in the process. For
 * channels rung by the database itself (a trigger's pg_notify, delivered at commit), whose
 * payload names the rows to read; unlike the tracking bus there is no catch-up after the LISTEN
 * connection drops: a subscriber that must not miss a change re-reads the table (a segment's
 * size and members) after it reconnects.
 */
export interface Notices {
  on(listener: NoticeListener): () => void;
  close(): Promise<void>;
}

/** LISTEN on `channel` (PGlite or PostgreSQL), once for the process. */
export async function listenNotices(database: DatabaseHandle, channel: string): Promise<Notices> {
  const listeners = new Set<NoticeListener>();
  const deliver = (payload: string) => {
    for (const listener of listeners) listener(payload);
  };
  let stop: () => Promise<void>;
  if (database.pglite) {
    const pglite = database.pglite;
    const unlisten = await pglite.listen(channel, deliver);
    // A closed PGlite has dropped its listeners with it; unlistening would fail.
    stop = async () => {
      if (!pglite.closed) await unlisten();
    };
  } else {
    const request = await database.client!.listen(channel, deliver);
    stop = () => request.unlisten();
  }
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => stop(),
  };
}
