import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parse, getOperationAST } from "graphql";
import { createSchema } from "./src/schema.ts";
import { createProjections } from "./src/projections.ts";
import { compileRead } from "./src/graphql/compiled/compile.ts";
import { OURS_360 } from "./test/bench/queries.ts";
import postgres from "postgres";
const cpu = (pid: number) => { const s = readFileSync(`/proc/${pid}/stat`, "utf8"); const f = s.slice(s.lastIndexOf(")") + 2).split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
const schema = await createSchema();
const doc = parse(OURS_360);
const c = compileRead(schema, createProjections(), doc, getOperationAST(doc)!, { role: "ADMIN", subject: "x" } as any);
for (const mode of (process.env.MODES ?? "auto,force_custom_plan,force_generic_plan").split(",")) {
  const sql = postgres("postgres://postgres@127.0.0.1:5432/cdp_bench", { max: 1, onnotice: () => {}, connection: mode === "jit_off" ? { jit: "off" } : { plan_cache_mode: mode } });
  const ids = (await sql`select id from customers order by id`).map((r) => r.id);
  const [{ pid }] = await sql`select pg_backend_pid() as pid`;
  const N = 300;
  let c0 = cpu(pid);
  const per: number[] = [];
  for (let i = 0; i < N; i++) {
    await sql.unsafe(c!.text, [ids[(i * 7) % ids.length]], { prepare: true });
    if (i % 50 === 49) { const c1 = cpu(pid); per.push((c1 - c0) / 50); c0 = c1; }
  }
  console.log(mode, "db cpu ms/exec per 50:", per.map((x) => x.toFixed(2)).join(" "));
  await sql.end();
}
