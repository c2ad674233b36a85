import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../db/client.js";

/** The doorbell: which shipment has a new committed event, and its seq. Ids only (NOTIFY < 8,000 bytes). */
export interface TrackingSignal {
  shipmentId: string;
  seq: number;
}

export type SignalListener = (signal: TrackingSignal | "reconnected") => void;

export const TRACKING_CHANNEL = "tracking_events";

/**
 * Tracking announcements through PostgreSQL LISTEN/NOTIFY: every server process on the database
 * hears every committed event. The table stays the log; a listener that was away (a reconnect)
 * is told "reconnected" and catches up from the table.
 */
export interface EventBus {
  /** Rings after commit, one signal per parcel in one statement; never carries the events themselves. */
  announce(signals: TrackingSignal[]): Promise<void>;
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

function parse(payload: string): TrackingSignal | null {
  try {
    const value = JSON.parse(payload) as TrackingSignal;
    return typeof value.shipmentId === "string" && Number.isInteger(value.seq) ? value : null;
  } catch {
    return null;
  }
}

/** One LISTEN per process, on PGlite or on PostgreSQL. */
export async function createEventBus(database: DatabaseHandle): Promise<EventBus> {
  const fanout = new Fanout();
  const onPayload = (payload: string) => {
    const signal = parse(payload);
    if (signal) fanout.deliver(signal);
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
    // postgres.js re-LISTENs after a dropped connection and calls onlisten again: that second
    // call is the moment to catch up on what committed while the connection was away.
    const request = await database.client!.listen(TRACKING_CHANNEL, onPayload, () => {
      if (listening) fanout.reconnected();
      listening = true;
    });
    stop = () => request.unlisten();
  }
  return {
    async announce(signals) {
      const payloads = signals.map((signal) => JSON.stringify(signal));
      await database.db.execute(sql`select pg_notify(${TRACKING_CHANNEL}, payload) from unnest(${sql.param(payloads)}::text[]) as payload`);
    },
    onShipment: (id, listener) => fanout.onShipment(id, listener),
    onAny: (listener) => fanout.onAny(listener),
    close: () => stop(),
  };
}
