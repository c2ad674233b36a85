import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface Received {
  path: string;
  id: string;
  type: string;
  data: Record<string, unknown>;
  body: string;
  verified: boolean;
}

interface Route {
  secret?: string;
  /** The status to answer the n-th request (0-based) with; 204 by default. */
  answer?: (n: number) => number;
  count: number;
}

/**
 * A real HTTP receiver: each path has its endpoint's secret and verifies every request with the
 * `standardwebhooks` library, as a partner would; a request that does not verify is answered 401
 * and recorded as unverified.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private readonly routes = new Map<string, Route>();
  private server!: Server;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request).then((status) => {
        response.writeHead(status).end();
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  route(path: string, answer?: (n: number) => number) {
    this.routes.set(path, { answer, count: 0 });
    return `${this.url}${path}`;
  }

  secret(path: string, secret: string) {
    this.routes.get(path)!.secret = secret;
  }

  at(path: string) {
    return this.received.filter((r) => r.path === path);
  }

  private async handle(request: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const path = request.url ?? "/";
    const route = this.routes.get(path);
    if (!route?.secret) return 404;
    let verified = false;
    let parsed: { type: string; data: Record<string, unknown> } = { type: "", data: {} };
    try {
      parsed = new Webhook(route.secret).verify(body, request.headers as Record<string, string>) as typeof parsed;
      verified = true;
    } catch {
      verified = false;
    }
    this.received.push({ path, id: String(request.headers["webhook-id"]), type: parsed.type, data: parsed.data, body, verified });
    if (!verified) return 401;
    return route.answer ? route.answer(route.count++) : 204;
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Polls until `check` holds (deliveries are asynchronous), failing with `what` after `ms`. */
export async function eventually<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
