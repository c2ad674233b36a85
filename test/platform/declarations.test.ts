import { asc, eq, getTableName, sql, type SQL } from "drizzle-orm";
import { alias, integer, jsonb, PgDialect, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { drizzle as recordingDriver } from "drizzle-orm/pg-proxy";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Principal } from "../../src/auth/principal.js";
import type { Database } from "../../src/db/client.js";
import type { Relation } from "../../src/graphql/compiled/projection.js";
import { columns, entity, instants } from "../../src/graphql/declare/entity.js";
import type { ConnectionFilter } from "../../src/graphql/compiled/projection.js";
import { derived, expression, globalId, key, money, snapshot, whenAll } from "../../src/graphql/declare/fields.js";
import { lookup } from "../../src/graphql/declare/lookup.js";
import { connection, list, one, relations } from "../../src/graphql/declare/relations.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { Money } from "../../src/graphql/money.js";

/**
 * The declaration module (src/graphql/declare) without a database: what each kind of field
 * derives for the resolvers' mapper, the loaders' select list and statements (through drizzle's
 * pg-proxy driver, which hands over the SQL and answers the rows given here) and the compiled
 * read path's SQL.
 * That the compiled SQL gives what the mapper gives, row for row and role for role, is
 * compiled-reads.test.ts's comparison of both paths.
 */
const parents = pgTable("parents", { id: uuid("id").primaryKey() });
const things = pgTable("things", {
  id: uuid("id").primaryKey(),
  parentId: uuid("parent_id").notNull(),
  ownerId: uuid("owner_id"),
  name: text("name").notNull(),
  note: text("note"),
  seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
  amountMinor: integer("amount_minor").notNull(),
  currency: text("currency").notNull(),
  lat: real("lat"),
  lng: real("lng"),
  snap: jsonb("snap").$type<{ line1: string; line2?: string }>(),
});

class Point {
  lat!: number;
  lng!: number;
}
class Snap {
  line1!: string;
  line2!: string | null;
}
class Thing {
  parentDbId!: string;
  id!: string;
  ownerId!: string | null;
  name!: string;
  note!: string | null;
  seenAt!: Date;
  price!: Money;
  fee!: Money;
  position!: Point | null;
  snap!: Snap | null;
  named!: boolean;
  costly!: boolean;
}

const thing = entity(Thing, things, {
  parentDbId: key(things.parentId),
  id: globalId("Thing", things.id),
  ownerId: globalId("Owner", things.ownerId),
  ...columns(things, ["name", "note"]),
  ...instants(things, ["seenAt"]),
  price: money(things.amountMinor, things.currency),
  fee: money(things.amountMinor, "CNY"),
  position: whenAll(() => new Point(), { lat: things.lat, lng: things.lng }),
  snap: snapshot(() => new Snap(), things.snap, ["line1", "line2"]),
  named: expression(sql`(${things.name} <> '')`, (v) => v === true),
  costly: derived([things.amountMinor], ([amount]) => (amount as number) > 10_000, sql`(${things.amountMinor} > 10000)`),
});

const dialect = new PgDialect();
const text_ = (chunk: SQL | undefined) => (chunk ? dialect.sqlToQuery(chunk).sql : undefined);

const row = {
  id: "0190a000-0000-7000-8000-000000000001",
  parentId: "0190a000-0000-7000-8000-000000000002",
  ownerId: null,
  name: "a thing",
  note: null,
  seenAt: new Date("2026-01-02T03:04:05.678Z"),
  amountMinor: 12_999,
  currency: "EUR",
  lat: 31.2,
  lng: null,
  snap: { line1: "1 Road" },
  named: true,
};

describe("declared entities (graphql/declare)", () => {
  it("maps a row to an instance of the GraphQL class, each field by its kind", () => {
    const node = thing.toNode(row as never);
    expect(node).toBeInstanceOf(Thing);
    expect(node).toEqual({
      parentDbId: row.parentId,
      id: toGlobalId("Thing", row.id),
      ownerId: null,
      name: "a thing",
      note: null,
      seenAt: row.seenAt,
      price: Object.assign(new Money(), { amountMinor: 12_999, currency: "EUR" }),
      fee: Object.assign(new Money(), { amountMinor: 12_999, currency: "CNY" }),
      // One coordinate missing: no position.
      position: null,
      // Keys the snapshot lacks read as null.
      snap: Object.assign(new Snap(), { line1: "1 Road", line2: null }),
      named: true,
      costly: true,
    });
    expect(node.price).toBeInstanceOf(Money);
    expect(thing.toNode({ ...row, ownerId: row.parentId, lng: 121.5, snap: null } as never)).toMatchObject({
      ownerId: toGlobalId("Owner", row.parentId),
      position: Object.assign(new Point(), { lat: 31.2, lng: 121.5 }),
      snap: null,
    });
  });

  it("selects for the loaders exactly the columns the fields read, by their key in the table's rows, and expressions by field name", () => {
    expect(Object.keys(thing.select).sort()).toEqual(["amountMinor", "currency", "id", "lat", "lng", "name", "named", "note", "ownerId", "parentId", "seenAt", "snap"]);
    expect(thing.select.parentId).toBe(things.parentId);
    expect(text_(thing.select.named as SQL)).toBe(`("things"."name" <> '')`);
  });

  it("answers each field on the compiled path as the resolvers serialise it: leaves, value objects and when they are null", () => {
    const { leaves, values, valuesPresentWhen } = thing.projection;
    expect(thing.projection.type).toBe("Thing");
    // Hidden keys are no GraphQL field.
    expect(Object.keys(leaves).sort()).toEqual(["costly", "id", "name", "named", "note", "ownerId", "seenAt"]);
    expect(text_(leaves.name)).toBe(`"things"."name"`);
    expect(text_(leaves.seenAt)).toBe(`to_char("things"."seen_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
    expect(text_(leaves.id)).toBe(`translate(encode(convert_to('Thing:' || "things"."id"::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`);
    expect(Object.keys(values!).sort()).toEqual(["fee", "position", "price", "snap"]);
    expect(text_(values!.fee!.currency)).toBe(`'CNY'`);
    expect(text_(values!.price!.currency)).toBe(`"things"."currency"`);
    expect(text_(values!.snap!.line2)).toBe(`"things"."snap" ->> 'line2'`);
    expect(text_(valuesPresentWhen!.position)).toBe(`("things"."lat" is not null and "things"."lng" is not null)`);
    expect(text_(valuesPresentWhen!.snap)).toBe(`jsonb_typeof("things"."snap") = 'object'`);
    expect(valuesPresentWhen!.price).toBeUndefined();
    expect(text_(leaves.costly)).toBe(`("things"."amount_minor" > 10000)`);
  });
});

describe("declared relations (graphql/declare)", () => {
  const scope = (principal: Principal) => (principal.role === "ADMIN" ? undefined : sql`false`);
  const declared = relations("Parent", { things: list(thing, { key: things.parentId, parent: parents.id, scope, orderBy: [asc(things.name), asc(things.id)] }) });
  const relation = declared.projection.relations!.things! as Relation & { shape: "list" };
  const admin: Principal = { role: "ADMIN", subject: "admin" };

  /** A drizzle database whose driver records each statement and answers `rows` (values in select order). */
  /** A driver that records each statement and answers `rows`, their values in the select's order (then `extra` keys). */
  function recording(rows: () => Record<string, unknown>[], extra: string[] = []) {
    const statements: { text: string; params: unknown[] }[] = [];
    const db = recordingDriver(async (text, params) => {
      statements.push({ text, params });
      return { rows: rows().map((row) => [...Object.keys(thing.select), ...extra].map((k) => row[k])) };
    }) as unknown as Database;
    return { db, statements };
  }
  const otherParent = "0190a000-0000-7000-8000-000000000003";

  it("correlates the compiled relation with its parent row, within the policy's scope, in the loader's order", () => {
    expect(declared.projection.type).toBe("Parent");
    expect(relation).toMatchObject({ shape: "list", type: "Thing", tables: [things] });
    expect(text_(relation.rows(admin).where)).toBe(`"things"."parent_id" = "parents"."id"`);
    expect(text_(relation.rows(ANONYMOUS).where)).toBe(`("things"."parent_id" = "parents"."id" and false)`);
    expect(text_(relation.rows(admin).from)).toBe(`"things"`);
    expect(relation.orderBy.map((o) => text_(o))).toEqual([`"things"."name" asc`, `"things"."id" asc`]);
  });

  it("loads a list for many parents in one statement (key = any of the ids, scope, order), grouped by parent, each row mapped", async () => {
    const { db, statements } = recording(() => [row, { ...row, id: otherParent, name: "b" }, { ...row, parentId: otherParent }]);
    const loader = declared.loaders(db, admin).things;
    const [first, second, none] = await loader.loadMany([row.parentId, otherParent, row.id]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toBe(
      `select "parent_id", "id", "owner_id", "name", "note", "seen_at", "amount_minor", "currency", "lat", "lng", "snap", ("name" <> '') from "things" ` +
        `where "things"."parent_id" = any($1::uuid[]) order by "things"."name" asc, "things"."id" asc`,
    );
    expect(statements[0]!.params).toEqual([[row.parentId, otherParent, row.id]]);
    expect((first as Thing[]).map((t) => t.name)).toEqual(["a thing", "b"]);
    expect(first).toEqual([thing.toNode(row as never), thing.toNode({ ...row, id: otherParent, name: "b" } as never)]);
    expect((second as Thing[])[0]).toBeInstanceOf(Thing);
    expect(none).toEqual([]);
  });

  it("adds the policy's scope to the loader's statement, built for the role, with the caller's tenant id bound", async () => {
    const scoped = relations("Parent", {
      things: list(thing, { key: things.parentId, parent: parents.id, scope: (p) => (p.role === "CUSTOMER" ? eq(things.ownerId, p.customerId) : undefined), orderBy: [asc(things.id)] }),
    });
    const { db, statements } = recording(() => []);
    const customer: Principal = { role: "CUSTOMER", subject: "c", customerId: otherParent };
    await scoped.loaders(db, customer).things.load(row.parentId);
    expect(statements[0]!.text).toContain(`where ("things"."owner_id" = $1 and "things"."parent_id" = any($2::uuid[]))`);
    expect(statements[0]!.params).toEqual([otherParent, [row.parentId]]);
  });

  it("joins the parent's table where the scope reads the parent's columns, and reaches rows through a link table under an alias", async () => {
    const parentScoped = relations("Parent", {
      things: list(thing, { key: things.parentId, parent: parents.id, scope: () => sql`${parents.id} is not null`, joinParent: true, orderBy: [asc(things.id)] }),
    });
    const { db, statements } = recording(() => []);
    await parentScoped.loaders(db, admin).things.load(row.parentId);
    expect(statements[0]!.text).toContain(`from "things" inner join "parents" on "parents"."id" = "things"."parent_id" where ("parents"."id" is not null and`);

    const link = alias(things, "linked");
    const through = relations("Parent", {
      things: list(thing, { through: { table: link, on: eq(things.id, link.ownerId) }, key: link.parentId, parent: parents.id, scope: () => undefined, orderBy: [asc(things.id)] }),
    });
    const compiled = through.projection.relations!.things! as Relation & { shape: "list" };
    expect(text_(compiled.rows(admin).from)).toBe(`"things" "linked" inner join "things" on "things"."id" = "linked"."owner_id"`);
    expect(compiled.tables).toEqual([link, things]);
  });

  it("looks rows up by key (one statement, missing keys null) and derives the compiled one-relation from any parent's column", async () => {
    const byId = lookup(thing, { key: things.id, scope: () => undefined });
    const { db, statements } = recording(() => [row]);
    expect(await byId.loader(db, admin).loadMany([row.id, otherParent])).toEqual([thing.toNode(row as never), null]);
    expect(statements[0]!.text).toMatch(/from "things" where "things"."id" = any\(\$1::uuid\[\]\)$/);

    const owner = relations("Parent", { owner: one(byId, parents.id, () => sql`true`) });
    expect(Object.keys(owner.loaders(db, admin))).toEqual([]);
    const compiled = owner.projection.relations!.owner!;
    expect(compiled).toMatchObject({ shape: "one", type: "Thing", tables: [things] });
    expect(text_(compiled.rows(admin).where)).toBe(`("things"."id" = "parents"."id" and true)`);
  });

  it("follows a key to the row it leads to (a merged-away id to its survivor) on both paths, answering each asked key, the scope on the row found", async () => {
    const follow = (asked: SQL) => sql`coalesce((select t.owner_id from things t where t.id = ${asked}), ${asked})`;
    const byId = lookup(thing, { key: things.id, scope, follow });
    const { db, statements } = recording(() => [{ ...row, __key: otherParent }], ["__key"]);
    expect(await byId.loader(db, admin).loadMany([otherParent, row.parentId])).toEqual([thing.toNode(row as never), null]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toMatch(
      /from unnest\(\$1::uuid\[\]\) as asked\(id\) cross join lateral \(select coalesce\(\(select t.owner_id from things t where t.id = asked.id\), asked.id\) as id\) as followed inner join "things" on "things"."id" = followed.id$/,
    );
    await byId.loader(db, ANONYMOUS).load(otherParent);
    expect(statements[1]!.text).toMatch(/ where false$/);

    const owner = relations("Parent", { owner: one(byId, parents.id) });
    expect(text_(owner.projection.relations!.owner!.rows(ANONYMOUS).where)).toBe(
      `("things"."id" = coalesce((select t.owner_id from things t where t.id = "parents"."id"), "parents"."id") and false)`,
    );
    expect(() => relations("Thing", { owner: one(byId, things.ownerId) })).toThrow(/follows its key/);
  });

  it("reads a derived table of the entity under the table's own name on both paths, the key, scope and filter applied outside it", async () => {
    const newest = relations("Parent", {
      things: list(thing, {
        key: things.parentId,
        parent: parents.id,
        scope,
        orderBy: [asc(things.id)],
        source: { rows: sql`select distinct on (${things.parentId}) * from ${things} order by ${things.parentId}, ${things.seenAt} desc`, where: sql`${things.note} is null` },
      }),
    });
    const inner = `(select distinct on ("things"."parent_id") * from "things" order by "things"."parent_id", "things"."seen_at" desc) "things"`;
    const compiled = newest.projection.relations!.things! as Relation & { shape: "list" };
    expect(text_(compiled.rows(admin).from)).toBe(inner);
    expect(text_(compiled.rows(ANONYMOUS).where)).toBe(`("things"."parent_id" = "parents"."id" and false and "things"."note" is null)`);

    const { db, statements } = recording(() => [row]);
    expect(await newest.loaders(db, admin).things.load(row.parentId)).toEqual([thing.toNode(row as never)]);
    expect(statements[0]!.text).toContain(`from ${inner} where ("things"."parent_id" = any($1::uuid[]) and "things"."note" is null) order by "things"."id" asc`);
  });

  it("reads a row its own table names (a parent of the same kind) under another name, the scope applied to the target", () => {
    const byId = lookup(thing, { key: things.id, scope: (p) => (p.role === "ADMIN" ? undefined : sql`${things.note} is null`) });
    const owner = relations("Thing", { owner: one(byId, things.ownerId) });
    const compiled = owner.projection.relations!.owner!;
    expect(compiled.tables.map((t) => getTableName(t))).toEqual(["things_target"]);
    expect(text_(compiled.rows(ANONYMOUS).from)).toBe(`(select "things_target".* from "things" "things_target" where "things_target"."id" = "things"."owner_id") "things"`);
    expect(text_(compiled.rows(ANONYMOUS).where)).toBe(`"things"."note" is null`);
    expect(() => relations("Thing", { owner: one(byId, things.ownerId, () => undefined) })).toThrow(/own table/);
  });

  it("pages a connection with the loader's ordering and keyset, its filter one set of conditions for both paths", () => {
    class Named {
      name!: string;
    }
    const named = entity(Named, things, columns(things, ["name"]));
    const keys = [{ column: things.name, direction: "ASC" as const, value: (r: { name: string }) => r.name }];
    const filter = { shape: (f: { prefix: string } | null) => (f ? "prefix" : ""), where: (f: { prefix: string }, value = <T>(read: (f: { prefix: string }) => T): T | SQL => read(f)) => sql`${things.name} like ${value((x) => x.prefix)}` };
    const paged = relations("Parent", { things: connection(named, { key: things.parentId, parent: parents.id, scope: () => undefined, ordering: "NAME", keys, filter }) });
    const compiled = paged.projection.relations!.things! as Relation & { shape: "connection"; filter: ConnectionFilter };
    expect(compiled).toMatchObject({ shape: "connection", type: "Named", ordering: "NAME", keys });
    expect(compiled.filter.shape({ prefix: "a" } as never)).toBe("prefix");
    expect(compiled.filter.where(null as never, () => sql`$bound`)).toBeUndefined();
    expect(text_(compiled.filter.where({ prefix: "a" } as never, () => sql.raw("$bound")))).toBe(`"things"."name" like $bound`);
    // The loader pages the table's full rows: an entity with an expression field cannot be paged.
    expect(() => connection(thing, { key: things.parentId, parent: parents.id, scope: () => undefined, ordering: "NAME", keys })).toThrow(/expression field/);
  });
});
