import { print, type ExecutionResult } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface Subscription<T> {
  /** Results received so far. */
  results: ExecutionResult<T>[];
  /** Resolves once `count` results have arrived (rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<ExecutionResult<T>[]>;
  /** Resolves when the server completes or errors the subscription. */
  done: Promise<void>;
  /** What the server ended the subscription with, if it was an error (GraphQL errors or a close event). */
  error?: unknown;
  close(): Promise<void>;
}

/** A real graphql-ws client over a real socket. */
export function wsClient(httpUrl: string, token?: string): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

export function subscribe<T, V>(client: Client, document: TypedDocumentNode<T, V>, variables: V): Subscription<T> {
  const results: ExecutionResult<T>[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const subscription: Subscription<T> = {
    results,
    done,
    waitFor(count, ms = 5000) {
      if (results.length >= count) return Promise.resolve(results);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${results.length} of ${count} results after ${ms} ms: ${JSON.stringify(results)}`)), ms);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(results)) });
      });
    },
    async close() {
      dispose();
    },
  };
  const dispose = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        results.push(value as ExecutionResult<T>);
        for (const w of waiters.filter((w) => results.length >= w.count)) w.resolve();
      },
      error: (error) => {
        subscription.error = error;
        finish();
      },
      complete: () => finish(),
    },
  );
  return subscription;
}

/** What a socket answered one operation: its first result or its errors, or how the socket closed. */
export interface SocketAnswer {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
  extensions?: Record<string, unknown>;
  /** The close code, when the server closed the socket instead of answering. */
  closed?: number;
  /** A subscription that was accepted and had not sent anything after `ms`. */
  waiting?: boolean;
}

/**
 * Sends one raw operation on a client and resolves with its first answer; a subscription that
 * stays silent for `ms` counts as accepted (`waiting`) and is ended.
 */
export function answerOf(client: Client, operation: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> }, ms = 250): Promise<SocketAnswer> {
  return new Promise((resolve) => {
    let dispose = () => {};
    const finish = (answer: SocketAnswer) => {
      clearTimeout(timer);
      dispose();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ waiting: true }), ms);
    dispose = client.subscribe(operation, {
      next: (value) => finish(value as SocketAnswer),
      error: (error) => finish(Array.isArray(error) ? { errors: error as SocketAnswer["errors"] } : { closed: (error as { code?: number }).code ?? -1 }),
      complete: () => finish({}),
    });
  });
}

interface RawMessage {
  id?: string;
  type: string;
  payload?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A bare graphql-transport-ws connection, to see close codes and per-operation errors as they are. */
export async function rawSocket(url: string, token: string) {
  const socket = new WebSocket(`${url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
  const messages: RawMessage[] = [];
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  const acked = new Promise<boolean>((resolve) => {
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as RawMessage;
      messages.push(message);
      if (message.type === "connection_ack") resolve(true);
    });
    void closed.then(() => resolve(false));
  });
  await new Promise((resolve) => socket.on("open", resolve));
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  const feed = "subscription { deliveryFeed { shipment { trackingNumber } } }";
  return {
    acked,
    closed,
    subscribe: (id: string) => socket.send(JSON.stringify({ id, type: "subscribe", payload: { query: feed } })),
    complete: (id: string) => socket.send(JSON.stringify({ id, type: "complete" })),
    /** Waits for the error answer to operation `id`. */
    async errorOf(id: string) {
      for (let waited = 0; waited < 5000; waited += 20) {
        const error = messages.find((m) => m.id === id && m.type === "error");
        if (error) return error.payload?.[0];
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no error for ${id}`);
    },
    errorsFor: (ids: string[]) => messages.filter((m) => m.type === "error" && ids.includes(m.id!)),
    close: async () => {
      socket.close();
      await closed;
    },
  };
}
