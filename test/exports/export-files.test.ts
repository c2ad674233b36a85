import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, headerOf, lineOf } from "../../src/exports/export-format.js";
import { exportLinks } from "../../src/exports/export-url.js";
import { auditedFilter, revivedFilter, storedFilter } from "../../src/exports/stored-request.js";

describe("bulk export files, links and stored filters", () => {
  it("writes CSV fields quoted only when needed and NDJSON with nulls, each round-tripping", () => {
    const columns = ["id", "name", "total", "missing"];
    const cells = ["C1", 'Wang, "Lao"\nLi', 1200, null];
    expect(csvField('a"b')).toBe('"a""b"');
    const csv = headerOf("CSV", columns) + lineOf("CSV", columns, cells);
    expect(parse(csv, { columns: true })).toEqual([{ id: "C1", name: 'Wang, "Lao"\nLi', total: "1200", missing: "" }]);
    expect(headerOf("NDJSON", columns)).toBe("");
    expect(JSON.parse(lineOf("NDJSON", columns, cells))).toEqual({ id: "C1", name: 'Wang, "Lao"\nLi', total: 1200, missing: null });
  });

  it("signs links that verify until they expire, and refuses another export's, an altered or a malformed one", () => {
    const links = exportLinks("s".repeat(32), 60);
    const now = Date.parse("2031-01-01T00:00:00Z");
    const { url, expiresAt } = links.sign("e1", now);
    const query = new URL(url, "http://x").searchParams;
    const [expires, signature] = [query.get("expires")!, query.get("signature")!];
    expect(expiresAt.getTime()).toBe(now + 60_000);
    expect(links.verify("e1", expires, signature, now + 59_000)).toBe("VALID");
    expect(links.verify("e1", expires, signature, now + 60_000)).toBe("EXPIRED");
    expect(links.verify("e2", expires, signature, now)).toBe("INVALID");
    expect(links.verify("e1", String(Number(expires) + 1), signature, now)).toBe("INVALID");
    expect(links.verify("e1", expires, undefined, now)).toBe("INVALID");
    expect(links.verify("e1", "soon", signature, now)).toBe("INVALID");
    expect(exportLinks("t".repeat(32), 60).verify("e1", expires, signature, now)).toBe("INVALID");
  });

  it("keeps a filter's dates as dates through the database, and leaves search terms out of the audit", () => {
    const filter = { city: "Shanghai", search: "wang", createdAfter: new Date("2030-01-02T03:04:05.678Z"), statuses: ["OPEN"] };
    const stored = storedFilter(filter)!;
    expect(stored.createdAfter).toEqual({ $date: "2030-01-02T03:04:05.678Z" });
    expect(revivedFilter(JSON.parse(JSON.stringify(stored)))).toEqual(filter);
    expect(auditedFilter(stored)).toEqual({ ...stored, search: "(given)" });
    expect(storedFilter(null)).toBeNull();
  });
});
