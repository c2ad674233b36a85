/**
 * What the matcher left apart and what it joined wrongly, after a bench:identity run (the bench
 * leaves its database behind): the population is generated again from the same people and seed,
 * and every pair of profiles holding one person's records (missed) or two people's (wrong) is
 * described at the profile level — what their pooled keys share, what contradicts, how many
 * profiles carry the name. Counts record pairs. Prints a summary; `--list N` prints N examples
 * per category. Analysis only: nothing here is used by the matcher.
 *
 *   npx tsx test/bench/identity.ts --no-write --generator b --database cdp_bench_x
 *   npx tsx test/bench/identity-missed.ts --database cdp_bench_x [--people 10000 --seed 42 --generator b]
 */
import { Command } from "commander";
import postgres from "postgres";
import { DEFAULT_IDENTITY_SETTINGS } from "../../src/config.js";
import { nameLevel } from "../../src/identity/names.js";
import { generatePopulation } from "./identity-population.js";
import { generatePopulationB } from "./identity-population-b.js";

const o = new Command("identity-missed")
  .option("--server <url>", "PostgreSQL server", "postgres://postgres@127.0.0.1:5432")
  .option("--database <name>", "the bench's database", "cdp_bench_identity")
  .option("--people <n>", "people", (v) => Number(v), 10_000)
  .option("--seed <n>", "seed", (v) => Number(v), 42)
  .option("--generator <which>", "a or b", "b")
  .option("--list <n>", "examples per category", (v) => Number(v), 0)
  .option("--by <kind>", "with --namesakes: the key two profiles share (NAME or BIRTHDAY)", "NAME")
  .option("--class <noise>", "only pairs in which either record carries this noise class (generator B)")
  .option("--wrong", "describe wrongly joined pairs instead of missed ones")
  .option("--namesakes", "every two profiles sharing an exact name, by category: the record pairs joining them would gain (one person) and cost (two)")
  .parse()
  .opts<{ server: string; database: string; people: number; seed: number; generator: string; list: number; wrong?: boolean; namesakes?: boolean; class?: string; by: string }>();

const population = (o.generator === "a" ? generatePopulation(o.people, o.seed) : generatePopulationB(o.people, o.seed)) as { source: string; person: number; record: { sourceId: string }; noise?: readonly string[] }[];
const truth = new Map(population.map((t) => [`${t.source}/${t.record.sourceId}`, t]));
const db = postgres(`${o.server}/${o.database}`, { max: 1, onnotice: () => undefined });
const links = await db<{ source: string; source_id: string; customer_id: string; id: string }[]>`
  select r.id, r.source, r.source_id, l.customer_id from identity_links l join source_records r on r.id = l.source_record_id`;
const keys = await db<{ source_record_id: string; kind: string; value: string }[]>`select source_record_id, kind::text, value from identity_keys`;
await db.end();

type Known = Map<string, Set<string>>;
const SHARED = DEFAULT_IDENTITY_SETTINGS.sharedValueLimit;
const byProfile = new Map<string, { known: Known; records: { person: number; source: string; noise: readonly string[]; keys: string[] }[] }>();
const recordKeys = new Map<string, { kind: string; value: string }[]>();
for (const k of keys) {
  const list = recordKeys.get(k.source_record_id) ?? [];
  list.push(k);
  recordKeys.set(k.source_record_id, list);
}
for (const l of links) {
  const t = truth.get(`${l.source}/${l.source_id}`)!;
  let p = byProfile.get(l.customer_id);
  if (!p) byProfile.set(l.customer_id, (p = { known: new Map(), records: [] }));
  const ks = recordKeys.get(l.id) ?? [];
  for (const k of ks) {
    if (!p.known.has(k.kind)) p.known.set(k.kind, new Set());
    p.known.get(k.kind)!.add(k.value);
  }
  p.records.push({ person: t.person, source: l.source, noise: t.noise ?? [], keys: ks.map((k) => `${k.kind}:${k.value}`) });
}
// Profiles per name key and per value (how common).
const carriers = new Map<string, Set<string>>();
for (const [id, p] of byProfile) for (const [kind, values] of p.known) for (const v of values) {
  const key = `${kind}:${v}`;
  if (!carriers.has(key)) carriers.set(key, new Set());
  carriers.get(key)!.add(id);
}
const cities = (k: Known) => new Set([...(k.get("ADDRESS") ?? [])].map((v) => v.split("|")[0]!));
const buildings = (k: Known) => new Set([...(k.get("ADDRESS") ?? [])].map((v) => v.split("|").slice(0, 3).join("|")));
const inter = (a?: Set<string>, b?: Set<string>) => (a && b ? [...a].filter((x) => b.has(x)) : []);

function describe(a: Known, b: Known) {
  const shared: string[] = [];
  const against: string[] = [];
  for (const kind of ["EMAIL", "PHONE", "VIN"]) {
    // A value of more than a few people (a front-desk phone) is ignored by the matcher: here too.
    const own = (values?: Set<string>) => new Set([...(values ?? [])].filter((v) => (carriers.get(`${kind}:${v}`)?.size ?? 0) <= SHARED));
    const x = own(a.get(kind));
    const y = own(b.get(kind));
    if (!x.size || !y.size) continue;
    const common = inter(x, y);
    if (common.length) shared.push(kind);
    else if (kind !== "VIN") against.push(kind);
  }
  const bx = a.get("BIRTHDAY");
  const by = b.get("BIRTHDAY");
  if (bx?.size && by?.size) (inter(bx, by).length ? shared : against).push("BIRTHDAY");
  if (a.get("ADDRESS")?.size && b.get("ADDRESS")?.size) {
    if (inter(buildings(a), buildings(b)).length) shared.push("BUILDING");
    else {
      against.push("BUILDING");
      if (inter(cities(a), cities(b)).length) shared.push("city");
      else against.push("city");
    }
  }
  if (a.get("POSTCODE")?.size && b.get("POSTCODE")?.size) (inter(a.get("POSTCODE"), b.get("POSTCODE")).length ? shared : against).push("postcode");
  let name = "none";
  let nameCarriers = 0;
  const exact = inter(a.get("NAME"), b.get("NAME"));
  if (exact.length) {
    name = "EXACT";
    nameCarriers = Math.min(...exact.map((n) => carriers.get(`NAME:${n}`)!.size));
  } else if (a.get("NAME")?.size && b.get("NAME")?.size) {
    const rank = ["DIFFERENT", "PARTIAL", "NEAR", "INITIAL", "FUZZY", "EXACT"];
    let best = 0;
    for (const x of a.get("NAME")!) for (const y of b.get("NAME")!) best = Math.max(best, rank.indexOf(nameLevel(x, y)));
    name = rank[best]!;
  }
  return { shared, against, name, nameCarriers };
}

const ids = [...byProfile.keys()];
const byPerson = new Map<number, Map<string, number>>();
for (const [id, p] of byProfile) for (const r of p.records) {
  if (!byPerson.has(r.person)) byPerson.set(r.person, new Map());
  const m = byPerson.get(r.person)!;
  m.set(id, (m.get(id) ?? 0) + 1);
}
const categories = new Map<string, { pairs: number; examples: string[] }>();
const count = (cat: string, pairs: number, example: string) => {
  let c = categories.get(cat);
  if (!c) categories.set(cat, (c = { pairs: 0, examples: [] }));
  c.pairs += pairs;
  if (c.examples.length < o.list) c.examples.push(example);
};
const show = (id: string) => byProfile.get(id)!.records.map((r) => `    ${r.person} ${r.source} [${r.noise.join(",")}] ${r.keys.join(" ")}`).join("\n");

const category = (d: ReturnType<typeof describe>) => {
  const ident = d.shared.filter((s) => s !== "city" && s !== "postcode");
  return ident.length
    ? `shares ${ident.join("+")}${d.against.length ? ` against ${d.against.join("+")}` : ""} name ${d.name}`
    : `name ${d.name}${d.name === "EXACT" ? ` carriers ${Math.min(d.nameCarriers, 4)}${d.nameCarriers >= 4 ? "+" : ""}` : ""}${d.shared.length ? ` +${d.shared.join("+")}` : ""}${d.against.length ? ` against ${d.against.join("+")}` : ""}`;
};
if (o.namesakes) {
  const tally = new Map<string, { good: number; bad: number; shown?: number; examples: string[] }>();
  for (const [key, holders] of carriers) {
    if (!key.startsWith(`${o.by}:`) || holders.size < 2 || holders.size > 30) continue;
    const list = [...holders];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [byProfile.get(list[i]!)!, byProfile.get(list[j]!)!];
      const d = describe(a.known, b.known);
      if (d.shared.some((s) => s !== "city" && s !== "postcode" && s !== "BIRTHDAY")) continue;
      const cat = category(d);
      let t = tally.get(cat);
      if (!t) tally.set(cat, (t = { good: 0, bad: 0, examples: [] }));
      for (const x of a.records) for (const y of b.records) x.person === y.person ? t.good++ : t.bad++;
      if (o.list && a.records.some((x) => b.records.some((y) => x.person !== y.person)) && (t.shown = (t.shown ?? 0) + 1) <= o.list) t.examples.push(`${show(list[i]!)}\n   --\n${show(list[j]!)}`);
    }
  }
  console.log(`  good    bad  category (profile pairs sharing a ${o.by} key, no identifier in common)`);
  for (const [cat, t] of [...tally].sort((x, y) => y[1].good - x[1].good)) {
    console.log(`${String(t.good).padStart(6)} ${String(t.bad).padStart(6)}  ${cat}`);
    for (const e of t.examples) console.log(`  (two people)\n${e}`);
  }
  process.exit(0);
}
if (!o.wrong) {
  for (const [person, profiles] of byPerson) {
    const list = [...profiles];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const [a, na] = list[i]!;
      const [b, nb] = list[j]!;
      if (o.class && !byProfile.get(a)!.records.concat(byProfile.get(b)!.records).some((r) => r.person === person && r.noise.includes(o.class!))) continue;
      const d = describe(byProfile.get(a)!.known, byProfile.get(b)!.known);
      count(category(d), na * nb, `  person ${person}\n${show(a)}\n   --\n${show(b)}`);
    }
  }
} else {
  for (const id of ids) {
    const people = new Map<number, number>();
    for (const r of byProfile.get(id)!.records) people.set(r.person, (people.get(r.person) ?? 0) + 1);
    const list = [...people];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const noise = [...new Set(byProfile.get(id)!.records.filter((r) => r.person === list[i]![0] || r.person === list[j]![0]).flatMap((r) => r.noise))];
      count(`wrong [${noise.filter((n) => ["bridge", "namesake", "spouse-email", "desk-phone"].includes(n)).join(",")}]`, list[i]![1] * list[j]![1], `  profile ${id}\n${show(id)}`);
    }
  }
}
const total = [...categories.values()].reduce((s, c) => s + c.pairs, 0);
console.log(`${o.wrong ? "wrong" : "missed"} record pairs: ${total}`);
for (const [cat, c] of [...categories].sort((x, y) => y[1].pairs - x[1].pairs)) {
  console.log(`${String(c.pairs).padStart(6)}  ${cat}`);
  for (const e of c.examples) console.log(e);
}
