import { createClient } from "graphql-ws";
import WebSocket from "ws";

export interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

/** Posts raw text: hostile or generated operations are not typed documents. */
export async function rawHttp(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<RawResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as RawResponse["body"] };
}

/** The first result (or the errors) of an operation over graphql-ws. */
export async function rawWs(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown }> {
  const client = createClient({ url: `${url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    return await new Promise((resolve) => {
      client.subscribe({ query, variables }, { next: (value) => resolve(value as never), error: (errors) => resolve({ errors: errors as never }), complete: () => undefined });
    });
  } finally {
    await client.dispose();
  }
}
