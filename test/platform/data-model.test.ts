import { afterAll, beforeAll, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rows } from "../../src/db/client.js";
import { describe } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database.js";

describe.each(databaseKinds())("the data model [%s]", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it("indexes every foreign key (as the leading column of some index)", async () => {
    const unindexed = await rows<{ table: string; column: string }>(
      database.db,
      sql`select c.conrelid::regclass::text as table, a.attname as column
          from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
          where c.contype = 'f'
            and not exists (
              select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])`,
    );
    expect(unindexed).toEqual([]);
  });

  it("keys every table with a UUID or a composite key, and stamps entity tables with created/updated times", async () => {
    const tables = await rows<{ table: string; columns: string[] }>(
      database.db,
      sql`select table_name as table, array_agg(column_name::text) as columns
          from information_schema.columns where table_schema = 'public' group by table_name`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(38);
    const withoutTimes = tables.filter((t) => !t.columns.some((c) => /created_at|recorded_at|added_at|viewed_at|since|at$/.test(c)));
    // Lines of a parent, identity_keys (values derived from a source record, which carries the times)
    // and product_ratings (an aggregate of reviews, kept by their triggers).
    expect(withoutTimes.map((t) => t.table).sort()).toEqual(["identity_keys", "order_lines", "product_ratings", "return_lines", "service_items", "shipment_lines"]);
  });

  it.each([
    ["a review with 6 stars", sql`insert into reviews (id, customer_id, product_id, order_line_id, stars) values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 6)`],
    ["a survey recommending 11", sql`insert into survey_responses (id, customer_id, overall_satisfaction, would_recommend, responded_at) values (gen_random_uuid(), gen_random_uuid(), 3, 11, now())`],
    ["a negative price", sql`insert into products (id, sku, name, brand, brand_kind, category_id, supplier_id, price_minor) values (gen_random_uuid(), 'x', 'x', 'x', 'STORE', gen_random_uuid(), gen_random_uuid(), -1)`],
    ["a latitude of 91", sql`insert into tracking_events (id, shipment_id, seq, courier_event_id, status, occurred_at, lat) values (gen_random_uuid(), gen_random_uuid(), 1, 'e', 'IN_TRANSIT', now(), 91)`],
  ])("refuses %s with a check constraint", async (_name, statement) => {
    const error = await database.db.execute(statement).then(() => null, (e: { cause?: { code?: string }; code?: string }) => e.cause?.code ?? e.code);
    expect(error).toBe("23514");
  });
});
