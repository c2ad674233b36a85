// PostGraphile v5 over the same database, for the 360° benchmark. Run by test/bench/run.ts, which installs this
// folder's own package-lock.json first.
// PostGraphile 5 needs Promise.withResolvers (Node 22); Node 20 lacks it, so the bench polyfills it here only.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
}
const [{ postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }, { createServer }] = await Promise.all([
  import("postgraphile"),
  import("postgraphile/presets/amber"),
  import("postgraphile/adaptors/pg"),
  import("postgraphile/grafserv/node"),
  import("node:http"),
]);
const [connectionString, port] = process.argv.slice(2);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ["public"], poolConfig: { max: 10, application_name: "bench-postgraphile" } })],
  grafast: { explain: false },
  grafserv: { graphiql: false },
});
const server = createServer();
pgl.createServ(grafserv).addTo(server);
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
