import "reflect-metadata";
import { getNamedType, isInputObjectType, isLeafType, isListType, isNonNullType, type GraphQLInputType } from "graphql";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { JSON_LIMITS } from "../../src/graphql/json-bounds.js";
import { TEXT_LIMITS, textLimitOf } from "../../src/graphql/text-limits.js";
import { createSchema } from "../../src/schema.js";
import { rawHttp, rawWs } from "../support/raw.js";
import { makeCustomer, makeProduct } from "../support/factories.js";
import type { TestPlatform } from "../support/server.js";
import { describeBeforeDatabase, describePlatform } from "../support/suite.js";

const schema = await createSchema();

/** Every way down from an argument to a text value: the input fields passed through, and whether the value is a list. */
function textPaths(type: GraphQLInputType, seen: ReadonlySet<string> = new Set()): { path: string[]; list: boolean; max: number | undefined }[] {
  if (isNonNullType(type)) return textPaths(type.ofType, seen);
  if (isListType(type)) return textPaths(type.ofType as GraphQLInputType, seen);
  if (!isInputObjectType(type) || seen.has(type.name)) return [];
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type).name;
    if (named === "String" || named === "ID") {
      let unwrapped = field.type;
      if (isNonNullType(unwrapped)) unwrapped = unwrapped.ofType;
      return [{ path: [field.name], list: isListType(unwrapped), max: textLimitOf(field) }];
    }
    return textPaths(field.type, new Set([...seen, type.name])).map((found) => ({ ...found, path: [field.name, ...found.path] }));
  });
}

const nest = (path: string[], value: unknown): unknown => (path.length === 0 ? value : { [path[0]!]: nest(path.slice(1), value) });

/** Every text input reachable from an operation's root field, as an operation that passes one value to it. */
const textInputs = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!].flatMap((root) =>
  Object.values(root.getFields()).flatMap((field) =>
    field.args.flatMap((arg) => {
      const keyword = root === schema.getQueryType() ? "query" : root === schema.getMutationType() ? "mutation" : "subscription";
      const selection = isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
      // Other required arguments are declared but not sent: the limit is checked before variables are coerced.
      const passed = field.args.filter((other) => other === arg || (isNonNullType(other.type) && other.defaultValue === undefined));
      const operation = `${keyword} (${passed.map((a) => `$${a.name}: ${String(a.type)}`).join(", ")}) { ${field.name}(${passed.map((a) => `${a.name}: $${a.name}`).join(", ")}) ${selection} }`;
      const named = getNamedType(arg.type).name;
      let unwrapped = arg.type;
      if (isNonNullType(unwrapped)) unwrapped = unwrapped.ofType;
      const paths = named === "String" || named === "ID" ? [{ path: [], list: isListType(unwrapped), max: textLimitOf(arg) }] : textPaths(arg.type);
      return paths.map(({ path, list, max }) => ({
        name: `${root.name}.${field.name}(${[arg.name, ...path].join(".")})`,
        keyword,
        operation,
        variables: (text: string) => ({ [arg.name]: nest(path, list ? [text] : text) }),
        field: [arg.name, ...path, ...(list ? ["0"] : [])].join("."),
        max: max!,
      }));
    }),
  ),
);

const INTROSPECT_TEXT_INPUTS = `{
  __schema {
    types {
      kind name
      inputFields { name description type { ...named } }
      fields { name args { name description type { ...named } } }
    }
  }
}
fragment named on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

type IntrospectedType = { kind: string; name: string | null; ofType?: IntrospectedType | null };
const namedOf = (type: IntrospectedType): string => (type.ofType ? namedOf(type.ofType) : type.name!);

describeBeforeDatabase("every text input has a documented maximum length, enforced before anything runs", (platform) => {
  it("documents a maximum on every String and ID argument and input field in the schema clients read", async () => {
    const response = await rawHttp(platform().url, INTROSPECT_TEXT_INPUTS);
    expect(response.body.errors).toBeUndefined();
    const types = (response.body.data as { __schema: { types: { name: string; inputFields: unknown[] | null; fields: unknown[] | null }[] } }).__schema.types;
    const inputs: { name: string; description: string | null }[] = [];
    for (const type of types.filter((t) => !t.name.startsWith("__"))) {
      for (const field of (type.inputFields ?? []) as { name: string; description: string | null; type: IntrospectedType }[]) {
        if (["String", "ID"].includes(namedOf(field.type))) inputs.push({ name: `${type.name}.${field.name}`, description: field.description });
      }
      for (const field of (type.fields ?? []) as { name: string; args: { name: string; description: string | null; type: IntrospectedType }[] }[]) {
        for (const arg of field.args) if (["String", "ID"].includes(namedOf(arg.type))) inputs.push({ name: `${type.name}.${field.name}(${arg.name})`, description: arg.description });
      }
    }
    // The schema really has them (a renamed field would otherwise make this vacuous).
    expect(inputs.map((i) => i.name)).toEqual(expect.arrayContaining(["ProductFilter.search", "CustomerFilter.search", "SourceRecordInput.givenName", "Query.customers(after)"]));
    expect(inputs.length).toBeGreaterThan(150);
    const allowed = new Set(Object.values(TEXT_LIMITS).map((max) => `At most ${max.toLocaleString("en")} characters.`));
    const undocumented = inputs.filter((input) => ![...allowed].some((sentence) => input.description?.includes(sentence)));
    expect(undocumented.map((i) => i.name)).toEqual([]);
    expect(inputs.find((i) => i.name === "ProductFilter.search")?.description).toContain(`At most ${TEXT_LIMITS.search} characters.`);
  });

  it("documents the bounds of JSON input", async () => {
    const response = await rawHttp(platform().url, '{ __type(name: "JSONObject") { description } }');
    expect((response.body.data as { __type: { description: string } }).__type.description).toContain(`At most ${JSON_LIMITS.depth} levels deep`);
  });

  it.each(textInputs.map((input) => [input.name, input.max, input] as const))("%s: %i characters pass the limit, one more is refused naming the field", async (_name, max, input) => {
    const token = await platform().token({ role: "ADMIN", sub: "texts" });
    const send = (text: string) =>
      input.keyword === "subscription" ? rawWs(platform().url, token, input.operation, input.variables(text)) : rawHttp(platform().url, input.operation, input.variables(text), token).then((r) => r.body);
    const tooLong = (body: { errors?: { message: string }[] }) => body.errors?.some((error) => /has at most \d+ characters; this one has/.test(error.message)) ?? false;
    expect(max).toBeGreaterThan(0);
    expect(tooLong(await send("x".repeat(max)))).toBe(false);
    const refused = await send("x".repeat(max + 1));
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: input.field });
    expect(refused.errors?.[0]?.message).toContain(`at most ${max} characters; this one has ${max + 1}`);
  });

  it("bounds literals in the document and variables of another type by the field they are passed to", async () => {
    const long = "x".repeat(TEXT_LIMITS.search + 1);
    const literal = await rawHttp(platform().url, `{ products(filter: { search: "${long}" }) { totalCount } }`);
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    const variable = await rawHttp(platform().url, "query ($s: String) { products(filter: { search: $s }) { totalCount } }", { s: long });
    expect(variable.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    const defaulted = await rawHttp(platform().url, `query ($s: String = "${long}") { products(filter: { search: $s }) { totalCount } }`);
    expect(defaulted.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    const inFragment = await rawHttp(platform().url, `query ($s: String) { ...F } fragment F on Query { products(filter: { search: $s }) { totalCount } }`, { s: long });
    expect(inFragment.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    const atLimit = await rawHttp(platform().url, `{ products(filter: { search: "${"x".repeat(TEXT_LIMITS.search)}" }) { totalCount } }`);
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data).toEqual({ products: { totalCount: 0 } });
  });

  it("answers a 900 KB search term at once, anonymous or staff, even twelve at a time, without running a statement", async () => {
    const term = "a".repeat(900 * 1024);
    const admin = await platform().token({ role: "ADMIN", sub: "searcher" });
    const statements: string[] = [];
    const stop = platform().database.queries.listen((query) => statements.push(query));
    const started = performance.now();
    try {
      const answers = await Promise.all([
        ...Array.from({ length: 12 }, () => rawHttp(platform().url, "query ($s: String) { products(filter: { search: $s }) { totalCount } }", { s: term })),
        rawHttp(platform().url, "query ($s: String) { customers(filter: { search: $s }) { totalCount } }", { s: term }, admin),
      ]);
      for (const answer of answers) {
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
      }
    } finally {
      stop();
    }
    // Thirteen requests of 900 KB each, parsed and refused: well under the 3.8 s one of them took.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(statements.filter((s) => /products|customers/.test(s))).toEqual([]);
  });
});

/** `{ a: { a: ... { leaf: 1 } } }`, `levels` objects deep. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

describePlatform("JSON input is bounded in depth and size", (platform) => {
  const ingest = "mutation ($input: IngestSourceRecordsInput!) { ingestSourceRecords(input: $input) { summary { created } } }";
  const withAttributes = (attributes: unknown, sourceId = `json-${Math.random().toString(36).slice(2)}`) => ({ input: { source: "webshop", records: [{ sourceId, givenName: "Json", familyName: "Deep", attributes }] } });

  it("refuses attributes nested 5,000 levels deep as bad input naming the field (not a stack overflow)", async () => {
    const admin = await platform().token({ role: "ADMIN", sub: "json" });
    // Written out by hand: JSON.stringify itself recurses.
    const deep = `${'{"a":'.repeat(4999)}{"leaf":1}${"}".repeat(4999)}`;
    const variables = JSON.stringify(withAttributes("DEEP")).replace('"DEEP"', deep);
    const response = await fetch(`${platform().url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: `{"query":${JSON.stringify(ingest)},"variables":${variables}}`,
    });
    const refused = { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } };
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.records.0.attributes" });
    expect(refused.body.errors?.[0]?.message).toContain(`at most ${JSON_LIMITS.depth} levels deep`);
  });

  it("accepts attributes at the depth limit and refuses one level more, in variables and in literals", async () => {
    const admin = await platform().token({ role: "ADMIN", sub: "json" });
    const atLimit = await rawHttp(platform().url, ingest, withAttributes(nested(JSON_LIMITS.depth)), admin);
    expect(atLimit.body.errors).toBeUndefined();
    const past = await rawHttp(platform().url, ingest, withAttributes(nested(JSON_LIMITS.depth + 1)), admin);
    expect(past.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.records.0.attributes" });
    const literal = (levels: number) =>
      `mutation { ingestSourceRecords(input: { source: "webshop", records: [{ sourceId: "lit-${levels}", attributes: ${"{ a: ".repeat(levels - 1)}{ leaf: 1 }${" }".repeat(levels - 1)} }] }) { summary { created } } }`;
    expect((await rawHttp(platform().url, literal(JSON_LIMITS.depth), undefined, admin)).body.errors).toBeUndefined();
    const literalPast = await rawHttp(platform().url, literal(JSON_LIMITS.depth + 1), undefined, admin);
    expect(literalPast.status).toBe(400);
    expect(literalPast.body.errors?.[0]?.message).toContain(`at most ${JSON_LIMITS.depth} levels deep`);
    expect(literalPast.body.errors?.[0]?.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
  });

  it("refuses attributes with too many values or too much text", async () => {
    const admin = await platform().token({ role: "ADMIN", sub: "json" });
    const many = Object.fromEntries(Array.from({ length: JSON_LIMITS.values + 1 }, (_, i) => [`k${i}`, i]));
    const wide = await rawHttp(platform().url, ingest, withAttributes(many), admin);
    expect(wide.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.records.0.attributes" });
    const long = await rawHttp(platform().url, ingest, withAttributes({ note: "x".repeat(JSON_LIMITS.characters + 1) }), admin);
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.records.0.attributes" });
  });
});

/** The plan of a statement the API ran, with sequential scans priced out: which indexes can serve it. */
async function planOf(platform: TestPlatform, text: string, params: unknown[]): Promise<string> {
  const database = platform.database;
  if (database.pglite) {
    await database.pglite.exec("set enable_seqscan = off");
    try {
      return (await database.pglite.query<{ "QUERY PLAN": string }>(`explain ${text}`, params)).rows.map((r) => r["QUERY PLAN"]).join("\n");
    } finally {
      await database.pglite.exec("reset enable_seqscan");
    }
  }
  return database.client!.begin(async (tx) => {
    await tx.unsafe("set local enable_seqscan = off");
    return (await tx.unsafe<{ "QUERY PLAN": string }[]>(`explain ${text}`, params as never[])).map((r) => r["QUERY PLAN"]).join("\n");
  }) as Promise<string>;
}

describePlatform("free-text search is served by indexes", (platform) => {
  /** The statements one request runs that read `table`. */
  async function statementsOf(query: string, variables: Record<string, unknown>, token: string | undefined, table: string) {
    const statements: { text: string; params: unknown[] }[] = [];
    const stop = platform().database.queries.listen((text, params) => statements.push({ text, params }));
    try {
      const response = await rawHttp(platform().url, query, variables, token);
      expect(response.body.errors).toBeUndefined();
    } finally {
      stop();
    }
    const reading = statements.filter((s) => s.text.includes(`from "${table}"`));
    expect(reading.length).toBeGreaterThan(0);
    return reading;
  }

  it("finds products by name, SKU or brand through trigram indexes", async () => {
    await makeProduct(platform().database.db, { name: "Brake pad set, ceramic" });
    // The count reads every match: an index or the whole table. (A short page may rather walk the name order.)
    const statements = await statementsOf("query ($s: String) { products(filter: { search: $s }) { totalCount } }", { s: "ceramic" }, undefined, "products");
    const count = statements.find((s) => /count\(/.test(s.text))!;
    const plan = await planOf(platform(), count.text, count.params);
    for (const index of ["products_name_trgm_idx", "products_sku_trgm_idx", "products_brand_trgm_idx"]) expect(plan).toContain(index);
    expect(plan).not.toMatch(/Seq Scan on products/);
  });

  it("finds customers by name or email through trigram indexes, not by reading every profile", async () => {
    const db = platform().database.db;
    // Enough profiles, with statistics and the trigram index's pending entries merged, that reading
    // them all costs the planner more than the index: on a handful of rows the choice is a coin toss.
    await db.execute(sql`insert into customers (id, display_name) select gen_random_uuid(), 'Profile ' || g from generate_series(1, 5000) g`);
    await makeCustomer(db, { givenName: "Hui", familyName: "Wang", displayName: "Hui Wang" });
    await db.execute(sql`vacuum analyze customers`);
    const admin = await platform().token({ role: "ADMIN", sub: "searcher" });
    const statements = await statementsOf("query ($s: String) { customers(filter: { search: $s }) { totalCount edges { node { id } } } }", { s: "wang" }, admin, "customers");
    const plan = (await Promise.all(statements.map((s) => planOf(platform(), s.text, s.params)))).join("\n");
    expect(plan).toContain("customers_display_name_trgm_idx");
    expect(plan).toContain("customer_emails_normalized_trgm_idx");
    expect(plan).not.toMatch(/Seq Scan on customers/);
  });
});
