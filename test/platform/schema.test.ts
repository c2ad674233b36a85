import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema, printSdl } from "../../src/schema.js";

describe("the GraphQL schema", () => {
  it("matches the committed schema/schema.graphql (run `npm run codegen` after changing types)", async () => {
    expect(readFileSync("schema/schema.graphql", "utf8")).toBe(await printSdl());
  });

  it("describes every type and every root field, as clients read the schema as documentation", async () => {
    const schema = buildSchema(readFileSync("schema/schema.graphql", "utf8"));
    const builtIn = ["String", "Int", "Float", "Boolean", "ID", "Query", "Mutation", "Subscription"];
    const undocumented = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith("__") && !builtIn.includes(type.name) && !isEnumType(type))
      .filter((type) => !type.description)
      .map((type) => type.name);
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (!field.description) undocumented.push(`${root!.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it("exposes every list as a Relay connection with first/after/last/before", async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!;
    for (const field of Object.values(query.getFields())) {
      if (!String(field.type).endsWith("Connection!")) continue;
      expect(field.args.map((a) => a.name)).toEqual(expect.arrayContaining(["first", "after", "last", "before"]));
    }
  });
});
