// A bare graphql-ws server for the broadcast comparison: one subscription field fed by an
// in-process emitter, POST /publish to broadcast. Run by test/bench/broadcast.ts.
import { EventEmitter, on } from "node:events";
import { createServer } from "node:http";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";

const emitter = new EventEmitter();
emitter.setMaxListeners(0);
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString, resolve: () => "ok" } } }),
  subscription: new GraphQLObjectType({
    name: "Subscription",
    fields: {
      feed: {
        type: GraphQLString,
        subscribe: async function* () {
          for await (const [message] of on(emitter, "message")) yield { feed: message };
        },
      },
    },
  }),
});
const server = createServer((request, response) => {
  if (request.method === "POST" && request.url === "/publish") {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      emitter.emit("message", body);
      response.end("ok");
    });
    return;
  }
  if (request.url === "/heap") {
    response.end(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed }));
    return;
  }
  response.end("bare");
});
useServer({ schema }, new WebSocketServer({ server, path: "/graphql", maxPayload: 64 * 1024 }));
server.listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => process.exit(0));
