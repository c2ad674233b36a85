import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { dropRunDatabases } from "./run-databases.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data directory: every PGlite test database starts from it. */
    pgliteSnapshot: string;
    /** A migrated PostgreSQL database that every PostgreSQL test database is copied from (absent without TEST_DATABASE_URL). */
    postgresTemplate: string | null;
    /** The production build (`scripts/build.mjs`) the command-line tests run with plain Node. */
    build: string;
  }
}

/**
 * Migrates once per run instead of once per test database: initdb plus nine migrations cost
 * seconds per database, a copy of the result costs a fraction of that. Each test file still
 * gets an empty database of its own.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "cdp-test-"));
  const adminUrl = process.env.TEST_DATABASE_URL;
  // Inside the repository, where the build's imports find node_modules.
  const build = join(import.meta.dirname, "..", ".results", `build-${randomBytes(4).toString("hex")}`);
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "..", "scripts", "build.mjs"), "--out-dir", build], { stdio: "ignore" });
  const [snapshot, template] = await Promise.all([pgliteSnapshot(dir), adminUrl ? postgresTemplate(adminUrl) : undefined]);
  project.provide("pgliteSnapshot", snapshot);
  project.provide("postgresTemplate", template?.name ?? null);
  project.provide("build", build);
  return async () => {
    await template?.drop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  };
}

async function pgliteSnapshot(dir: string): Promise<string> {
  const handle = await openDatabase({});
  try {
    await runMigrations(handle);
    // The platform lives in database "postgres"; template0 and template1 are two more copies of the
    // catalogs, 1,300 of the snapshot's 2,200 files, and unpacking files is most of what starting a
    // PGlite database costs (0.5 of 1.1 s of CPU, for every test file). No test creates a database there.
    for (const template of ["template0", "template1"]) {
      await handle.pglite!.exec(`alter database ${template} is_template false`);
      await handle.pglite!.exec(`drop database ${template}`);
    }
    await handle.pglite!.exec("checkpoint");
    // Uncompressed: loading skips a gunzip per database, and the file lives only for this run.
    const tarball = await handle.pglite!.dumpDataDir("none");
    const file = join(dir, "pglite-migrated.tar");
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
    return file;
  } finally {
    await handle.close();
  }
}

async function postgresTemplate(adminUrl: string) {
  const name = `cdp_template_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolMax: 1 });
  try {
    await runMigrations(handle);
  } finally {
    // A template must have no sessions when it is copied.
    await handle.close();
  }
  return {
    name,
    async drop() {
      await dropRunDatabases(admin, name);
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
