import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { identityLinks, sourceRecords } from "../../src/db/schema/index.js";
import { runScript } from "../support/cli.js";
import { migratedDataDir } from "../support/database.js";
import { describePlatformOn } from "../support/suite.js";

const CSV = `source_id,given_name,family_name,email,phone,address,city,postcode,birthday,loyalty
C-1,Mei,Lin,Mei.Lin@example.com,138 0013 8000,1 Nanjing Road,Shanghai,200001,1990-04-01,gold
C-2,LIN,mei,mei.lin@EXAMPLE.com ,,,,,,
C-3,Bad,Phone,,12,,,,,
C-4,Jun,Zhou,jun.zhou@example.com;jz@example.com,,,,,,silver
`;

const NDJSON = `{"sourceId":"N-1","givenName":"Mei","familyName":"Lin","phones":["+8613800138000"]}
{"sourceId": "N-2", broken
{"sourceId":"N-3","givenName":"Hua","familyName":"Qian","birthday":"1979-12-31","vins":[]}
`;

// The DATA_DIR path of the import command; order-history-cli.test.ts covers its DATABASE_URL path.
describePlatformOn("pglite", "npm run import", (platform) => {
  it("imports a CSV and an NDJSON file with a summary, matches across them, and a re-run changes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cdp-import-"));
    writeFileSync(join(dir, "people.csv"), CSV);
    writeFileSync(join(dir, "people.ndjson"), NDJSON);
    const env = platform().kind === "postgres"
      ? { ...process.env, DATABASE_URL: platform().database.url!, LOG_LEVEL: "silent" }
      : { ...process.env, DATABASE_URL: "", DATA_DIR: await migratedDataDir(join(dir, "data")), LOG_LEVEL: "silent" };
    const importFile = async (source: string, file: string) =>
      (await runScript("src/cli/import.ts", ["--source", source, join(dir, file)], { env })).stdout;

    const csv = await importFile("dealer-sh-01", "people.csv");
    // A bad phone costs the record its phone, not the record.
    expect(csv).toMatch(/4 records in .* created 3, matched 1, updated 0, unchanged 0, merged 0, rejected 0, kept without an invalid value 1/);
    expect(csv).toMatch(/dropped row 4 \(C-3\): INVALID_PHONE phones\.0: /);
    const ndjson = await importFile("app", "people.ndjson");
    expect(ndjson).toMatch(/created 1, matched 1, .* rejected 1/);
    expect(ndjson).toContain("rejected line 2: not a JSON object");
    expect(await importFile("dealer-sh-01", "people.csv")).toMatch(/created 0, matched 0, updated 0, unchanged 4, merged 0, rejected 0/);

    const handle = platform().kind === "postgres" ? platform().database : await openDatabase({ dataDir: join(dir, "data", "pglite") });
    try {
      const linked = await handle.db
        .select({ sourceId: sourceRecords.sourceId, customerId: identityLinks.customerId, payload: sourceRecords.payload })
        .from(sourceRecords)
        .innerJoin(identityLinks, eq(identityLinks.sourceRecordId, sourceRecords.id));
      const of = (id: string) => linked.find((l) => l.sourceId === id)!;
      expect(of("C-2").customerId).toBe(of("C-1").customerId);
      expect(of("N-1").customerId).toBe(of("C-1").customerId);
      expect(of("N-3").customerId).not.toBe(of("C-1").customerId);
      expect(of("C-3").payload).toMatchObject({ givenName: "Bad", phones: ["12"] });
      expect(of("C-1").payload).toMatchObject({ attributes: { loyalty: "gold" }, emails: ["Mei.Lin@example.com"] });
      expect(of("C-4").payload).toMatchObject({ emails: ["jun.zhou@example.com", "jz@example.com"] });
    } finally {
      if (platform().kind === "pglite") await handle.close();
    }
  }, 120_000);
});
