import { writeFileSync } from "node:fs";
import { isObjectType } from "graphql";
import { beforeAll, expect, it } from "vitest";
import { createSchema } from "../../src/schema.js";
import { rawHttp, rawWs } from "../support/raw.js";
import { describePlatform } from "../support/suite.js";
import { COMPETITOR_ROWS } from "./tenant-matrix/competitors.js";
import { ENGAGEMENT_ROWS } from "./tenant-matrix/engagement.js";
import { FILTER_ROWS as LIST_FILTER_ROWS } from "./tenant-matrix/filters.js";
import { SEGMENT_FILTER_ROWS, SEGMENT_ROWS } from "./tenant-matrix/segments.js";
import { IDENTITY_ROWS } from "./tenant-matrix/identity.js";
import { NODE_ROWS } from "./tenant-matrix/nodes.js";
import { LEAD_ROWS } from "./tenant-matrix/leads.js";
import { ORDER_ROWS } from "./tenant-matrix/orders.js";
import { PROFILE_ROWS } from "./tenant-matrix/profile.js";
import { QUERY_ROWS } from "./tenant-matrix/queries.js";
import { ENTRY, privateOfA, relationFields, relationQuery, RELATIONS } from "./tenant-matrix/relations.js";
import { TRACKING_PRIVACY_ROWS } from "./tenant-matrix/tracking-privacy.js";
import { VEHICLE_SERVICE_ROWS } from "./tenant-matrix/vehicles-service.js";
import { WEBHOOK_ROWS } from "./tenant-matrix/webhooks.js";
import { buildWorld, outcomeOf, tenantAIds, WHO, type MatrixRow, type Outcome, type Who, type World } from "./tenant-matrix/world.js";

/**
 * Tenant isolation matrix (src/README.md, "Access scope"): every root field, `node(id)` of every Node type, every list filter naming another
 * tenant, and every relation of the 360° view's types, called by staff and by a principal of each
 * tenant role on both sides: tenant A owns the data and must get it where §2 says so, tenant B must
 * get none of it. A new root or relation field fails the suite until it has a row.
 */
export const MATRIX: Record<string, MatrixRow> = { ...QUERY_ROWS, ...ENGAGEMENT_ROWS, ...ORDER_ROWS, ...LEAD_ROWS, ...PROFILE_ROWS, ...VEHICLE_SERVICE_ROWS, ...TRACKING_PRIVACY_ROWS, ...IDENTITY_ROWS, ...SEGMENT_ROWS, ...WEBHOOK_ROWS };
const FILTER_ROWS: Record<string, MatrixRow> = { ...LIST_FILTER_ROWS, ...SEGMENT_FILTER_ROWS };

const schema = createSchema();

describePlatform("tenant isolation matrix", (platform) => {
  let world: World;
  const tokens: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    const built = await buildWorld(platform().database.db);
    world = built.world;
    for (const [who, claim] of Object.entries(built.claims)) tokens[who as Who] = await platform().token(claim);
  });

  /** A subscription's first message or error, or nothing within `waitMs`. */
  const subscribe = (token: string, query: string, variables: Record<string, unknown>, waitMs: number) =>
    Promise.race([rawWs(platform().url, token, query, variables), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs))]);
  const asAdmin = async (query: string, variables: Record<string, unknown>) => {
    const { body } = await rawHttp(platform().url, query, variables, tokens.ADMIN);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  async function observe(key: string, row: MatrixRow) {
    const ofA = [...tenantAIds(world), ...((await row.ids?.(world)) ?? [])];
    const observed: Partial<Record<Who, Outcome>> = {};
    const waits: Promise<void>[] = [];
    // Silence is an outcome only where some principal must see nothing: the others answer at once,
    // so they may take their time on a busy machine, and a late answer is not mistaken for silence.
    const silenceExpected = Object.values(row.expected).includes("none");
    const waitMs = !silenceExpected ? 10_000 : row.whileSubscribed ? 1500 : 500;
    for (const who of WHO) {
      const variables = (await row.variables?.(world, who)) ?? {};
      const token = tokens[who];
      if (!key.startsWith("Subscription.")) observed[who] = outcomeOf((await rawHttp(platform().url, row.query, variables, token)).body, ofA);
      else if (!token) observed[who] = "UNAUTHENTICATED";
      // Subscribers wait side by side: each may sit out the whole wait.
      else waits.push(subscribe(token, row.query, variables, waitMs).then((body) => void (observed[who] = outcomeOf(body, ofA))));
    }
    if (row.whileSubscribed) {
      // The event it should (or should not) see, again every 300 ms while anyone still waits: a
      // subscription that reached the server late still gets one, and every event is one more that
      // a principal who must see nothing does not get.
      let waiting = true;
      const settled = Promise.all(waits).then(() => void (waiting = false));
      while (waiting) {
        await Promise.race([new Promise((resolve) => setTimeout(resolve, 300)), settled]);
        if (waiting) await row.whileSubscribed(world, asAdmin);
      }
    }
    await Promise.all(waits);
    if (process.env.MATRIX_DISCOVER) writeFileSync(`/tmp/matrix-${key.replace(/\W+/g, "_")}.json`, JSON.stringify(observed));
    expect(observed).toEqual(Object.fromEntries(WHO.map((who) => [who, row.expected[who] ?? row.expected.others])));
  }

  it("has a row for every Query, Mutation and Subscription field and for every relation of the 360° view's types", async () => {
    const built = await schema;
    const fields = [built.getQueryType()!, built.getMutationType()!, built.getSubscriptionType()!].flatMap((root) => Object.keys(root.getFields()).map((name) => `${root.name}.${name}`));
    expect(fields.filter((field) => !(field in MATRIX)), "fields without a tenant-matrix row").toEqual([]);
    expect(Object.keys(MATRIX).filter((field) => !fields.includes(field)), "rows for fields that no longer exist").toEqual([]);
    const nodeTypes = Object.values(built.getTypeMap()).filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node")).map((type) => type.name);
    expect(nodeTypes.filter((type) => !(type in NODE_ROWS)), "Node types without a node(id) row").toEqual([]);
    const relations = relationFields(built);
    expect(relations.filter((field) => !(field in RELATIONS)), "relations without a tenant-matrix entry").toEqual([]);
    expect(Object.keys(RELATIONS).filter((field) => !relations.includes(field)), "entries for relations that no longer exist").toEqual([]);
  });

  // Filters and relations run first, on the world as built: the rows below write (and a write that
  // wrongly links B to A's customer fails its own row), which would blur what these prove.
  it.each(Object.keys(FILTER_ROWS))("%s: a filter naming another tenant answers an empty page", async (name) => {
    await observe(name, FILTER_ROWS[name]!);
  });

  it.each(Object.keys(COMPETITOR_ROWS))("%s: a dealer learns nothing of another dealership through a customer they share", async (name) => {
    await observe(name, COMPETITOR_ROWS[name]!);
  });

  it.each(Object.keys(NODE_ROWS))("node(id) of tenant A's %s: its owner and staff see it, others NOT_FOUND unless it is public", async (type) => {
    await observe(`node-${type}`, NODE_ROWS[type]!);
  });

  it.each(Object.keys(RELATIONS))("%s: reached from tenant B's own or a public object, shows nothing of tenant A", async (key) => {
    const query = relationQuery(await schema, key);
    const id = ENTRY[key.split(".")[0] as keyof typeof ENTRY](world);
    const secrets = privateOfA(world);
    for (const who of RELATIONS[key]!) {
      const { body } = await rawHttp(platform().url, query, { id }, tokens[who]);
      expect(body.errors, `${who}: ${JSON.stringify(body.errors)} ${query}`).toBeUndefined();
      // The parent must be reachable, or the walk proves nothing.
      expect((body.data as { node: unknown }).node, `${who} enters ${id}`).not.toBeNull();
      const text = JSON.stringify(body.data);
      expect(secrets.filter((secret) => text.includes(secret)).join(", "), `${who}: ${key} shows tenant A's data`).toBe("");
    }
  });

  it.each(Object.keys(MATRIX))("%s: each principal gets what its scope allows and nothing of another tenant", async (field) => {
    await observe(field, MATRIX[field]!);
  });
});
