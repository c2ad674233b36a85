import { spawn, type ChildProcessByStdio } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * `npm start` as a newcomer meets it: an empty embedded database, the demo world, and the banner
 * of demo tokens. The banner's promises must hold (the dealer's customer count is what the dealer
 * sees; the supplier has a report to show), and no JSON log line may land inside it.
 */
describe("npm start on a fresh machine", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cdp-start-"));
  let child: ChildProcessByStdio<null, Readable, Readable>;
  let stdout = "";
  let banner: { url: string; tokens: Map<string, { label: string; token: string }> };

  beforeAll(async () => {
    // What `npm start` runs, from the suite's build with plain Node (the same code tsx would
    // transform at every start; shutdown.test.ts runs `npm start` itself): one process, so the
    // SIGTERM of afterAll ends it.
    child = spawn(process.execPath, [join(inject("build"), "main.js")], {
      env: { ...process.env, NODE_ENV: "development", PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner within 90 s:\n${stdout}`)), 90_000);
      child.stdout.on("data", () => {
        // The banner ends with the courier's token and a blank line.
        if (/\n {2}COURIER .*\n {2}\S+\n\n/.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${stdout}`)));
    });
    const url = /Customer-data platform at (\S+)/.exec(stdout)![1]!;
    const tokens = new Map<string, { label: string; token: string }>();
    for (const m of stdout.matchAll(/\n {2}([A-Z]+) +(.*)\n {2}(eyJ\S+)/g)) tokens.set(m[1]!, { label: m[2]!, token: m[3]! });
    banner = { url, tokens };
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const query = async (role: string, text: string) => {
    const response = await fetch(banner.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${banner.tokens.get(role)!.token}` },
      body: JSON.stringify({ query: text }),
    });
    return (await response.json()) as { data: Record<string, any>; errors?: unknown[] };
  };

  it("prints the banner in one block after the ready line, every other line a JSON log line", () => {
    const lines = stdout.split("\n");
    const start = lines.findIndex((line) => line.startsWith("Customer-data platform at "));
    const end = lines.findIndex((line, i) => i > start && /^ {2}eyJ/.test(line) && lines[i - 1]!.startsWith("  COURIER"));
    expect(start).toBeGreaterThan(0);
    for (const line of [...lines.slice(0, start), ...lines.slice(end + 1)].filter((l) => l.trim() !== "")) {
      expect(() => JSON.parse(line), line).not.toThrow();
    }
    for (const line of lines.slice(start, end + 1)) expect(line.startsWith("{"), line).toBe(false);
    const logged = lines.slice(0, start).filter((l) => l.startsWith("{")).map((l) => JSON.parse(l).msg);
    expect(logged).toContain("platform ready");
    expect([...banner.tokens.keys()]).toEqual(["ADMIN", "AGENT", "DEALER", "SUPPLIER", "CUSTOMER", "COURIER"]);
  });

  it("tells the dealer's customer count as the dealer's own customer list counts it", async () => {
    const claimed = Number(/, (\d+) customers\)$/.exec(banner.tokens.get("DEALER")!.label)![1]);
    const seen = await query("DEALER", "{ customers(first: 1) { totalCount } }");
    expect(seen.data.customers.totalCount).toBe(claimed);
  });

  it("gives the demo supplier a sales report with rows the README's example shows", async () => {
    for (const groupBy of ["[MONTH]", "[REGION]", "[PRODUCT]"]) {
      const report = await query("SUPPLIER", `{ supplierSalesReport(filter: { groupBy: ${groupBy} }) { rows { units customerCount } totalUnits } }`);
      expect(report.errors, groupBy).toBeUndefined();
      expect(report.data.supplierSalesReport.rows.length, groupBy).toBeGreaterThan(0);
      for (const row of report.data.supplierSalesReport.rows) expect(row.customerCount).toBeGreaterThanOrEqual(5);
    }
  });
});
