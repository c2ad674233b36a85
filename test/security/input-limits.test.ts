import "reflect-metadata";
import { getNamedType, isInputObjectType, isLeafType, isListType, isNonNullType, type GraphQLInputField, type GraphQLInputType } from "graphql";
import { expect, it } from "vitest";
import { listLimitExceptions, maxItemsOf } from "../../src/graphql/input-lists.js";
import { createSchema } from "../../src/schema.js";
import { rawHttp, rawWs } from "../support/raw.js";
import { describeBeforeDatabase, describePlatformOn } from "../support/suite.js";

/** products(first: n) { totalCount } costs (2 + 1.5) × n in graphql-armor's model. */
const products = (n: number) => `{ products(first: ${n}) { totalCount } }`;

const CAP = 250;

/** Every path from an argument down to a list, through nested input objects, with the input field holding the list (none for an argument's own list). */
function listPaths(type: GraphQLInputType, seen: ReadonlySet<string> = new Set(), owner?: GraphQLInputField): { path: string[]; owner?: GraphQLInputField }[] {
  if (isNonNullType(type)) return listPaths(type.ofType, seen, owner);
  if (isListType(type)) return [{ path: [], owner }];
  if (!isInputObjectType(type) || seen.has(type.name)) return [];
  return Object.values(type.getFields()).flatMap((field) =>
    listPaths(field.type, new Set([...seen, type.name]), field).map((found) => ({ ...found, path: [field.name, ...found.path] })),
  );
}

/** `{ a: { b: items } }` for the path a.b. */
const nest = (path: string[], items: unknown[]): unknown => (path.length === 0 ? items : { [path[0]!]: nest(path.slice(1), items) });

const schema = await createSchema();
const listInputs = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!].flatMap((root) =>
  Object.values(root.getFields()).flatMap((field) =>
    field.args.flatMap((arg) =>
      listPaths(arg.type).map(({ path, owner }) => {
        const selection = isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
        const keyword = root === schema.getQueryType() ? "query" : root === schema.getMutationType() ? "mutation" : "subscription";
        return {
          name: `${root.name}.${field.name}(${[arg.name, ...path].join(".")})`,
          keyword,
          operation: `${keyword} ($${arg.name}: ${String(arg.type)}) { ${field.name}(${arg.name}: $${arg.name}) ${selection} }`,
          variables: (items: unknown[]) => ({ [arg.name]: nest(path, items) }),
          field: [arg.name, ...path].join("."),
          max: maxItemsOf(owner, CAP),
        };
      }),
    ),
  ),
);

describePlatformOn("postgres",
  "query cost limit on HTTP and WebSocket",
  (platform) => {
    it("accepts an operation at the cost limit and refuses the next larger one, before anything runs", async () => {
      const atLimit = await rawHttp(platform().url, products(4));
      expect(atLimit.body.errors).toBeUndefined();
      expect(atLimit.body.extensions?.cost).toEqual({ requestedQueryCost: 14 });
      const past = await rawHttp(platform().url, products(5));
      expect(past.status).toBe(400);
      expect(past.body.data).toBeUndefined();
      expect(past.body.errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "cost" });
      expect(past.body.errors?.[0]?.message).toMatch(/^Query Cost limit of 14 exceeded/);

      const token = await platform().token({ role: "AGENT", sub: "cost" });
      expect((await rawWs(platform().url, token, products(4))).errors).toBeUndefined();
      const overSocket = await rawWs(platform().url, token, products(5));
      expect(overSocket.data ?? null).toBeNull();
      expect(overSocket.errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "cost" });
    });
  },
  { MAX_COST: "14" },
);

describeBeforeDatabase("input lists hold at most 250 items, save the declared exceptions", (platform) => {
  it("finds the list inputs of the schema", () => {
    // A schema without list inputs would make the next test vacuous.
    expect(listInputs.map((input) => input.name)).toEqual(expect.arrayContaining(["Query.nodes(ids)", "Mutation.recordTrackingEvents(input.events)"]));
  });

  it("has exactly the reviewed exceptions to the cap (a new @MaxItems must be added here)", () => {
    expect(listLimitExceptions(schema)).toEqual({ "IngestSourceRecordsInput.records": 1000, "IngestOrdersInput.orders": 1000, "DeleteIngestedOrdersInput.transactionIds": 1000, "IngestServiceVisitsInput.visits": 1000, "DeleteIngestedServiceVisitsInput.visitIds": 1000, "IngestInteractionsInput.interactions": 1000, "DeleteIngestedInteractionsInput.interactionIds": 1000, "IngestVehicleSalesInput.sales": 1000, "DeleteIngestedVehicleSalesInput.saleIds": 1000 });
    expect(listInputs.filter((input) => input.max !== CAP).map((input) => [input.name, input.max])).toEqual([
      ["Mutation.ingestInteractions(input.interactions)", 1000],
      ["Mutation.deleteIngestedInteractions(input.interactionIds)", 1000],
      ["Mutation.ingestSourceRecords(input.records)", 1000],
      ["Mutation.ingestOrders(input.orders)", 1000],
      ["Mutation.deleteIngestedOrders(input.transactionIds)", 1000],
      ["Mutation.ingestServiceVisits(input.visits)", 1000],
      ["Mutation.deleteIngestedServiceVisits(input.visitIds)", 1000],
      ["Mutation.ingestVehicleSales(input.sales)", 1000],
      ["Mutation.deleteIngestedVehicleSales(input.saleIds)", 1000],
    ]);
  });

  it.each(listInputs.map((input) => [input.name, input.max, input] as const))("%s: %i items pass the cap, one more is refused naming the input", async (_name, max, input) => {
    const token = await platform().token({ role: "ADMIN", sub: "lists" });
    const items = (n: number) => Array.from({ length: n }, (_, i) => `x${i}`);
    const send = (n: number) =>
      input.keyword === "subscription" ? rawWs(platform().url, token, input.operation, input.variables(items(n))) : rawHttp(platform().url, input.operation, input.variables(items(n)), token).then((r) => r.body);
    const capped = (body: { errors?: { message: string }[] }) => body.errors?.some((error) => /at most \d+ items/.test(error.message)) ?? false;

    expect(capped(await send(max))).toBe(false);
    const refused = await send(max + 1);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: input.field });
    expect(refused.errors?.[0]?.message).toContain(`at most ${max} items; this one has ${max + 1}`);
  });

  it("applies an exception to literal lists in the document too, and only to that field", async () => {
    const records = (n: number, emails = 0) =>
      Array.from({ length: n }, (_, i) => `{ sourceId: "r${i}", emails: [${Array.from({ length: emails }, (_, j) => `"e${j}@example.com"`).join(",")}] }`).join(",");
    const mutation = (list: string) => `mutation { ingestSourceRecords(input: { source: "webshop", records: [${list}] }) { summary { created } } }`;
    // 251 records pass the cap (and are then refused for want of a token: nothing is written).
    const passes = await rawHttp(platform().url, mutation(records(251)));
    expect(passes.body.errors, JSON.stringify(passes.body.errors)).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) })]);
    const nested = await rawHttp(platform().url, mutation(records(1, 251)));
    expect(nested.status).toBe(400);
    expect(nested.body.errors?.[0]?.message).toMatch(/at most 250 items; this one has 251/);
  });

  it("refuses text with a NUL character (PostgreSQL cannot store it) as bad input, in variables and literals", async () => {
    const token = await platform().token({ role: "ADMIN", sub: "nul" });
    const variable = await rawHttp(platform().url, "query ($input: OrderFilter) { orders(filter: $input) { totalCount } }", { input: { customerId: "a\u0000b" } }, token);
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.customerId" });
    const literal = await rawHttp(platform().url, '{ product(sku: "a\\u0000b") { id } }', undefined, token);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(literal.body.errors?.[0]?.message).toMatch(/NUL/);
  });

  it("sends subscriptions over HTTP back to WebSocket with 400", async () => {
    const response = await rawHttp(platform().url, "subscription { deliveryFeed { cursor } }", undefined, await platform().token({ role: "ADMIN", sub: "sub" }));
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });

  it("refuses a literal list of 251 items in the document itself", async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `"x${i}"`).join(",");
    const refused = await rawHttp(platform().url, `{ nodes(ids: [${ids(251)}]) { id } }`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(refused.body.errors?.[0]?.message).toMatch(/at most 250 items/);
    // 250 pass this cap; nodes(ids) has its own, smaller one.
    const smaller = await rawHttp(platform().url, `{ nodes(ids: [${ids(250)}]) { id } }`);
    expect(smaller.body.errors?.[0]?.message).not.toMatch(/at most 250 items/);
  });
});

describePlatformOn("postgres",
  "rate limit by query cost per principal",
  (platform) => {
    it("reports the cost and the bucket in every response, and refuses with THROTTLED and a retry hint when the bucket is empty", async () => {
      const token = await platform().token({ role: "AGENT", sub: "busy" });
      const first = await rawHttp(platform().url, products(1), undefined, token);
      expect(first.body.extensions?.cost).toEqual({ requestedQueryCost: 4, throttleStatus: { maximumAvailable: 20, currentlyAvailable: 16, restoreRate: 1 } });
      for (let i = 0; i < 4; i++) expect((await rawHttp(platform().url, products(1), undefined, token)).body.errors).toBeUndefined();
      const refused = await rawHttp(platform().url, products(1), undefined, token);
      expect(refused.status).toBe(429);
      expect(refused.body.data ?? null).toBeNull();
      const error = refused.body.errors?.[0];
      expect(error?.extensions?.code).toBe("THROTTLED");
      expect(error?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
      expect(error?.extensions?.retryAfter).toBeLessThanOrEqual(4);
      expect(refused.body.extensions?.cost).toMatchObject({ requestedQueryCost: 4, throttleStatus: { maximumAvailable: 20, restoreRate: 1 } });

      // Over WebSocket the same bucket is empty too.
      const overSocket = await rawWs(platform().url, token, products(1));
      expect(overSocket.errors?.[0]?.extensions?.code).toBe("THROTTLED");

      // Another principal has a bucket of its own.
      const other = await rawHttp(platform().url, products(1), undefined, await platform().token({ role: "AGENT", sub: "calm" }));
      expect(other.body.errors).toBeUndefined();
    });

    it("refuses an operation dearer than the whole bucket without a retry hint", async () => {
      const refused = await rawHttp(platform().url, products(6), undefined, await platform().token({ role: "ADMIN", sub: "greedy" }));
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("THROTTLED");
      expect(refused.body.errors?.[0]?.extensions?.retryAfter).toBeUndefined();
    });

    it("gives anonymous callers a bucket per network address", async () => {
      const anonymous = await rawHttp(platform().url, products(1));
      expect(anonymous.body.extensions?.cost).toMatchObject({ throttleStatus: { currentlyAvailable: 16 } });
    });
  },
  { RATE_LIMIT_BUCKET: "20", RATE_LIMIT_RESTORE_RATE: "1" },
);
