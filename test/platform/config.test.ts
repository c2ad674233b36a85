import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { runScript } from "../support/cli.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "cdp-config-"));

describe("configuration", () => {
  it("works on a fresh machine with no variables set: embedded database, port 4000, demo seed", () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ env: "development", port: 4000, databaseUrl: undefined, redis: undefined, seedOnEmpty: true, introspection: true });
    expect(config.jwt.secret).toHaveLength(43);
  });

  it("traces only with an OTLP endpoint: <endpoint>/v1/traces, or the traces URL itself, 10 % of traces unless told", () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).tracing).toBeUndefined();
    expect(loadConfig({ DATA_DIR: tempDir(), OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }).tracing).toEqual({ url: "http://collector:4318/v1/traces", sampleRatio: 0.1, serviceName: "customer-data-platform" });
    expect(
      loadConfig({ DATA_DIR: tempDir(), OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://tempo:4318/otlp/v1/traces", TRACE_SAMPLE_RATIO: "1", OTEL_SERVICE_NAME: "cdp-eu" }).tracing,
    ).toEqual({ url: "http://tempo:4318/otlp/v1/traces", sampleRatio: 1, serviceName: "cdp-eu" });
  });

  it("generates the development JWT secret once and keeps it in the data directory", () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir }).jwt.secret;
    expect(loadConfig({ DATA_DIR: dataDir }).jwt.secret).toBe(first);
    expect(readFileSync(join(dataDir, "jwt-secret"), "utf8")).toBe(first);
  });

  it.each([
    [{ PORT: "abc" }, /^Invalid PORT="abc"/],
    [{ PORT: "70000" }, /^Invalid PORT="70000"/],
    [{ DATABASE_URL: "mysql://x" }, /^Invalid DATABASE_URL=.*postgres:\/\//],
    [{ JWT_SECRET: "short" }, /^Invalid JWT_SECRET=.*32 characters/],
    [{ NODE_ENV: "staging" }, /^Invalid NODE_ENV="staging"/],
    [{ SEED_ON_EMPTY: "maybe" }, /^Invalid SEED_ON_EMPTY="maybe"/],
    [{ NODE_ENV: "production" }, /^Missing JWT_SECRET \(or JWT_JWKS_URL\)/],
    [{ CURSOR_SECRET: "short" }, /^Invalid CURSOR_SECRET=.*32 characters/],
    [{ NODE_ENV: "production", JWT_JWKS_URL: "https://id.example.com/jwks.json" }, /^Missing CURSOR_SECRET/],
    [{ REDIS_URL: "127.0.0.1:6379" }, /^Invalid REDIS_URL=.*redis:\/\//],
    [{ REDIS_URL: "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: "has space" }, /^Invalid REDIS_KEY_PREFIX="has space"/],
    [{ TRACE_SAMPLE_RATIO: "1.5" }, /^Invalid TRACE_SAMPLE_RATIO="1.5"/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" }, /^Invalid OTEL_EXPORTER_OTLP_ENDPOINT=/],
    [{ MODELS_REFRESH_CRON: "daily" }, /^Invalid MODELS_REFRESH_CRON="daily".*cron line/],
    [{ ACTIVITY_PURGE_CRON: "61 3 * * *" }, /^Invalid ACTIVITY_PURGE_CRON=/],
  ])("rejects %j with one line naming the variable", (env, message) => {
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: tempDir(), ...env })).toThrow(message);
  });

  it("takes the recurring jobs' cron lines in TIME_ZONE, or off", () => {
    const config = loadConfig({ DATA_DIR: tempDir(), MODELS_REFRESH_CRON: " */15  1-5 * * 1,3 ", ACTIVITY_PURGE_CRON: "off" });
    expect(config.schedules).toEqual({ modelsRefresh: "*/15 1-5 * * 1,3", activityPurge: null });
    expect(config.webhooks).toMatchObject({ retentionCron: "17 3 * * *", timeZone: "Asia/Shanghai" });
  });

  it("turns introspection and demo seeding off in production", () => {
    const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32), DATA_DIR: tempDir() });
    expect(config.introspection).toBe(false);
    expect(config.seedOnEmpty).toBe(false);
  });

  it("stops `npm start` with that one line and a non-zero exit", async () => {
    const failure = await runScript("src/main.ts", [], { env: { ...process.env, PORT: "not-a-port", DATA_DIR: tempDir() } }).catch((e: { code: number; stderr: string }) => e);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr.trim().split("\n")).toEqual([
      'Invalid PORT="not-a-port": Invalid input: expected number, received NaN',
    ]);
  });

  it("names host and port but never the password of an unreachable database", async () => {
    const failure = await runScript("src/cli/migrate.ts", [], {
      env: { ...process.env, DATABASE_URL: "postgres://app:s3cret-pw@127.0.0.1:1/cdp", DATA_DIR: tempDir() },
    }).catch((e: { code: number; stderr: string }) => e);
    const stderr = (failure as { stderr: string }).stderr;
    expect((failure as { code: number }).code).toBe(1);
    expect(stderr).toContain("Cannot reach the database at 127.0.0.1:1/cdp");
    expect(stderr).not.toContain("s3cret-pw");
  });
});
