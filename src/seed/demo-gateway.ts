import { and, eq, like } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { Webhook } from "standardwebhooks";
import type { Database } from "../db/client.js";
import { webhookEndpoints } from "../db/schema/index.js";
import { newSecret } from "../webhooks/signing.js";

const PATH = "/demo/gateway";
const KEPT = 50;

interface Received {
  receivedAt: string;
  webhookId: string;
  verified: boolean;
  type: string;
  data: Record<string, unknown>;
}

/**
 * The demo world's message gateway (never in production): the webhook endpoint `npm start`
 * registers for `message.requested`. It verifies each request with the endpoint's secret, as a
 * real gateway would, and keeps the last 50 in memory; `GET /demo/gateway` lists them, newest
 * first, so a campaign's messages can be seen without an SMS or email provider.
 */
export async function demoGatewayRoutes(app: FastifyInstance, db: Database): Promise<void> {
  const received: Received[] = [];
  await app.register(async (scope) => {
    // The signature is over the exact bytes: the body is kept as text.
    scope.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));
    scope.post(PATH, async (request, reply) => {
      const body = String(request.body ?? "");
      const secrets = await db.select({ secret: webhookEndpoints.secret }).from(webhookEndpoints).where(like(webhookEndpoints.url, `%${PATH}`));
      let parsed: { type: string; data: Record<string, unknown> } | undefined;
      for (const { secret } of secrets) {
        try {
          parsed = new Webhook(secret).verify(body, request.headers as Record<string, string>) as typeof parsed;
          break;
        } catch {
          // Another demo endpoint's secret, or a forged request.
        }
      }
      received.unshift({ receivedAt: new Date().toISOString(), webhookId: String(request.headers["webhook-id"]), verified: !!parsed, type: parsed?.type ?? "", data: parsed?.data ?? {} });
      received.length = Math.min(received.length, KEPT);
      return reply.code(parsed ? 204 : 401).send();
    });
    scope.get(PATH, async () => ({ messages: received }));
  });
}

/** Registers (once) the demo gateway's endpoint at this server's URL for campaign messages. */
export async function registerDemoGateway(db: Database, serverUrl: string): Promise<void> {
  const url = `${serverUrl}${PATH}`;
  const existing = await db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(and(eq(webhookEndpoints.url, url), eq(webhookEndpoints.createdBy, "demo")));
  if (existing.length > 0) return;
  await db.insert(webhookEndpoints).values({ url, eventTypes: ["message.requested"], description: "The demo world's message gateway (GET /demo/gateway lists what it received)", secret: newSecret(), createdBy: "demo" });
}
