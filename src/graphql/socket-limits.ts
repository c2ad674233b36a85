import { Gauge, type Registry } from "prom-client";
import { DomainError } from "../errors.js";
import { leasedSets, type LeasedSets } from "../redis/leased-sets.js";
import type { SharedStore } from "../redis/store.js";

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
  /** The socket's name in the shared counts, unique across processes. */
  member: string;
  /** Held here but not yet admitted by the shared count: not renewed, lest a refused one be added back. */
  pending: Set<string | typeof CONNECTION>;
}

/** The connection itself among a state's pending admissions (subscription ids are the client's strings). */
const CONNECTION = Symbol("connection");

/** A shared member's lease: a crashed process's sockets stop counting this long after its last renewal. */
export const SOCKET_LEASE_MS = 60_000;

/**
 * Caps on what one user holds open over WebSockets: connections, and live subscriptions per
 * connection and in all. Counted in this process; with a shared store the per-user caps count
 * every process's sockets and subscriptions (leased sets in Redis, renewed while they are
 * open), and this process's own count answers while Redis cannot be reached. A socket's share is
 * released when it closes, whatever way its subscriptions ended.
 */
export class SocketLimits {
  private readonly byUser = new Map<string, Set<SocketState>>();
  private readonly leases?: LeasedSets;
  private readonly renewal?: NodeJS.Timeout;
  private serial = 0;

  constructor(
    private readonly caps: SocketCaps,
    private readonly shared?: SharedStore,
    leaseMs = SOCKET_LEASE_MS,
  ) {
    if (shared) {
      this.leases = leasedSets(shared, leaseMs);
      this.renewal = setInterval(() => void this.renew(), leaseMs / 3);
      this.renewal.unref();
    }
  }

  /** A new connection's state, or undefined when the user already holds the maximum. */
  async connect(user: string, running: (id: string) => boolean): Promise<SocketState | undefined> {
    const sockets = this.byUser.get(user) ?? new Set<SocketState>();
    const withinHere = sockets.size < this.caps.connectionsPerUser;
    if (!this.shared && !withinHere) return undefined;
    const state: SocketState = { user, subscriptions: new Set(), running, member: `${this.shared?.processId ?? "local"}:${++this.serial}`, pending: new Set<string | typeof CONNECTION>([CONNECTION]) };
    // Held before asking Redis, so that connections racing in this process count each other.
    sockets.add(state);
    this.byUser.set(user, sockets);
    const admitted = await this.admit(`connections:${user}`, state.member, this.caps.connectionsPerUser, withinHere);
    state.pending.delete(CONNECTION);
    if (!admitted) {
      this.forget(state);
      return undefined;
    }
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
    const subscriptions = [...state.subscriptions];
    this.forget(state);
    this.release(`subscriptions:${state.user}`, subscriptions.map((id) => `${state.member}:${id}`));
    this.release(`connections:${state.user}`, [state.member]);
  }

  /** Registers a subscription, or throws LIMIT_EXCEEDED naming the cap it would pass. */
  async subscribe(state: SocketState, id: string) {
    const sockets = this.byUser.get(state.user) ?? new Set([state]);
    for (const socket of sockets) {
      for (const started of socket.subscriptions) {
        if (socket.running(started)) continue;
        socket.subscriptions.delete(started);
        // Sent before the admission below, on the same connection, so Redis counts it gone.
        this.release(`subscriptions:${state.user}`, [`${socket.member}:${started}`]);
      }
    }
    if (state.subscriptions.size >= this.caps.subscriptionsPerConnection) {
      throw new DomainError("LIMIT_EXCEEDED", `At most ${this.caps.subscriptionsPerConnection} subscriptions per connection`, undefined, { limit: "subscriptionsPerConnection" });
    }
    let total = 0;
    for (const socket of sockets) total += socket.subscriptions.size;
    const withinHere = total < this.caps.subscriptionsPerUser;
    state.subscriptions.add(id);
    state.pending.add(id);
    const admitted = await this.admit(`subscriptions:${state.user}`, `${state.member}:${id}`, this.caps.subscriptionsPerUser, withinHere);
    state.pending.delete(id);
    if (!admitted) {
      state.subscriptions.delete(id);
      throw new DomainError("LIMIT_EXCEEDED", `At most ${this.caps.subscriptionsPerUser} subscriptions per user`, undefined, { limit: "subscriptionsPerUser" });
    }
  }

  unsubscribe(state: SocketState | undefined, id: string) {
    if (!state?.subscriptions.delete(id)) return;
    this.release(`subscriptions:${state.user}`, [`${state.member}:${id}`]);
  }

  /** Stops renewing the leases (the server is closing; its sockets are being closed). */
  close() {
    clearInterval(this.renewal);
  }

  private forget(state: SocketState) {
    const sockets = this.byUser.get(state.user);
    sockets?.delete(state);
    if (sockets?.size === 0) this.byUser.delete(state.user);
    state.subscriptions.clear();
  }

  /** Whether the shared count has room; without a store, or while Redis is away, this process's count decides. */
  private admit(set: string, member: string, cap: number, withinHere: boolean): Promise<boolean> | boolean {
    const { shared, leases } = this;
    if (!shared || !leases) return withinHere;
    return shared.attempt("sockets", () => leases.admit(set, member, cap), () => withinHere);
  }

  /** Best effort: a member left behind (Redis away) drops out when its lease ends. */
  private release(set: string, members: string[]) {
    if (this.shared?.redis.status === "ready" && members.length > 0) this.leases?.release(set, members).catch(() => undefined);
  }

  private async renew() {
    if (this.shared?.redis.status !== "ready") return;
    const held = new Map<string, string[]>();
    for (const [user, sockets] of this.byUser) {
      const admitted = [...sockets].filter((socket) => !socket.pending.has(CONNECTION));
      held.set(`connections:${user}`, admitted.map((socket) => socket.member));
      held.set(`subscriptions:${user}`, admitted.flatMap((socket) => [...socket.subscriptions].filter((id) => !socket.pending.has(id)).map((id) => `${socket.member}:${id}`)));
    }
    // A renewal that fails is retried at the next tick, well within the lease.
    await this.leases?.renew(held).catch(() => undefined);
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
