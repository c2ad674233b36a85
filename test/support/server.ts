import "reflect-metadata";
import { print, type ExecutionResult } from "graphql";
import type { Logger } from "pino";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createTokenService, type TokenClaims, type TokenService } from "../../src/auth/tokens.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./database.js";

export const TEST_SECRET = "test-secret-that-is-long-enough-for-hs256!";

export interface GraphQLResponse<T> {
  status: number;
  body: ExecutionResult<T> & { errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestPlatform {
  kind: DatabaseKind;
  url: string;
  database: TestDatabase;
  tokens: TokenService;
  server: RunningServer;
  token(claims: TokenClaims): Promise<string>;
  /** POSTs an operation over real HTTP. */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns `data`. */
  data<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<T>;
  close(): Promise<void>;
}

export interface PlatformOptions {
  log?: Logger;
  /** PostgreSQL only: the server to create the test database on (default TEST_DATABASE_URL). */
  adminUrl?: string;
  /** A database opened by the test itself (e.g. with a read replica); closed and dropped with the platform. */
  database?: TestDatabase;
}

export async function startTestPlatform(kind: DatabaseKind, env: Record<string, string> = {}, options: PlatformOptions = {}): Promise<TestPlatform> {
  const database = options.database ?? (await createTestDatabase(kind, options.adminUrl));
  const config = loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", JWT_SECRET: TEST_SECRET, LOG_LEVEL: "silent", ...env });
  const tokens = createTokenService(config.jwt);
  const server = await startServer({ config, database, tokens, log: options.log ?? createLogger(config.logLevel) });
  const endpoint = `${server.url}/graphql`;

  async function gql<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T>["body"] };
  }

  return {
    kind,
    url: server.url,
    database,
    tokens,
    server,
    token: (claims) => tokens.sign(claims),
    gql,
    async data(document, variables, token) {
      const { body } = await gql(document, variables, token);
      if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data!;
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
