import "reflect-metadata";
import { isInterfaceType, type GraphQLNamedType } from "graphql";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TokenClaims } from "../../src/auth/tokens.js";
import { eq } from "drizzle-orm";
import { customers } from "../../src/db/schema/index.js";
import { fromGlobalId, toGlobalId } from "../../src/graphql/global-id.js";
import { createSchema } from "../../src/schema.js";
import { makeCarrier, makeCase, makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeShipment, makeSupplier, makeVehicle } from "../support/factories.js";
import { generateOperation, prng } from "../support/fuzz.js";
import { databaseKinds } from "../support/database.js";
import { describePlatform } from "../support/suite.js";
import { answerOf, wsClient, type SocketAnswer } from "../support/ws.js";

/** 2,000 operations in all, shared among the databases the suite runs on: a smoke run in every suite (FUZZ_OPERATIONS=100000 for a longer hunt). */
const OPERATIONS = Math.ceil(Number(process.env.FUZZ_OPERATIONS ?? 2_000) / databaseKinds().length);
const CONCURRENCY = 4;
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

type Errors = { extensions?: { code?: string } }[] | undefined;
const codesOf = (errors: Errors) => (errors ?? []).map((error) => error.extensions?.code);

// Production mode, as deployed: no introspection, no suggestions, masked errors; a WebSocket message
// may be as large as an HTTP body, so that both transports admit the same operations.
describePlatform("fuzzing the schema over HTTP and WebSocket: no input makes the server fail, both answer alike", (platform) => {
  const tokens: (string | undefined)[] = [undefined];
  const ids: Record<string, string[]> = {};
  /** One graphql-ws client per valid token; the same operations go over it as over HTTP. */
  const sockets = new Map<string, Client>();
  afterAll(async () => {
    await Promise.all([...sockets.values()].map((client) => client.dispose()));
  });

  beforeAll(async () => {
    const db = platform().database.db;
    const dealer = await makeDealer(db);
    const supplier = await makeSupplier(db);
    const carrier = await makeCarrier(db);
    const product = await makeProduct(db, { supplierId: supplier.id });
    const customer = await makeCustomer(db, { email: "fuzz@example.com", phone: "+8613800000042", city: "Shanghai", dealerIds: [dealer.id] });
    const order = await makeOrder(db, customer.id, { dealerId: dealer.id });
    await makeOrderLine(db, order.id, { product });
    const shipment = await makeShipment(db, order, carrier.id);
    const vehicle = await makeVehicle(db, customer.id);
    const kase = await makeCase(db, customer.id);
    Object.assign(ids, {
      customer: [toGlobalId("Customer", customer.id)],
      dealer: [toGlobalId("Dealer", dealer.id)],
      supplier: [toGlobalId("Supplier", supplier.id)],
      carrier: [toGlobalId("Carrier", carrier.id)],
      product: [toGlobalId("Product", product.id)],
      order: [toGlobalId("Order", order.id)],
      shipment: [toGlobalId("Shipment", shipment.id)],
      vehicle: [toGlobalId("Vehicle", vehicle.id)],
      case: [toGlobalId("Case", kase.id)],
    });
    const claims: TokenClaims[] = [
      { role: "ADMIN", sub: "fuzz.admin" },
      { role: "AGENT", sub: "fuzz.agent" },
      { role: "DEALER", sub: "fuzz.dealer", dealerId: dealer.id },
      { role: "SUPPLIER", sub: "fuzz.supplier", supplierId: supplier.id },
      { role: "CUSTOMER", sub: "fuzz.customer", customerId: customer.id },
      { role: "COURIER", sub: "fuzz.courier", carrierId: carrier.id },
    ];
    for (const claim of claims) {
      const token = await platform().token(claim);
      tokens.push(token);
      sockets.set(token, wsClient(platform().url, token));
    }
    tokens.push("not-a-token");
  });

  it(`answers ${OPERATIONS} generated operations (valid and invalid, every role) without a 5xx or an internal error`, { timeout: 300_000 }, async () => {
    const schema = await createSchema();
    const random = prng(SEED + (platform().kind === "postgres" ? 1 : 0));
    const ctx = { random, ids, schemaPossible: (type: GraphQLNamedType) => (isInterfaceType(type) ? schema.getPossibleTypes(type) : []) };
    const failures: { status: number; query: string; variables: unknown; errors: unknown }[] = [];
    const socketFailures: { query: string; variables: unknown; answer: SocketAnswer }[] = [];
    const mismatches: { query: string; variables: unknown; http: unknown; ws: unknown }[] = [];
    let overSocket = 0;
    const app = platform().server.app;
    const customerErased = async () =>
      (await platform().database.db.select({ erasedAt: customers.erasedAt }).from(customers).where(eq(customers.id, fromGlobalId(ids.customer![0]!).id)))[0]?.erasedAt != null;
    const statuses = new Map<number, number>();
    const run = async (operation: { query: string; variables: Record<string, unknown> }, token: string | undefined) => {
      // Fastify's inject: the whole HTTP pipeline (parsing, Apollo, limits, formatting) in-process, without sockets.
      const response = await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: JSON.stringify(operation),
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const body = response.json() as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      // Production hides the schema: no "did you mean" hint on either transport.
      if (response.statusCode >= 500 || body.errors?.some((error) => error.extensions?.code === "INTERNAL_SERVER_ERROR") || /Did you mean/.test(JSON.stringify(body))) {
        failures.push({ status: response.statusCode, query: operation.query, variables: operation.variables, errors: body.errors });
      }
      const client = token ? sockets.get(token) : undefined;
      if (!client) return;
      // The same operation over a real graphql-ws socket. HTTP refuses every subscription
      // (BAD_REQUEST) and the socket runs them: those are only checked for internal errors.
      overSocket++;
      const subscription = /^subscription\b/.test(operation.query);
      const answer = await answerOf(client, operation, subscription ? 250 : 20_000);
      // A socket refused for its session (the fuzz may erase the customer whose token it holds)
      // is the socket's UNAUTHENTICATED; any other close is a failure.
      const sessionRefused = answer.closed === 4401 || answer.closed === 4403;
      // Only the erasure of the customer whose token it holds ends a socket's session.
      const sessionEnded = sessionRefused && (await customerErased());
      if ((answer.closed !== undefined && !sessionEnded) || answer.errors?.some((error) => error.extensions?.code === "INTERNAL_SERVER_ERROR") || /Did you mean/.test(JSON.stringify(answer))) {
        socketFailures.push({ query: operation.query, variables: operation.variables, answer });
      }
      // A refusal before execution (parse, validation, limits, variables) has no side effect to
      // change the second answer: both transports must give the same codes. A session that ended
      // (an erasure running concurrently) between the two answers leaves nothing to compare.
      const refusedBeforeRunning = !("data" in body) && !(subscription && codesOf(body.errors).includes("BAD_REQUEST"));
      if (refusedBeforeRunning && !sessionEnded && JSON.stringify(codesOf(body.errors)) !== JSON.stringify(codesOf(answer.errors))) {
        mismatches.push({ query: operation.query, variables: operation.variables, http: body.errors, ws: answer.errors ?? answer });
      }
    };
    // Generated in order from the seed (replayable); run a few at a time.
    for (let i = 0; i < OPERATIONS; i += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, OPERATIONS - i) }, () => [generateOperation(ctx, schema), random.pick(tokens)] as const);
      await Promise.all(batch.map(([operation, token]) => run(operation, token)));
    }
    // Both kinds of answer occur: the fuzz reaches resolvers, not only the validator.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(OPERATIONS / 10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(OPERATIONS / 10);
    // The first few, replayable with FUZZ_SEED.
    expect(failures.slice(0, 5)).toEqual([]);
    expect(overSocket).toBeGreaterThan(OPERATIONS / 2);
    expect(socketFailures.slice(0, 5)).toEqual([]);
    expect(mismatches.slice(0, 5)).toEqual([]);
    // And the server is still there, answering.
    const after = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: JSON.stringify({ query: "{ products(first: 1) { totalCount } }" }) });
    expect(after.json()).toMatchObject({ data: { products: { totalCount: expect.any(Number) } } });
  });
}, { NODE_ENV: "production", MAX_WS_MESSAGE_BYTES: String(1024 * 1024) });
