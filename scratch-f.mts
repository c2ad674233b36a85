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
const sql = postgres("postgres://postgres@127.0.0.1:5432/cdp_bench", { max: 1, onnotice: () => {} });
const ids = (await sql`select id from customers order by id`).map((r) => r.id);
const [{ pid }] = await sql`select pg_backend_pid() as pid`;
await sql.unsafe(`prepare p(uuid) as ${c!.text.replace("$1::uuid", "$1")}`);
for (const mode of ["extended", "explain", "extended", "extended"]) {
  const N = 300;
  const c0 = cpu(pid);
  for (let i = 0; i < N; i++) {
    const id = mode === "extended-seq" ? ids[i % ids.length] : ids[(i * 7) % ids.length];
    if (false) await sql.unsafe(`execute p('${id}')`);
    else if (mode === "explain") await sql.unsafe(`explain (analyze, timing off, summary on) execute p('${id}')`);
    else await sql.unsafe(c!.text, [id], { prepare: true });
  }
  console.log(mode, "db cpu ms/exec", ((cpu(pid) - c0) / N).toFixed(3));
}
await sql.end();
