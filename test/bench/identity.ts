/**
 * Identity resolution quality and speed: a generated population with known truth is ingested
 * source by source (batches of 1,000 through the ingestion service, as the import CLI does) into
 * a fresh PostgreSQL database; the resulting profiles are compared pairwise with the truth.
 * Two generators written apart from each other (A: identity-population.ts, B:
 * identity-population-b.ts, which labels each record with its noise classes) keep the matcher
 * from being judged only on the data it was tuned on.
 */
import "reflect-metadata";
import { Presets, SingleBar } from "cli-progress";
import { loadavg } from "node:os";
import { Command } from "commander";
import { sql } from "drizzle-orm";
import type { Principal } from "../../src/auth/principal.js";
import { loadConfig } from "../../src/config.js";
import { rows } from "../../src/db/client.js";
import { ingestSourceRecords, MAX_RECORDS_PER_BATCH } from "../../src/identity/ingest.service.js";
import { normaliseRecord, type SourceRecordData } from "../../src/identity/normalise.js";
import { reactions } from "../../src/reactions.js";
import { freshDatabase, machineDescription, writeResultsSection } from "./harness.js";
import { generatePopulation, pairwiseQuality, SOURCES } from "./identity-population.js";
import { generatePopulationB, NOISE_CLASSES, qualityByNoise, SOURCES_B } from "./identity-population-b.js";

const options = new Command("bench:identity")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--people <n>", "people in the population", (v) => Number(v), 10_000)
  .option("--seed <n>", "generator seed", (v) => Number(v), 42)
  .option("--generator <which>", "a, b or both", "both")
  .option("--database <name>", "the database the bench creates (and drops first) on that server", "cdp_bench_identity")
  .option("--also <runs>", "further runs written to the same section, people:seed pairs (e.g. 3000:7,25000:3), to check generality", "")
  .option("--no-write", "do not write test/bench/RESULTS.md")
  .parse()
  .opts<{ databaseUrl: string; database: string; people: number; seed: number; generator: string; also: string; write: boolean }>();
const also = options.also ? options.also.split(",").map((pair) => pair.split(":").map(Number) as [number, number]) : [];
if (also.some(([people, seed]) => !(people > 0) || !Number.isInteger(seed))) throw new Error("--also takes people:seed pairs, e.g. 3000:7");
if (!["a", "b", "both"].includes(options.generator)) throw new Error("--generator is a, b or both");

if (!/^cdp_bench\w*$/.test(options.database)) throw new Error("--database names a bench database: cdp_bench followed by letters, digits or _");
const DATABASE = options.database;
const settings = loadConfig({ ...process.env, NODE_ENV: "test", JWT_SECRET: "x".repeat(32) }).identity;
const principal: Principal = { role: "ADMIN", subject: "bench:identity" };
const f = (n: number) => n.toFixed(4);

interface Labelled {
  source: string;
  person: number;
  record: SourceRecordData;
  noise?: readonly string[];
}

/**
 * The recall no matcher that needs evidence beyond the name can exceed: a person's records joined
 * wherever two of them share an email or phone (of at most IDENTITY_SHARED_VALUE_LIMIT people),
 * a VIN, a birthday or a building, directly or through another of their records. Pairs outside
 * it have only the name in common (a desk phone, a moved address, a record with one field).
 */
function recallCeiling(population: Labelled[]) {
  const root = population.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const carriers = new Map<string, { records: number[]; people: Set<number> }>();
  population.forEach((t, i) => {
    let keys: { kind: string; value: string }[] = [];
    try {
      keys = normaliseRecord(t.record, "x").keys;
    } catch {
      return;
    }
    for (const k of keys) {
      if (k.kind === "NAME" || k.kind === "POSTCODE" || (k.kind === "ADDRESS" && k.value.split("|").length > 3)) continue;
      const key = `${k.kind}\u0000${k.value}`;
      let c = carriers.get(key);
      if (!c) carriers.set(key, (c = { records: [], people: new Set() }));
      c.records.push(i);
      c.people.add(t.person);
    }
  });
  for (const [key, c] of carriers) {
    if ((key.startsWith("EMAIL") || key.startsWith("PHONE")) && c.people.size > settings.sharedValueLimit) continue;
    const first = new Map<number, number>();
    for (const i of c.records) {
      const person = population[i]!.person;
      if (first.has(person)) root[find(i)] = find(first.get(person)!);
      else first.set(person, i);
    }
  }
  const assigned = population.map((t, i) => ({ person: t.person, profile: String(find(i)), noise: t.noise ?? [] }));
  return { recall: pairwiseQuality(assigned).recall, byNoise: new Map(qualityByNoise(assigned, NOISE_CLASSES).map((n) => [n.cls, n.recall])) };
}

async function measure(name: string, sources: readonly string[], population: Labelled[]) {
  const { handle, url } = await freshDatabase(options.databaseUrl, DATABASE);
  const truth = new Map(population.map((t) => [`${t.source}/${t.record.sourceId}`, t]));

  const bar = new SingleBar({ format: `generator ${name} [{bar}] {percentage}% | {value}/{total} records | {rate} records/s` }, Presets.shades_classic);
  bar.start(population.length, 0, { rate: 0 });
  let done = 0;
  let rejected = 0;
  let merged = 0;
  const started = process.hrtime.bigint();
  for (const source of sources) {
    const ofSource = population.filter((t) => t.source === source).map((t) => t.record);
    for (let i = 0; i < ofSource.length; i += MAX_RECORDS_PER_BATCH) {
      const batch = ofSource.slice(i, i + MAX_RECORDS_PER_BATCH);
      const result = await ingestSourceRecords(handle.db, principal, { source, records: batch }, settings, reactions.identityRelinked);
      rejected += result.summary.rejected;
      merged += result.summary.merged;
      done += batch.length;
      bar.update(done, { rate: Math.round(done / (Number(process.hrtime.bigint() - started) / 1e9)) });
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  bar.stop();

  // A repeated batch must change nothing (idempotency), and costs only the lookups.
  const first = population.filter((t) => t.source === sources[0]).slice(0, MAX_RECORDS_PER_BATCH).map((t) => t.record);
  const repeatStarted = process.hrtime.bigint();
  const repeat = await ingestSourceRecords(handle.db, principal, { source: sources[0]!, records: first }, settings, reactions.identityRelinked);
  const repeatMs = Number(process.hrtime.bigint() - repeatStarted) / 1e6;

  const links = await rows<{ source: string; source_id: string; customer_id: string }>(
    handle.db,
    sql`select r.source, r.source_id, l.customer_id from identity_links l join source_records r on r.id = l.source_record_id`,
  );
  const assigned = links.map((l) => {
    const t = truth.get(`${l.source}/${l.source_id}`)!;
    return { person: t.person, profile: l.customer_id, noise: t.noise ?? [] };
  });
  const quality = pairwiseQuality(assigned);
  const ceiling = recallCeiling(population);
  const byNoise = population.some((t) => t.noise) ? qualityByNoise(assigned, NOISE_CLASSES) : [];
  const machine = await machineDescription(url);
  await handle.close();
  const rate = population.length / seconds;
  const missed = [quality.precision < 0.995 && "precision", quality.recall < 0.97 && "recall", rate < 2000 && "rate",
    ...byNoise.filter((n) => n.precision < 0.995 || n.recall < 0.97).map((n) => n.cls)].filter(Boolean);
  const table = `| measure | value |
| --- | ---: |
| pairwise precision | ${f(quality.precision)} |
| pairwise recall | ${f(quality.recall)} |
| recall ceiling without names: records joined by a shared email, phone, VIN, birthday or building, transitively (what is left shares only the name; rare-name links can pass it) | ${f(ceiling.recall)} |
| F1 | ${f(quality.f1)} |
| people / profiles made | ${quality.people.toLocaleString("en")} / ${quality.profiles.toLocaleString("en")} |
| true pairs / predicted pairs / correct pairs | ${quality.actual.toLocaleString("en")} / ${quality.predicted.toLocaleString("en")} / ${quality.truePositives.toLocaleString("en")} |
| profiles merged automatically during ingestion | ${merged.toLocaleString("en")} |
| records rejected | ${rejected} |
| ingestion rate | ${Math.round(rate).toLocaleString("en")} records/s (${seconds.toFixed(1)} s) |
| the first ${sources[0]} batch again (idempotency) | ${repeat.summary.unchanged} unchanged, ${repeat.summary.created + repeat.summary.matched + repeat.summary.updated} written, ${repeatMs.toFixed(0)} ms |`;
  const noiseTable = byNoise.length
    ? `\n\nPer noise class (pairs in which either record carries it):\n\n| noise class | records | true pairs | recall | recall ceiling | predicted pairs | precision |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n${byNoise
        .map((n) => `| ${n.cls} | ${n.records.toLocaleString("en")} | ${n.actual.toLocaleString("en")} | ${f(n.recall)} | ${f(ceiling.byNoise.get(n.cls) ?? 1)} | ${n.predicted.toLocaleString("en")} | ${f(n.precision)} |`)
        .join("\n")}`
    : "";
  return { machine, records: population.length, sources: sources.length, text: `${table}${noiseTable}\n\nTargets (precision ≥ 0.995, recall ≥ 0.97${byNoise.length ? " overall and per class" : ""}, ≥ 2,000 records/s): ${missed.length ? `MISSED: ${missed.join(", ")}` : "all met"}.` };
}

const runs: string[] = [];
let machine = "";
for (const [people, seed] of [[options.people, options.seed] as [number, number], ...also]) {
  const heading = also.length ? ` — ${people.toLocaleString("en")} people, seed ${seed}` : "";
  if (options.generator !== "b") {
    const a = await measure("A", SOURCES, generatePopulation(people, seed));
    machine = a.machine;
    runs.push(`### Generator A (identity-population.ts)${heading}: ${a.records.toLocaleString("en")} records from ${a.sources} sources

Noise: case and spacing, five phone formats, typos in names, given and family names swapped, nicknames, moved addresses, Gmail dots and +tags, missing fields per source, one household in ten sharing an email and an address, a dealer's front-desk phone on 5% of its records.

${a.text}`);
  }
  if (options.generator !== "a") {
    const b = await measure("B", SOURCES_B, generatePopulationB(people, seed));
    machine = b.machine;
    runs.push(`### Generator B (identity-population-b.ts)${heading}: ${b.records.toLocaleString("en")} records from ${b.sources} sources

Noise: Chinese pinyin names (half with a one-syllable given name) and Western ones (some of 2–3 letters); typos incl. in 2–3-letter given names and inside pinyin syllables; swapped given/family; a second address on 20% of people; six phone formats; Chinese addresses in four styles (English, abbreviated, pinyin Lu/Hao/Dong/Danyuan, with or without district), Western ones with flats; postcodes missing at the hotline, dealers and the repair station; spouses sharing an email and home with given names a letter apart; dealers' front-desk phones; parent and child of one name sharing an email with a bridging record without birthday; strangers with the same name and birthday.

${b.text}`);
  }
}
const load = loadavg().map((n) => n.toFixed(1)).join(" / ");
const markdown = `## Identity resolution

Run: ${new Date().toISOString()} with \`npm run bench:identity -- --people ${options.people} --seed ${options.seed} --generator ${options.generator}${options.also ? ` --also ${options.also}` : ""}\` (each population ingested source by source in batches of ${MAX_RECORDS_PER_BATCH.toLocaleString("en")} through the ingestion service into a fresh PostgreSQL database \`${DATABASE}\`; default settings).

Machine: ${machine}; load average (1/5/15 min) at the end: ${load} — the machine is shared, so the rate is a lower bound.

${runs.join("\n\n")}`;
console.log(`\n${markdown}\n`);
if (options.write) writeResultsSection("identity", markdown);
process.exit(0);
