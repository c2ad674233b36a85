import { Gauge, type Registry } from "prom-client";
import { DomainError } from "../errors.js";

/** graphql-ws close code for a user over the connection cap (4xxx are the application's). */
export const TOO_MANY_CONNECTIONS = 4429;

export interface SocketCaps {
  connectionsPerUser: number;
  subscriptionsPerConnection: number;
  subscriptionsPerUser: number;
}

/** One open socket: whose it is and which subscriptions run on it. */
export interface SocketState {
  user: string;
  subscriptions: Set<string>;
  /** Whether the protocol still runs an operation id: a client's `complete` ends it at once, before onComplete. */
  running: (id: string) => boolean;
}

/**
 * Caps on what one user holds open over WebSockets: connections, and live subscriptions per
 * connection and in all. State is this process's; a socket's share is released when it closes,
 * whatever way its subscriptions ended.
 */
export class SocketLimits {
  private readonly byUser = new Map<string, Set<SocketState>>();

  constructor(private readonly caps: SocketCaps) {}

  /** A new connection's state, or undefined when the user already holds the maximum. */
  connect(user: string, running: (id: string) => boolean): SocketState | undefined {
    const sockets = this.byUser.get(user) ?? new Set<SocketState>();
    if (sockets.size >= this.caps.connectionsPerUser) return undefined;
    const state: SocketState = { user, subscriptions: new Set(), running };
    sockets.add(state);
    this.byUser.set(user, sockets);
    return state;
  }

  /** Open sockets and their running subscriptions, counted when asked (a metrics scrape). */
  totals(): { connections: number; subscriptions: number } {
    let connections = 0;
    let subscriptions = 0;
    for (const sockets of this.byUser.values()) {
      connections += sockets.size;
      for (const socket of sockets) for (const id of socket.subscriptions) if (socket.running(id)) subscriptions++;
    }
    return { connections, subscriptions };
  }

  disconnect(state: SocketState | undefined) {
    if (!state) return;
    const sockets = this.byUser.get(state.user);
    sockets?.delete(state);
    if (sockets?.size === 0) this.byUser.delete(state.user);
    state.subscriptions.clear();
  }

  /** Registers a subscription, or throws LIMIT_EXCEEDED naming the cap it would pass. */
  subscribe(state: SocketState, id: string) {
    const sockets = this.byUser.get(state.user) ?? new Set([state]);
    for (const socket of sockets) for (const started of socket.subscriptions) if (!socket.running(started)) socket.subscriptions.delete(started);
    if (state.subscriptions.size >= this.caps.subscriptionsPerConnection) {
      throw new DomainError("LIMIT_EXCEEDED", `At most ${this.caps.subscriptionsPerConnection} subscriptions per connection`, undefined, { limit: "subscriptionsPerConnection" });
    }
    let total = 0;
    for (const socket of sockets) total += socket.subscriptions.size;
    if (total >= this.caps.subscriptionsPerUser) {
      throw new DomainError("LIMIT_EXCEEDED", `At most ${this.caps.subscriptionsPerUser} subscriptions per user`, undefined, { limit: "subscriptionsPerUser" });
    }
    state.subscriptions.add(id);
  }

  unsubscribe(state: SocketState | undefined, id: string) {
    state?.subscriptions.delete(id);
  }
}

/** Open graphql-ws sockets and running subscriptions of this process, as gauges read at each scrape. */
export function socketMetrics(sockets: SocketLimits, metrics: Registry): void {
  new Gauge({
    name: "graphql_ws_connections",
    help: "Open graphql-ws connections (acknowledged) in this process",
    registers: [metrics],
    collect() {
      this.set(sockets.totals().connections);
    },
  });
  new Gauge({
    name: "graphql_ws_subscriptions",
    help: "Running subscriptions over graphql-ws in this process",
    registers: [metrics],
    collect() {
      this.set(sockets.totals().subscriptions);
    },
  });
}
