import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, headerOf, lineOf } from "../../src/exports/export-format.js";
import { exportLinks } from "../../src/exports/export-url.js";
import { auditedFilter, revivedFilter, storedFilter } from "../../src/exports/stored-request.js";
import { eachCsvRecord } from "../../src/validation/csv.js";

const records = (text: string) => {
  const out: { fields: string[]; line: number }[] = [];
  eachCsvRecord(text, (fields, line) => out.push({ fields: [...fields], line }));
  return out;
};

describe("reading CSV (the history imports' files)", () => {
  it("reads what csv-parse reads: quotes, doubled quotes, commas and line breaks in quotes, CRLF, CR, a BOM, empty lines", () => {
    const text = '\ufeffid,name,note\r\n1,"Wang, ""Lao"" Li","two\nlines"\r\n\r\n2,Zhao,\r\n3,"",x\r\n4,plain,"end"';
    const expected = parse(text, { skip_empty_lines: true, bom: true, trim: false }) as string[][];
    expect(expected).toHaveLength(5);
    expect(records(text).map((r) => r.fields)).toEqual(expected);
    expect(records(text).map((r) => r.line)).toEqual([1, 2, 5, 6, 7]);
    // Any line end, as long as quoted line breaks stay inside their field.
    for (const end of ["\n", "\r"]) expect(records(text.replaceAll("\r\n", end)).map((r) => r.fields)).toEqual(expected);
  });

  it("refuses a record of another width, an unterminated quote and text after a closing quote, naming the line", () => {
    expect(() => records("a,b\n1,2\n3\n")).toThrow(/expected 2 fields, got 1 on line 3/);
    expect(() => records('a,b\n1,"open\n')).toThrow(/Unterminated quoted field starting on line 2/);
    expect(() => records('a,b\n"x"y,2\n')).toThrow(/closing quote on line 2/);
    expect(records("")).toEqual([]);
  });
});

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
