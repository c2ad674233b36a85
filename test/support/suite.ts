import { afterAll, beforeAll, describe } from "vitest";
import { databaseKinds, type DatabaseKind } from "./database.js";
import { startTestPlatform, type TestPlatform } from "./server.js";

/** The platform's life inside the current describe block: started before its tests, closed after them. */
function withPlatform(kind: DatabaseKind, env: Record<string, string>): () => TestPlatform {
  let platform: TestPlatform | undefined;
  beforeAll(async () => {
    platform = await startTestPlatform(kind, env);
  });
  afterAll(async () => {
    await platform?.close();
  });
  return () => {
    if (!platform) throw new Error("platform not started");
    return platform;
  };
}

/**
 * Runs the same tests against a platform on each database (PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set). `body` gets a getter: the platform exists once beforeAll has run.
 */
export function describePlatform(name: string, body: (platform: () => TestPlatform, kind: DatabaseKind) => void, env: Record<string, string> = {}) {
  describe.each(databaseKinds())(`${name} [%s]`, (kind) => body(withPlatform(kind, env), kind));
}

/**
 * Runs once, on `kind` when this run has it and on PGlite otherwise, for tests whose subject is
 * not the SQL beneath, which other tests run on both databases:
 * - a command's wiring (arguments, files, its summary). Each command-line file names the engine
 *   whose path (DATA_DIR or DATABASE_URL) it covers, so that a run with PostgreSQL covers both;
 * - a setting's other value (a time zone, a window, a limit), where the same rule runs with its
 *   default on both databases in the file's main block.
 */
export function describePlatformOn(kind: DatabaseKind, name: string, body: (platform: () => TestPlatform, kind: DatabaseKind) => void, env: Record<string, string> = {}) {
  const chosen = databaseKinds().includes(kind) ? kind : "pglite";
  describe(`${name} [${chosen}]`, () => body(withPlatform(chosen, env), chosen));
}

/**
 * The share of `items` this database runs when an exhaustive check is shared out between the
 * databases of the run (every item on a run with PGlite alone): each item runs once, on one
 * engine, and each engine runs a part of every kind of item. For checks of rules that are the
 * same SQL on both engines, such as the tenant matrix's access scope.
 */
export function shareOf<T>(items: T[], kind: DatabaseKind): T[] {
  const kinds = databaseKinds();
  return items.filter((_, index) => index % kinds.length === kinds.indexOf(kind));
}

/**
 * The callers (role → token) an exhaustive comparison runs as on this database: the administrator
 * on every database, the other roles shared out between them (shareOf). A role's scope is the same
 * SQL on either engine, and each engine still answers every shape the comparison asks.
 */
export function rolesFor<T>(callers: Map<string, T>, kind: DatabaseKind): [string, T][] {
  const others = [...callers].filter(([caller]) => caller !== "admin");
  return [...[...callers].filter(([caller]) => caller === "admin"), ...shareOf(others, kind)];
}

/**
 * For checks that refuse a request before any resolver runs (input lengths, list sizes, cost):
 * the database cannot change their answer, so they run on PGlite only, where every run has it.
 * A check that lets anything reach the database belongs in `describePlatform`.
 */
export function describeBeforeDatabase(name: string, body: (platform: () => TestPlatform) => void, env: Record<string, string> = {}) {
  describe(`${name} [pglite]`, () => body(withPlatform("pglite", env)));
}

/** The first error's code and field, for compact assertions. */
export function firstError(body: { errors?: { extensions?: Record<string, unknown> }[] }) {
  const error = body.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}
