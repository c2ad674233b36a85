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
  /** The close code, when the server closed the socket instead of answering. */
  closed?: number;
  /** A subscription that was accepted and had not sent anything after `ms`. */
  waiting?: boolean;
}

/**
 * Sends one raw operation on a client and resolves with its first answer; a subscription that
 * stays silent for `ms` counts as accepted (`waiting`) and is ended.
 */
export function answerOf(client: Client, operation: { query: string; variables?: Record<string, unknown> }, ms = 250): Promise<SocketAnswer> {
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
