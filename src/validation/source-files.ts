import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { eachCsvRecord } from "./csv.js";

/** A record of an import file and where it starts: the CSV row (the header is row 1) or the NDJSON line. */
export interface FileRecord<T> {
  position: number;
  data: T;
}

export interface UnreadableLine {
  position: number;
  message: string;
}

/** A CSV row's known columns by field, named as source systems export them (case-insensitive); blank values are left out. */
export type Columns<F extends string> = Partial<Record<F, string>>;

/**
 * The records of a .csv or .ndjson/.jsonl file (one object per line, an unreadable line reported
 * by number), in file order. A CSV has a header row; with `names` each row reaches `fromCsv` as
 * its known columns' values by field, read as arrays and mapped through the header once (a
 * million rows as objects keyed by every column cost more in garbage collection than the
 * import's own work); without, as an object of every column (people keep unknown columns).
 */
export function readSourceFile<T>(path: string, fromCsv: (rows: Record<string, string>[]) => FileRecord<T>[]): { records: FileRecord<T>[]; unreadable: UnreadableLine[] };
export function readSourceFile<T, F extends string>(path: string, fromCsv: (rows: Columns<F>[]) => FileRecord<T>[], names: Record<string, F>): { records: FileRecord<T>[]; unreadable: UnreadableLine[] };
export function readSourceFile<T, F extends string>(path: string, fromCsv: (rows: never[]) => FileRecord<T>[], names?: Record<string, F>): { records: FileRecord<T>[]; unreadable: UnreadableLine[] } {
  const text = readFileSync(path, "utf8");
  const kind = extname(path).toLowerCase();
  if (kind === ".csv") {
    if (!names) return { records: fromCsv(parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: false }) as never[]), unreadable: [] };
    // Each row mapped as it is read: no array of every row's every column is kept (eachCsvRecord says why).
    let fields: (F | undefined)[] | undefined;
    const mapped: Columns<F>[] = [];
    eachCsvRecord(text, (row) => {
      if (!fields) {
        fields = row.map((column) => names[column.trim().toLowerCase()]);
        return;
      }
      const value: Columns<F> = {};
      for (let i = 0; i < row.length; i++) {
        const field = fields[i];
        const trimmed = field ? row[i]!.trim() : "";
        if (trimmed) value[field!] = trimmed;
      }
      mapped.push(value);
    });
    return { records: fromCsv(mapped as never[]), unreadable: [] };
  }
  if (kind === ".ndjson" || kind === ".jsonl") {
    const records: FileRecord<T>[] = [];
    const unreadable: UnreadableLine[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const value = JSON.parse(line) as unknown;
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
        records.push({ position: i + 1, data: value as T });
      } catch (error) {
        unreadable.push({ position: i + 1, message: `not a JSON object (${(error as Error).message})` });
      }
    });
    return { records, unreadable };
  }
  throw new Error(`${path}: expected a .csv, .ndjson or .jsonl file`);
}

/** A file of flat records (interactions, sales): one record per CSV row, its columns named as `names` says. */
export const readFlatFile = <T, F extends string>(path: string, names: Record<string, F>) =>
  readSourceFile<T, F>(path, (rows) => rows.map((data, i) => ({ position: i + 2, data: data as T })), names);
