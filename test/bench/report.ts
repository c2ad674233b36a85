/** The view benchmark's section of RESULTS.md: summary per shape and server, ratios against the goals, and every round. */
import type { Figures, ServerName } from "./drive.js";
import type { Scenario } from "./scenarios.js";

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Per scenario key and server, one Figures per round. */
export type Results = Map<string, Map<ServerName, Figures[]>>;

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const statementsOf = (f: Figures[]) => (f.every((x) => x.statements !== null) ? fixed(median(f.map((x) => x.statements!))) : "–");

/** The summary row of one server in one shape. */
export function summaryRow(label: string, f: Figures[]): string {
  return `| ${label} | ${mean(f.map((x) => x.rps)).toFixed(0)} | ${median(f.map((x) => x.p50))} | ${median(f.map((x) => x.p99))} | ${f.reduce((a, x) => a + x.errors, 0)} | ${statementsOf(f)} | ${fixed(median(f.map((x) => x.serverCpu)))} | ${fixed(median(f.map((x) => x.databaseCpu)))} | ${Math.max(...f.map((x) => x.rssPeak)).toFixed(0)} / ${mean(f.map((x) => x.rssMean)).toFixed(0)} |`;
}

export const SUMMARY_HEADER = [
  "| server | req/s (mean) | p50 ms (median) | p99 ms (median) | errors | statements/req (median) | server CPU ms/req | database CPU ms/req | RSS MiB (peak / mean) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
];

export function viewSection(scenarios: Scenario[], results: Results, labels: Record<ServerName, string>, heading: { run: string; machine: string; setup: string }): string {
  const lines = ["## The read path against PostGraphile v5 and a hand-written server", "", heading.run, "", `Machine: ${heading.machine}.`, "", heading.setup, ""];
  const ratios: string[] = [];
  for (const s of scenarios) {
    const r = results.get(s.key)!;
    lines.push(`### ${s.name}`, "");
    if (s.note) lines.push(`${s.note[0]!.toUpperCase()}${s.note.slice(1)}.`, "");
    lines.push(...SUMMARY_HEADER);
    for (const t of s.targets) lines.push(summaryRow(labels[t.server.name], r.get(t.server.name)!));
    lines.push("");
    const ours = r.get("ours")!;
    for (const other of s.targets.map((t) => t.server.name).filter((n) => n !== "ours")) {
      const theirs = r.get(other)!;
      const ratio = mean(ours.map((x) => x.rps)) / mean(theirs.map((x) => x.rps));
      const p99 = median(ours.map((x) => x.p99)) / median(theirs.map((x) => x.p99));
      const goal = s.goals[other as Exclude<ServerName, "ours">];
      const verdict = goal ? ` (target ≥ ${goal.rps}×${goal.p99 ? " and p99 no worse" : ""}: ${ratio >= goal.rps && (!goal.p99 || p99 <= 1) ? "met" : "missed"})` : " (no target)";
      ratios.push(`- ${s.name}: ours/${labels[other]} throughput **${fixed(ratio)}×**, p99 ${fixed(p99)}×${verdict}`);
    }
  }
  lines.push("### Ratios", "", ...ratios, "");
  lines.push("### Every round", "", "req/s and p99 ms of each run, in the order the rounds ran (the first server rotates from round to round).", "");
  const rounds = Math.max(...[...results.values()].flatMap((m) => [...m.values()].map((f) => f.length)));
  lines.push(`| shape | server | ${Array.from({ length: rounds }, (_, i) => `round ${i + 1}`).join(" | ")} |`, `| --- | --- |${" ---: |".repeat(rounds)}`);
  for (const s of scenarios) {
    for (const t of s.targets) {
      const f = results.get(s.key)!.get(t.server.name)!;
      lines.push(`| ${s.key} | ${labels[t.server.name]} | ${f.map((x) => `${x.rps.toFixed(0)} / ${x.p99}`).join(" | ")} |`);
    }
  }
  const list = results.get("list");
  if (list) {
    lines.push("", "### Server memory under the list-page load", "", "VmRSS of each server process, sampled every 200 ms while it served the list page (all rounds).", "");
    lines.push("| server | peak MiB | mean MiB |", "| --- | ---: | ---: |");
    for (const [name, f] of list) lines.push(`| ${labels[name]} | ${Math.max(...f.map((x) => x.rssPeak)).toFixed(0)} | ${mean(f.map((x) => x.rssMean)).toFixed(0)} |`);
    const [ours, theirs] = [list.get("ours"), list.get("theirs")];
    if (ours && theirs) lines.push("", `Peak RSS ours/PostGraphile = **${fixed(Math.max(...ours.map((x) => x.rssPeak)) / Math.max(...theirs.map((x) => x.rssPeak)))}×** (target ≤ 1×).`);
  }
  lines.push(
    "",
    "Statements per request are the Query and Execute messages each server sent to PostgreSQL during the run (counted on its sockets by `count-statements.mjs`, preloaded into every server; BEGIN/COMMIT and our batched audit INSERTs count), divided by the requests. CPU per request is read from /proc: the server process, and the PostgreSQL backends of its pool. On a shared virtual machine absolute figures move with the neighbours: compare servers within one run.",
  );
  return lines.join("\n");
}
