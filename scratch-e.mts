import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parse, getOperationAST } from "graphql";
import { createSchema } from "./src/schema.ts";
import { createProjections } from "./src/projections.ts";
import { compileRead } from "./src/graphql/compiled/compile.ts";
import { OURS_360 } from "./test/bench/queries.ts";
import postgres from "postgres";
const schema = await createSchema();
const doc = parse(process.env.Q ?? OURS_360);
const c = compileRead(schema, createProjections(), doc, getOperationAST(doc)!, { role: "ADMIN", subject: "x" } as any);
const text = process.env.SQLFILE ? readFileSync(process.env.SQLFILE, "utf8") : c!.text;
const sql = postgres("postgres://postgres@127.0.0.1:5432/cdp_bench", { max: 1, onnotice: () => {} });
const ids = (await sql`select id from customers order by id`).map((r) => r.id);
await sql.unsafe(`set plan_cache_mode = ${process.env.MODE ?? "auto"}`);
await sql.unsafe(`prepare p(uuid) as ${text.replace("$1::uuid", "$1")}`);
const plan: number[] = [], exec: number[] = [];
for (let i = 0; i < 150; i++) {
  const rows = await sql.unsafe(`explain (analyze, timing off, summary on) execute p('${ids[(i * 7) % ids.length]}')`);
  const lines = rows.map((r: any) => r["QUERY PLAN"] as string);
  plan.push(Number(/Planning Time: ([\d.]+)/.exec(lines.join("\n"))?.[1] ?? 0));
  exec.push(Number(/Execution Time: ([\d.]+)/.exec(lines.join("\n"))?.[1] ?? 0));
}
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(a.length * p)]!.toFixed(3);
console.log(`planning p10 ${q(plan, 0.1)} p50 ${q(plan, 0.5)} | execution p10 ${q(exec, 0.1)} p50 ${q(exec, 0.5)}`);
await sql.end();
