import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, runtimeImports, sourceFiles, unitOf, type RuntimeImport } from "../support/imports.js";

/**
 * Which part of src/ may import which at run time (src/README.md, "Layout"). A unit is a folder
 * under src/ or a file directly in it. Floors run from the ground up: a unit may import units on
 * lower floors only, never one on its own floor or above. So the lower layers name no domain,
 * a domain names only the domains below it, and only the composition (context, schema, server,
 * reactions...) sees them all. A higher domain's reaction to a lower one's change goes through a
 * hook the lower one declares and the composition wires (src/reactions.ts). `import type` is
 * erased by the compiler and does not count.
 */
const FLOORS: readonly (readonly string[])[] = [
  // Foundation: no imports of their own from src/ but each other.
  ["errors.ts", "config.ts", "logger.ts", "metrics.ts", "tracing.ts"],
  ["db", "redis"],
  ["auth", "validation", "pubsub", "bootstrap.ts", "jobs", "outbox"],
  ["graphql"],
  // Domains, the lower ones first.
  ["organisations", "audit"],
  ["catalog", "customers", "tracking"],
  ["vehicles", "interactions"],
  ["service", "orders", "identity", "predictions"],
  ["privacy", "analytics", "leads", "exports", "activity", "webhooks"],
  ["recommendations", "campaigns"],
  // Composition: the only code that names every domain.
  // The prediction models' rebuild steps, run by the seed and the CLI.
  ["models.ts"],
  ["context.ts", "projections.ts", "reactions.ts", "schema.ts", "http-errors.ts", "seed", "schedules.ts"],
  ["websocket.ts"],
  ["server.ts"],
  ["cli"],
  ["main.ts"],
];

const root = resolve(import.meta.dirname, "../..");
const floorOf = new Map(FLOORS.flatMap((units, floor) => units.map((unit) => [unit, floor] as const)));

/** The imports that break the floors, as "file:line imports specifier (from → to)". */
function layeringViolations(imports: readonly RuntimeImport[]): string[] {
  return imports.flatMap((edge) => {
    const from = unitOf(edge.from);
    const to = unitOf(edge.to);
    if (from === to) return [];
    const [a, b] = [floorOf.get(from), floorOf.get(to)];
    if (a === undefined || b === undefined) return [];
    if (b < a) return [];
    const why = b === a ? "on the same floor" : "on a higher floor";
    return [`${edge.from}:${edge.line} imports "${edge.specifier}" (${from} → ${to}, ${why})`];
  });
}

describe("architecture: which part of src/ may import which", () => {
  const files = sourceFiles(root);
  const imports = files.flatMap((file) => runtimeImports(root, file));

  it("places every folder and top-level file of src/ on a floor", () => {
    const units = [...new Set(files.map(unitOf))].sort();
    expect(units.filter((unit) => !floorOf.has(unit))).toEqual([]);
    expect([...floorOf.keys()].filter((unit) => !units.includes(unit))).toEqual([]);
  });

  it("has no runtime import from a unit to one on its own floor or above", () => {
    expect(layeringViolations(imports)).toEqual([]);
  });

  it("has no runtime import cycle between folders", () => {
    const graph = new Map<string, Set<string>>();
    for (const edge of imports) {
      const [from, to] = [unitOf(edge.from), unitOf(edge.to)];
      if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
    expect(cycles(graph)).toEqual([]);
  });

  it("has no runtime import cycle between files", () => {
    const graph = new Map<string, Set<string>>();
    for (const edge of imports) graph.set(edge.from, (graph.get(edge.from) ?? new Set()).add(edge.to));
    expect(cycles(graph)).toEqual([]);
  });

  it("names the file, the line and the import that breaks a floor", () => {
    // The import that tied the event bus to tracking before the bus was handed its reader.
    const upward: RuntimeImport = { from: "src/pubsub/event-bus.ts", to: "src/tracking/committed-since.ts", specifier: "../tracking/committed-since.js", line: 4 };
    expect(layeringViolations([upward])).toEqual(['src/pubsub/event-bus.ts:4 imports "../tracking/committed-since.js" (pubsub → tracking, on a higher floor)']);
    const sideways: RuntimeImport = { from: "src/orders/x.ts", to: "src/identity/y.ts", specifier: "../identity/y.js", line: 1 };
    expect(layeringViolations([sideways])).toEqual(['src/orders/x.ts:1 imports "../identity/y.js" (orders → identity, on the same floor)']);
  });

  it("reads imports as the compiler does: type-only ones are erased, re-exports count", () => {
    // Pinned on real files of src/ whose imports are known, so that a change of the reader cannot silently blind the rule.
    const of = (file: string) => runtimeImports(root, file).map((edge) => edge.to);
    // Only `import type` there.
    expect(of("src/tracking/shipments-moved.ts")).toEqual([]);
    // A value import next to an `import type`.
    expect(of("src/reactions.ts")).toEqual(["src/activity/activity.service.ts", "src/identity/profile-record.ts", "src/interactions/interaction-history.service.ts", "src/orders/history-build.ts", "src/service/visit-history.service.ts", "src/orders/orders.service.ts", "src/vehicles/sale-history.service.ts"]);
    // `export * from` ties the barrel to every table file.
    expect(of("src/db/schema/index.ts")).toContain("src/db/schema/customers.ts");
  });

  it("loads reflect-metadata first in every entry point that package.json runs", () => {
    // type-graphql's decorators need it before any class loads; `npm run seed` once failed for want of it.
    const scripts = Object.values((JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts);
    const entries = [...new Set(scripts.flatMap((script) => script.match(/src\/[\w/-]+\.ts/g) ?? []))];
    expect(entries).toEqual(expect.arrayContaining(["src/main.ts", "src/cli/seed.ts"]));
    const missing = entries.filter((entry) => !/^import "reflect-metadata";/.test(readFileSync(resolve(root, entry), "utf8")));
    expect(missing).toEqual([]);
  });
});
