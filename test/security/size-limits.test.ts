import { expect, it } from "vitest";
import WebSocket from "ws";
import { describePlatform } from "../support/suite.js";

const LIMIT = 4096;

/** A GraphQL request body of exactly `bytes` bytes (the query padded with insignificant spaces). */
function bodyOf(bytes: number): string {
  const bare = JSON.stringify({ query: "{ products(first: 1) { totalCount } }" });
  const body = JSON.stringify({ query: `{ products(first: 1) { totalCount } }${" ".repeat(bytes - bare.length)}` });
  expect(Buffer.byteLength(body)).toBe(bytes);
  return body;
}

/** graphql-ws's first message, padded to exactly `bytes` bytes; resolves with what the server answers. */
function connectionInit(url: string, token: string, bytes: number): Promise<{ acknowledged: boolean; closeCode?: number }> {
  const bare = JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}`, pad: "" } });
  const message = JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}`, pad: "x".repeat(bytes - bare.length) } });
  expect(Buffer.byteLength(message)).toBe(bytes);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
    socket.on("open", () => socket.send(message));
    socket.on("message", (data) => {
      if (JSON.parse(String(data)).type === "connection_ack") {
        socket.close();
        resolve({ acknowledged: true });
      }
    });
    socket.on("close", (code) => resolve({ acknowledged: false, closeCode: code }));
    socket.on("error", reject);
  });
}

describePlatform(
  "request size limits",
  (platform) => {
    it("accepts an HTTP body at MAX_BODY_BYTES and refuses one byte more with 413, before anything runs", async () => {
      const post = (body: string) => fetch(`${platform().url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
      const atLimit = await post(bodyOf(LIMIT));
      expect(atLimit.status).toBe(200);
      expect(((await atLimit.json()) as { errors?: unknown }).errors).toBeUndefined();
      const past = await post(bodyOf(LIMIT + 1));
      expect(past.status).toBe(413);
      expect(((await past.json()) as { errors?: { extensions?: unknown }[] }).errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "bodyBytes" });
    });

    it("accepts a WebSocket message at MAX_WS_MESSAGE_BYTES and closes the socket with 1009 (too big) on one byte more", async () => {
      const token = await platform().token({ role: "AGENT", sub: "size.agent" });
      expect(await connectionInit(platform().url, token, LIMIT)).toEqual({ acknowledged: true });
      expect(await connectionInit(platform().url, token, LIMIT + 1)).toEqual({ acknowledged: false, closeCode: 1009 });
    });
  },
  { MAX_BODY_BYTES: String(LIMIT), MAX_WS_MESSAGE_BYTES: String(LIMIT) },
);
