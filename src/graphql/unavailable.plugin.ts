import type { ApolloServerPlugin } from "@apollo/server";
import { markReadOnly, RETRY_AFTER_SECONDS } from "../db/unavailable.js";

/**
 * A database outage over HTTP: 503 with Retry-After when an error of the response is
 * SERVICE_UNAVAILABLE (the formatter gives that code), so that clients and proxies retry instead
 * of reporting a bug. It also tells the data layer which requests only read: their statements
 * may be retried once on a dead pooled connection (db/unavailable.ts).
 */
export function unavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          markReadOnly(operation?.operation === "query");
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
