import { sql } from "drizzle-orm";
import type { DatabaseHandle, Executor } from "../db/client.js";
import { retryingRead } from "../db/unavailable.js";

/** The doorbell: which shipment has a new committed event, and its seq. Ids only (NOTIFY < 8,000 bytes). */
export interface TrackingSignal {
  shipmentId: string;
  seq: number;
}

/** On the wire a signal also carries when it was announced (ms since the epoch), for the lag metric. */
interface Ring extends TrackingSignal {
  at?: number;
}

/**
 * "reconnected": the listener was away; re-read from your own cursor.
 * "resync": events committed while it was away could not all be re-rung (too many, or the
 * catch-up read failed); a listener without a cursor of its own must tell its client to reload.
 */
export type SignalListener = (signal: TrackingSignal | "reconnected" | "resync") => void;

export const TRACKING_CHANNEL = "tracking_events";

/**
 * Tracking announcements through PostgreSQL LISTEN/NOTIFY: every server process on the database
 * hears every committed event. The table stays the log; after a reconnect, subscribers with a
 * cursor are told "reconnected" and re-read from it, and the events committed meanwhile are
 * re-rung from the table for those without one (dashboards' feeds), or "resync" when that is
 * not possible.
 */
export interface EventBus {
  /**
   * One signal per parcel in one statement; never carries the events themselves. Given the
   * transaction that writes the events, PostgreSQL delivers it at commit: never for a rolled-back
   * batch, never missing for a committed one (a ring after commit is lost when the connection dies
   * between the two).
   */
  announce(signals: TrackingSignal[], within?: Executor): Promise<void>;
  /** One topic per shipment, so an event only wakes the subscribers of that parcel. */
  onShipment(shipmentId: string, listener: SignalListener): () => void;
  /** Every signal (dashboards' feeds). */
  onAny(listener: SignalListener): () => void;
  close(): Promise<void>;
}

class Fanout {
  private readonly byShipment = new Map<string, Set<SignalListener>>();
  private readonly all = new Set<SignalListener>();

  deliver(signal: TrackingSignal): void {
    for (const listener of this.byShipment.get(signal.shipmentId) ?? []) listener(signal);
    for (const listener of this.all) listener(signal);
  }

  reconnected(): void {
    for (const listeners of this.byShipment.values()) for (const listener of listeners) listener("reconnected");
    for (const listener of this.all) listener("reconnected");
  }

  resync(): void {
    for (const listener of this.all) listener("resync");
  }

  onShipment(shipmentId: string, listener: SignalListener): () => void {
    let set = this.byShipment.get(shipmentId);
    if (!set) this.byShipment.set(shipmentId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byShipment.delete(shipmentId);
    };
  }

  onAny(listener: SignalListener): () => void {
    this.all.add(listener);
    return () => this.all.delete(listener);
  }
}

function parse(payload: string): Ring | null {
  try {
    const value = JSON.parse(payload) as Ring;
    return typeof value.shipmentId === "string" && Number.isInteger(value.seq) ? value : null;
  } catch {
    return null;
  }
}

export interface EventBusOptions {
  /**
   * The signals of every event committed in the last `seconds`, at most `limit`: what a catch-up
   * re-rings. Passed in by the composition (server.ts) because the table is the tracking domain's,
   * and the bus, a lower layer, names no domain.
   */
  readCommittedSince: (seconds: number, limit: number) => Promise<TrackingSignal[]>;
  /**
   * Most events re-rung after a reconnect; more committed in the look-back window means "resync"
   * (FEED_CATCH_UP_LIMIT). 0: always "resync".
   */
  catchUpLimit?: number;
  /** Told when a reconnect could not be caught up (why subscribers got "resync"). */
  onCatchUpFailed?: (error: unknown) => void;
  /** Told, per ring heard, the seconds since it was announced (the event_bus_lag_seconds metric). */
  onLag?: (seconds: number) => void;
}

/**
 * How far before the last ring heard the catch-up looks: recorded_at is when the writing
 * transaction began, so one that began before that ring may commit after it. Tracking batches
 * are short (and bounded by the operation timeout); this is the margin for them.
 */
const LOOK_BACK_MS = 30_000;
/** Parcels whose last heard seq is remembered, to tell a re-read event from one already rung. */
const HEARD_PARCELS = 100_000;

/**
 * The highest seq rung per parcel, least recently heard first. Each parcel's seqs commit in
 * order, so a signal at or below it was rung already. Forgetting a parcel heard within the
 * look-back window would make a catch-up repeat events: `forgotSince` tells.
 */
class Heard {
  private readonly seqs = new Map<string, { seq: number; at: number }>();
  private lastForgotten = -Infinity;

  /** Whether the signal is new; if so, it is remembered. */
  admit(signal: TrackingSignal, now: number): boolean {
    const known = this.seqs.get(signal.shipmentId);
    if (known && known.seq >= signal.seq) return false;
    this.seqs.delete(signal.shipmentId);
    this.seqs.set(signal.shipmentId, { seq: signal.seq, at: now });
    if (this.seqs.size > HEARD_PARCELS) {
      const [oldest, entry] = this.seqs.entries().next().value!;
      this.seqs.delete(oldest);
      this.lastForgotten = entry.at;
    }
    return true;
  }

  forgotSince(at: number): boolean {
    return this.lastForgotten >= at;
  }
}

/** One LISTEN per process, on PGlite or on PostgreSQL. */
export async function createEventBus(database: DatabaseHandle, options: EventBusOptions): Promise<EventBus> {
  const fanout = new Fanout();
  const heard = new Heard();
  let lastHeardAt = performance.now();
  /** While a catch-up reads the table, live rings wait here, so that a parcel's events keep their order. */
  let held: TrackingSignal[] | null = null;
  const ring = (signal: TrackingSignal) => {
    if (heard.admit(signal, performance.now())) fanout.deliver(signal);
  };
  const onPayload = (payload: string) => {
    const heardRing = parse(payload);
    if (!heardRing) return;
    lastHeardAt = performance.now();
    if (heardRing.at !== undefined && options.onLag) options.onLag((Date.now() - heardRing.at) / 1000);
    const signal: TrackingSignal = { shipmentId: heardRing.shipmentId, seq: heardRing.seq };
    if (held) held.push(signal);
    else ring(signal);
  };
  /**
   * Re-rings what committed while the LISTEN connection was away: everything recorded since a
   * margin before the last ring heard, less what was heard. Nothing is lost; too much to re-ring
   * (or a failed read) becomes "resync" for the feeds.
   */
  const catchUp = async () => {
    const since = lastHeardAt;
    held ??= [];
    fanout.reconnected();
    try {
      const limit = options.catchUpLimit ?? 10_000;
      if (heard.forgotSince(since - LOOK_BACK_MS)) throw new Error("too many parcels heard to tell repeats");
      const seconds = (performance.now() - since + LOOK_BACK_MS) / 1000;
      // The LISTEN is back, so the server is; pooled connections may still be the dead ones.
      const missed = limit > 0 ? await retryingRead(() => options.readCommittedSince(seconds, limit + 1)) : [];
      if (limit === 0) throw new Error("catching up is off (FEED_CATCH_UP_LIMIT=0)");
      if (missed.length > limit) throw new Error(`more than ${limit} events to catch up on (FEED_CATCH_UP_LIMIT)`);
      for (const signal of missed) ring(signal);
    } catch (error) {
      options.onCatchUpFailed?.(error);
      fanout.resync();
    } finally {
      const waiting = held;
      held = null;
      for (const signal of waiting) ring(signal);
    }
  };
  let stop: () => Promise<void>;
  if (database.pglite) {
    const pglite = database.pglite;
    const unlisten = await pglite.listen(TRACKING_CHANNEL, onPayload);
    // A closed PGlite has dropped its listeners with it; unlistening would fail.
    stop = async () => {
      if (!pglite.closed) await unlisten();
    };
  } else {
    let listening = false;
    let catchingUp: Promise<void> | null = null;
    // postgres.js re-LISTENs after a dropped connection and calls onlisten again: that second
    // call is the moment to catch up on what committed while the connection was away.
    const request = await database.client!.listen(TRACKING_CHANNEL, onPayload, () => {
      if (listening) {
        // A reconnect during a catch-up catches up again once it is done (the window then covers both).
        const previous = catchingUp ?? Promise.resolve();
        // Only the last link of the chain clears it: an earlier one finishing must not let a
        // third reconnect start a catch-up beside the one still queued (they share `held`).
        const next: Promise<void> = previous.then(catchUp).finally(() => {
          if (catchingUp === next) catchingUp = null;
        });
        catchingUp = next;
      }
      listening = true;
    });
    stop = () => request.unlisten();
  }
  return {
    async announce(signals, within = database.db) {
      const at = Date.now();
      const payloads = signals.map((signal) => JSON.stringify({ shipmentId: signal.shipmentId, seq: signal.seq, at }));
      await within.execute(sql`select pg_notify(${TRACKING_CHANNEL}, payload) from unnest(${sql.param(payloads)}::text[]) as payload`);
    },
    onShipment: (id, listener) => fanout.onShipment(id, listener),
    onAny: (listener) => fanout.onAny(listener),
    close: () => stop(),
  };
}
