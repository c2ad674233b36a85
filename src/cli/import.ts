import "reflect-metadata";
import { Presets, SingleBar } from "cli-progress";
import { Command } from "commander";
import type { Principal } from "../auth/principal.js";
import { openConfiguredDatabase } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { readRecordFile } from "../identity/import-file.js";
import { ingestSourceRecords, MAX_RECORDS_PER_BATCH, type IngestSummary } from "../identity/ingest.service.js";
import { reactions } from "../reactions.js";
import { importHistoryFile, type HistoryFileKind } from "./import-history.js";
import { runCli } from "./run.js";

const program = new Command("import")
  .description("Import a source system's people (CSV with a header row, or NDJSON) into the identity graph, or with --orders / --visits / --interactions / --vehicle-sales its historical orders, service visits, interactions or vehicle sales")
  .requiredOption("--source <name>", "the source system, e.g. webshop, hotline, dealer-sh-01")
  .option("--orders", "the file holds historical orders (CSV: one row per order line, grouped by transaction id; NDJSON: one order per line)")
  .option("--visits", "the file holds historical service visits (CSV: one row per part or labour item, grouped by visit id; NDJSON: one visit per line)")
  .option("--interactions", "the file holds historical interactions: calls, emails, visits, complaints (CSV: one row per interaction; NDJSON: one per line)")
  .option("--vehicle-sales", "the file holds historical vehicle sales and ownership periods (CSV: one row per sale; NDJSON: one per line)")
  .option("--batch <n>", `records per batch (1 to ${MAX_RECORDS_PER_BATCH})`, (v) => Number(v), MAX_RECORDS_PER_BATCH)
  .argument("<file>", "a .csv, .ndjson or .jsonl file")
  .parse();

const options = program.opts<{ source: string; batch: number; orders?: boolean; visits?: boolean; interactions?: boolean; vehicleSales?: boolean }>();
const [file] = program.args as [string];
/** Whoever runs this has the database's credentials: they act as an administrator. */
const OPERATOR: Principal = { role: "ADMIN", subject: "cli:import" };
const SHOWN_REJECTIONS = 20;

runCli(async () => {
  if (!Number.isInteger(options.batch) || options.batch < 1 || options.batch > MAX_RECORDS_PER_BATCH) {
    throw new Error(`--batch must be 1 to ${MAX_RECORDS_PER_BATCH}`);
  }
  const config = loadConfig();
  const kinds = (["orders", "visits", "interactions", "vehicleSales"] as const).filter((k) => options[k]);
  if (kinds.length > 1) throw new Error("--orders, --visits, --interactions, --vehicle-sales: one kind of file at a time");
  if (kinds.length === 1) {
    const kind: HistoryFileKind = kinds[0] === "vehicleSales" ? "sales" : kinds[0]!;
    const database = await openConfiguredDatabase(config);
    try {
      await importHistoryFile(kind, { db: database.db, operator: OPERATOR, config, source: options.source }, file, options.batch);
    } finally {
      await database.close();
    }
    return;
  }
  const { records, unreadable } = readRecordFile(file);
  const database = await openConfiguredDatabase(config);
  const totals: IngestSummary = { created: 0, matched: 0, updated: 0, unchanged: 0, merged: 0, rejected: unreadable.length };
  const rejections = unreadable.map((u) => `line ${u.position}: ${u.message}`);
  const warnings: string[] = [];
  let keptWithout = 0;
  /** row 4 (C-3): BAD_USER_INPUT phones.0 */
  const where = (position: number, sourceId: string | null, code: string, field: string) =>
    `${file.endsWith(".csv") ? "row" : "line"} ${position}${sourceId ? ` (${sourceId})` : ""}: ${code} ${field.replace(/^input\.records\.\d+\.?/, "") || "record"}`;
  const bar = new SingleBar({ format: `importing ${options.source} [{bar}] {percentage}% | {value}/{total} records | {duration}s` }, Presets.shades_classic);
  const started = Date.now();
  try {
    bar.start(records.length, 0);
    for (let offset = 0; offset < records.length; offset += options.batch) {
      const batch = records.slice(offset, offset + options.batch);
      const result = await ingestSourceRecords(database.db, OPERATOR, { source: options.source, records: batch.map((b) => b.record) }, config.identity, reactions.identityRelinked);
      for (const key of ["created", "matched", "updated", "unchanged", "merged", "rejected"] as const) totals[key] += result.summary[key];
      for (const r of result.rejected) rejections.push(`${where(batch[r.index]!.position, r.sourceId, r.code, r.field)}: ${r.message}`);
      for (const r of result.records) {
        if (r.warnings.length) keptWithout++;
        for (const w of r.warnings) warnings.push(`${where(batch[r.index]!.position, r.sourceId, w.code, w.field)}: ${w.message}`);
      }
      bar.update(offset + batch.length);
    }
  } finally {
    bar.stop();
    await database.close();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${options.source}: ${records.length + unreadable.length} records in ${seconds.toFixed(1)} s — created ${totals.created}, matched ${totals.matched}, ` +
      `updated ${totals.updated}, unchanged ${totals.unchanged}, merged ${totals.merged}, rejected ${totals.rejected}, ` +
      `kept without an invalid value ${keptWithout}`,
  );
  // A record kept without a bad VIN or phone is still worth fixing at the source: each dropped value is listed.
  for (const line of warnings.slice(0, SHOWN_REJECTIONS)) console.log(`  dropped ${line}`);
  if (warnings.length > SHOWN_REJECTIONS) console.log(`  ... and ${warnings.length - SHOWN_REJECTIONS} more dropped values`);
  for (const line of rejections.slice(0, SHOWN_REJECTIONS)) console.log(`  rejected ${line}`);
  if (rejections.length > SHOWN_REJECTIONS) console.log(`  ... and ${rejections.length - SHOWN_REJECTIONS} more`);
});
