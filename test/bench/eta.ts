/**
 * `npm run bench:eta`: how far the predicted arrival is from the real one, against the courier's
 * own ETA. The demo world is seeded into a database of its own; its delivered parcels are split
 * by delivery time: the transit times are learned from the earlier ones only, and every scan of
 * the held-back later ones (but the delivery scan) is predicted as it would have been at that
 * moment. The courier's ETA at a scan is the latest one it had sent by then. Figures go to stdout
 * and the "eta" section of test/bench/RESULTS.md.
 */
import "reflect-metadata";
import { Command } from "commander";
import { asc, eq, sql } from "drizzle-orm";
import { shipments, trackingEvents, transitTimes } from "../../src/db/schema/index.js";
import { seedDatabase } from "../../src/seed/index.js";
import { learnTransitTimes, predictArrival } from "../../src/tracking/arrival-prediction.js";
import { freshDatabase, machineDescription, writeResultsSection } from "./harness.js";

const options = new Command("bench:eta")
  .option("--database-url <url>", "PostgreSQL server (admin connection)", process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres")
  .option("--customers <n>", "customers in the demo world", (v) => Number(v), 4_000)
  .option("--seed <n>", "the demo world's seed", (v) => Number(v), 7)
  .option("--held-back <share>", "share of the delivered parcels, the latest, held back", (v) => Number(v), 0.2)
  .option("--no-write", "do not write test/bench/RESULTS.md")
  .parse()
  .opts<{ databaseUrl: string; customers: number; seed: number; heldBack: number; write: boolean }>();

const HOUR = 3_600_000;
const hours = (ms: number) => ms / HOUR;

interface Errors {
  ours: number[];
  courier: number[];
  /** Scans at which both had a prediction: the fair comparison. */
  oursWhereCourier: number[];
  windowKept: number;
  windowed: number;
  lateFlagRight: number;
}
const empty = (): Errors => ({ ours: [], courier: [], oursWhereCourier: [], windowKept: 0, windowed: 0, lateFlagRight: 0 });
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const f1 = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(1));

async function main() {
  const { handle, url } = await freshDatabase(options.databaseUrl, "cdp_bench_eta");
  const db = handle.db;
  const started = performance.now();
  await seedDatabase(db, { customers: options.customers, seed: options.seed });
  const seeded = (performance.now() - started) / 1000;

  const delivered = await db
    .select()
    .from(shipments)
    .where(sql`${shipments.kind} = 'DELIVERY' and ${shipments.status} = 'DELIVERED'`)
    .orderBy(asc(shipments.deliveredAt), asc(shipments.id));
  const cut = Math.floor(delivered.length * (1 - options.heldBack));
  const cutoff = delivered[cut]!.deliveredAt!;
  const heldBack = delivered.slice(cut);
  await db.transaction((tx) => learnTransitTimes(tx, { until: cutoff }));
  const times = await db.select().from(transitTimes);

  const byStatus = new Map<string, Errors>();
  const all = empty();
  for (const parcel of heldBack) {
    const events = await db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, parcel.id)).orderBy(asc(trackingEvents.seq));
    let courierEta: Date | null = null;
    for (const event of events) {
      if (event.status === "DELIVERED") break;
      if (event.estimatedArrival) courierEta = event.estimatedArrival;
      const state = { ...parcel, status: event.status, lastEventAt: event.occurredAt, deliveredAt: null, estimatedArrival: courierEta };
      const predicted = predictArrival(state, times, event.occurredAt);
      if (!predicted.predictedArrival) continue;
      const errors = byStatus.get(event.status) ?? empty();
      byStatus.set(event.status, errors);
      for (const e of [errors, all]) {
        const ours = hours(Math.abs(predicted.predictedArrival.getTime() - parcel.deliveredAt!.getTime()));
        e.ours.push(ours);
        if (courierEta) {
          e.courier.push(hours(Math.abs(courierEta.getTime() - parcel.deliveredAt!.getTime())));
          e.oursWhereCourier.push(ours);
        }
        if (parcel.deliveryWindowEnd) {
          e.windowed++;
          const late = parcel.deliveredAt! > parcel.deliveryWindowEnd;
          if (predicted.lateForWindow === late) e.lateFlagRight++;
          if (!late) e.windowKept++;
        }
      }
    }
  }
  const machine = await machineDescription(url);
  await handle.close();

  const row = (name: string, e: Errors) =>
    `| ${name} | ${e.ours.length} | ${f1(mean(e.ours))} | ${f1(median(e.ours))} | ${e.courier.length} | ${f1(mean(e.oursWhereCourier))} | ${f1(mean(e.courier))} | ${e.windowed ? `${((100 * e.lateFlagRight) / e.windowed).toFixed(0)} %` : "–"} |`;
  const markdown = `## Arrival prediction (\`npm run bench:eta\`)

Run: ${new Date().toISOString()} with \`npm run bench:eta -- --customers ${options.customers} --seed ${options.seed} --held-back ${options.heldBack}\`: the demo world seeded in ${seeded.toFixed(0)} s into its own PostgreSQL database; ${delivered.length.toLocaleString("en")} delivered parcels, the transit times learned from those delivered before ${cutoff.toISOString()} (${times.length} buckets), the latest ${heldBack.length.toLocaleString("en")} held back and every scan of theirs before the delivery predicted as it would have been then.
Machine: ${machine}.

Absolute error in hours against the real delivery scan. "Courier" is the latest ETA the courier had sent by that scan (the demo's couriers send one with the pick-up, a flat two to four days); the two columns beside it compare on the same scans. "Late flag right": share of scans of parcels with a delivery window at which \`lateForWindow\` said rightly whether the delivery would miss the window.

| scan status | scans | ours: mean | ours: median | scans with a courier ETA | ours there: mean | courier: mean | late flag right |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${[...byStatus.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([status, e]) => row(status, e)).join("\n")}
${row("**all**", all)}
`;
  console.log(markdown);
  if (options.write) writeResultsSection("eta", markdown);
}

await main();
