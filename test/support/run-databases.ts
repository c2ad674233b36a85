import { randomBytes } from "node:crypto";
import type postgres from "postgres";

/**
 * Test databases on the run's PostgreSQL are named after the run's template, so that the run's
 * teardown can drop what workers left behind, and leave other runs on the same server alone.
 * (Apart from test/support/database.ts because the global setup cannot import vitest.)
 */
const runPrefix = (template: string) => `cdp_test_${template.replace(/^cdp_template_/, "")}_`;

/** The name of a test database copied from `template`: its run's prefix, then random. */
export function testDatabaseName(template: string): string {
  return `${runPrefix(template)}${randomBytes(6).toString("hex")}`;
}

/** Drops every test database of the run that `template` belongs to (what deferred drops left). */
export async function dropRunDatabases(admin: postgres.Sql, template: string): Promise<void> {
  const left = await admin<{ datname: string }[]>`select datname from pg_database where starts_with(datname, ${runPrefix(template)})`;
  for (const { datname } of left) await admin.unsafe(`drop database if exists ${datname} with (force)`);
}
