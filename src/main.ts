import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { createTokenService } from "./auth/tokens.js";
import { openConfiguredDatabase } from "./bootstrap.js";
import { runCli } from "./cli/run.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { demoPrincipals } from "./seed/demo-principals.js";
import { isEmpty } from "./seed/is-empty.js";
import { registerDemoGateway } from "./seed/demo-gateway.js";
import { startServer } from "./server.js";

/** How long in-flight work may take to finish after SIGTERM/SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

runCli(async () => {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config, log, config.operationTimeoutMs, true);
  if (config.seedOnEmpty && (await isEmpty(database.db))) {
    // The generator (faker with its locales, ~37 MB of RSS) is loaded only when it runs: a
    // server started on a database with data never carries it.
    const { seedDatabase } = await import("./seed/index.js");
    const seedStarted = performance.now();
    const counts = await seedDatabase(database.db, { customers: config.seedCustomers, seed: config.seed });
    log.info({ customers: counts.customers, orders: counts.orders, ms: Math.round(performance.now() - seedStarted) }, "demo data seeded");
  }
  const tokens = createTokenService(config.jwt);
  const server = await startServer({ config, database, tokens, log });
  // The demo world's gateway receives campaign messages through a webhook like any partner's.
  if (config.env !== "production" && config.seedOnEmpty) await registerDemoGateway(database.db, server.url);
  log.info({ url: `${server.url}/graphql`, database: database.location, ms: Math.round(performance.now() - started) }, "platform ready");

  if (config.env !== "production" && config.jwt.secret) {
    const lines = [`\nCustomer-data platform at ${server.url}/graphql (live delivery map: ${server.url}/dashboard)`, "Demo tokens (send as 'Authorization: Bearer <token>'):"];
    for (const demo of await demoPrincipals(database.db)) {
      lines.push(`\n  ${demo.claims.role.padEnd(8)} ${demo.label}\n  ${await tokens.sign(demo.claims)}`);
    }
    // pino writes asynchronously: flush what it holds first, then print the banner in one write,
    // so no JSON line lands between the banner's lines.
    await new Promise<void>((resolve) => log.flush(() => resolve()));
    process.stdout.write(`${lines.join("\n")}\n\n`);
  }

  const shutdown = async (signal: string) => {
    log.info({ signal }, "shutting down");
    // A request or socket that will not finish must not keep a stopped server alive.
    setTimeout(() => {
      log.error({ signal }, "shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
});
