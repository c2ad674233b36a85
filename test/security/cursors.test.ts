import { beforeAll, expect, it } from "vitest";
import { createCursorSealer } from "../../src/graphql/cursor-seal.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { makeCustomer, makeOrder } from "../support/factories.js";
import { rawHttp } from "../support/raw.js";
import { describePlatform } from "../support/suite.js";

const BY_NAME = `query ($after: String, $before: String, $last: Int, $first: Int) {
  customers(first: $first, last: $last, after: $after, before: $before, orderBy: { field: DISPLAY_NAME, direction: ASC }, filter: { search: "Cursor" }) {
    pageInfo { startCursor endCursor hasNextPage }
    edges { cursor node { displayName } }
  }
}`;

type Page = { pageInfo: { startCursor: string; endCursor: string; hasNextPage: boolean }; edges: { cursor: string; node: { displayName: string } }[] };

/** Everything a cursor could be read as: itself, and its bytes as base64 or base64url text. */
const readings = (cursor: string) => [cursor, Buffer.from(cursor, "base64url").toString("utf8"), Buffer.from(cursor, "base64").toString("utf8"), Buffer.from(cursor, "base64url").toString("latin1")];

describePlatform("page cursors reveal no personal data", (platform) => {
  let admin: string;
  let customerId: string;
  const names = ["Cursor Hui Wang", "Cursor Mei Lin", "Cursor Tao Zhang"];

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "cursors" });
    for (const displayName of names) customerId = (await makeCustomer(db, { displayName })).id;
    for (let i = 0; i < 3; i++) await makeOrder(db, customerId);
  });

  const page = async (variables: Record<string, unknown>) => {
    const { body } = await rawHttp(platform().url, BY_NAME, variables, admin);
    expect(body.errors).toBeUndefined();
    return (body.data as { customers: Page }).customers;
  };

  it("seals cursors sorted by name: neither the name nor the ordering can be read from them", async () => {
    const first = await page({ first: 3 });
    expect(first.edges.map((e) => e.node.displayName)).toEqual(names);
    const cursors = [...first.edges.map((e) => e.cursor), first.pageInfo.startCursor, first.pageInfo.endCursor];
    for (const cursor of cursors) {
      for (const text of readings(cursor)) {
        for (const secret of [...names, "Hui", "DISPLAY_NAME", customerId]) expect(text).not.toContain(secret);
      }
    }
  });

  it("pages forward and backward with sealed cursors", async () => {
    const first = await page({ first: 1 });
    const second = await page({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.displayName)).toEqual([names[1]]);
    const rest = await page({ first: 5, after: second.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.displayName)).toEqual([names[2]]);
    const back = await page({ last: 2, before: rest.pageInfo.endCursor });
    expect(back.edges.map((e) => e.node.displayName)).toEqual(names.slice(0, 2));
    // The same row gives the same cursor every time.
    expect((await page({ first: 1 })).pageInfo.endCursor).toBe(first.pageInfo.endCursor);
  });

  it("refuses a tampered, forged or foreign cursor as bad input naming the argument", async () => {
    const { pageInfo } = await page({ first: 1 });
    const cursor = pageInfo.endCursor;
    const flipped = `${cursor.slice(0, 20)}${cursor[20] === "A" ? "B" : "A"}${cursor.slice(21)}`;
    // What cursors were before they were sealed: readable JSON in base64url.
    const forged = Buffer.from(JSON.stringify(["DISPLAY_NAME_ASC", "Cursor Hui Wang", customerId]), "utf8").toString("base64url");
    const foreign = createCursorSealer("another-server-secret-that-is-long-enough").seal(JSON.stringify(["DISPLAY_NAME_ASC", "Cursor Hui Wang", customerId]));
    for (const bad of [flipped, forged, foreign, "not-a-cursor"]) {
      const after = await rawHttp(platform().url, BY_NAME, { first: 1, after: bad }, admin);
      expect(after.body.errors?.[0]?.extensions, bad).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
      const before = await rawHttp(platform().url, BY_NAME, { last: 1, before: bad }, admin);
      expect(before.body.errors?.[0]?.extensions, bad).toMatchObject({ code: "BAD_USER_INPUT", field: "before" });
    }
  });

  it("gives the same sealed cursor on the compiled read path and the resolvers, and either pages on", async () => {
    const id = toGlobalId("Customer", customerId);
    // A service record's vehicle is never compiled (vehicles are already on the path): with it the whole query runs through the resolvers.
    const orders = (args: string, resolversOnly = "") => `query ($id: ID!) { customer(id: $id) { orders(${args}) { pageInfo { endCursor } edges { cursor node { id } } } ${resolversOnly} } }`;
    type Orders = { customer: { orders: { pageInfo: { endCursor: string }; edges: { cursor: string; node: { id: string } }[] } } };
    const ask = async (query: string) => {
      const { body } = await rawHttp(platform().url, query, { id }, admin);
      expect(body.errors).toBeUndefined();
      return (body.data as Orders).customer.orders;
    };
    const compiled = await ask(orders("first: 1"));
    const resolved = await ask(orders("first: 1", "vehicles { serviceRecords(first: 1) { edges { node { vehicle { vin } } } } }"));
    expect(compiled).toEqual(resolved);
    // The statement writes the keyset (placed at, order id) into the cursor: sealed like the resolvers' one.
    const orderId = Buffer.from(compiled.edges[0]!.node.id, "base64url").toString("utf8").split(":")[1]!;
    for (const text of readings(compiled.pageInfo.endCursor)) expect(text).not.toContain(orderId);
    const next = await ask(orders(`first: 5, after: "${compiled.pageInfo.endCursor}"`));
    expect(next.edges).toHaveLength(2);
    expect(next.edges.map((e) => e.node.id)).not.toContain(compiled.edges[0]!.node.id);
  });
});
