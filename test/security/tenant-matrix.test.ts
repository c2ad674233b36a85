import { isObjectType } from "graphql";
import { expect, it } from "vitest";
import { createSchema } from "../../src/schema.js";
import { rawHttp } from "../support/raw.js";
import { COMPETITOR_ROWS, describeMatrix, FILTER_ROWS, MATRIX } from "./tenant-matrix/harness.js";
import { NODE_ROWS } from "./tenant-matrix/nodes.js";
import { ENTRY, privateOfA, relationFields, relationQuery, RELATIONS } from "./tenant-matrix/relations.js";

/**
 * Tenant isolation matrix (src/README.md, "Access scope"): every root field, `node(id)` of every Node type, every list filter naming another
 * tenant, and every relation of the 360° view's types, called by staff and by a principal of each
 * tenant role on both sides: tenant A owns the data and must get it where §2 says so, tenant B must
 * get none of it. A new root or relation field fails the suite until it has a row. This file holds
 * the reads; the mutation rows run in tenant-matrix-writes-*.test.ts, each on a world of its own.
 * Scope is SQL in the data layer, the same on both engines: with PostgreSQL beside PGlite each row
 * runs on one of them, alternately (shareOf), so every row runs once and each engine runs half of
 * every kind of row; with PGlite alone it runs them all.
 */
const schema = createSchema();

describeMatrix("tenant isolation matrix: reads", (matrix) => {
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

  it.each(matrix.share(Object.keys(FILTER_ROWS)))("%s: a filter naming another tenant answers an empty page", async (name) => {
    await matrix.observe(name, FILTER_ROWS[name]!);
  });

  it.each(matrix.share(Object.keys(COMPETITOR_ROWS)))("%s: a dealer learns nothing of another dealership through a customer they share", async (name) => {
    await matrix.observe(name, COMPETITOR_ROWS[name]!);
  });

  it.each(matrix.share(Object.keys(NODE_ROWS)))("node(id) of tenant A's %s: its owner and staff see it, others NOT_FOUND unless it is public", async (type) => {
    await matrix.observe(`node-${type}`, NODE_ROWS[type]!);
  });

  it.each(matrix.share(Object.keys(RELATIONS)))("%s: reached from tenant B's own or a public object, shows nothing of tenant A", async (key) => {
    const query = relationQuery(await schema, key);
    const id = ENTRY[key.split(".")[0] as keyof typeof ENTRY](matrix.world());
    const secrets = privateOfA(matrix.world());
    for (const who of RELATIONS[key]!) {
      const { body } = await rawHttp(matrix.platform().url, query, { id }, matrix.token(who));
      expect(body.errors, `${who}: ${JSON.stringify(body.errors)} ${query}`).toBeUndefined();
      // The parent must be reachable, or the walk proves nothing.
      expect((body.data as { node: unknown }).node, `${who} enters ${id}`).not.toBeNull();
      const text = JSON.stringify(body.data);
      expect(secrets.filter((secret) => text.includes(secret)).join(", "), `${who}: ${key} shows tenant A's data`).toBe("");
    }
  });

  it.each(matrix.share(Object.keys(MATRIX).filter((field) => !field.startsWith("Mutation."))))("%s: each principal gets what its scope allows and nothing of another tenant", async (field) => {
    await matrix.observe(field, MATRIX[field]!);
  });
});
