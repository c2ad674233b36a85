import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { TEST_SECRET, type TestPlatform } from "./server.js";

/** A GraphQL response body as the tests read it. */
export interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One GraphQL request over HTTP; never a 5xx. */
export async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Body> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Body;
  expect(response.status, JSON.stringify(body)).toBeLessThan(500);
  return body;
}

/** A second server on the platform's database that answers everything through the resolvers (COMPILED_READS=false). */
export function startResolversOnlyServer(platform: TestPlatform, env: Record<string, string> = {}): Promise<RunningServer> {
  const config = loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", JWT_SECRET: TEST_SECRET, LOG_LEVEL: "silent", COMPILED_READS: "false", ...env });
  return startServer({ config, database: platform.database, tokens: platform.tokens, log: createLogger("silent") });
}

/**
 * The compiled read path's guard: the same request to the platform (compiled) and to the
 * resolvers-only server must get equal answers; returns the platform's answer and the statements
 * it ran for it.
 */
export function comparison(platform: () => TestPlatform, resolvers: () => RunningServer) {
  const ask = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const statements: string[] = [];
    const stop = platform().database.queries.listen((q) => statements.push(q));
    try {
      return { compiled: await post(platform().url, query, variables, token), statements };
    } finally {
      stop();
    }
  };
  return async function compare(query: string, variables: Record<string, unknown>, token?: string) {
    let { compiled, statements } = await ask(query, variables, token);
    let expected = await post(resolvers().url, query, variables, token);
    if (!isDeepStrictEqual(compiled, expected)) {
      // Values counted from the clock (days since the last order) change when the clock passes
      // a row's time of day between the two requests: asked again, they agree. A defect differs twice.
      ({ compiled, statements } = await ask(query, variables, token));
      expected = await post(resolvers().url, query, variables, token);
    }
    expect(compiled, `${query.slice(0, 60)} ${JSON.stringify(variables)}`).toEqual(expected);
    return { body: compiled, statements };
  };
}

/** The session guard's read of recent erasures (auth/sessions.ts): at most one per process every few seconds, authentication, not the read. */
export const isSessionCheck = (statement: string) => statement.includes("action = 'ERASE'");

/** Reads among a request's statements: not audit rows, nor the session guard's erasure check. */
export const readsOf = (statements: string[]) => statements.filter((s) => !s.startsWith('insert into "audit_log"') && !isSessionCheck(s));

/** Whether the compiled path ran (its statements build JSON in the database). */
export const compiledIn = (statements: string[]) => statements.some((s) => s.includes("json_build_object"));

/** What a generated query passes a declared one or list relation that takes arguments: a page size where it requires one (Customer.recommendations). */
export const relationArguments = (relation: { shape: string; arguments?: { names: readonly string[] } }) =>
  relation.shape !== "connection" && relation.arguments?.names.includes("first") ? "(first: 3)" : "";
