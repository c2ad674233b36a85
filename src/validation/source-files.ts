import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";

/** A record of an import file and where it starts: the CSV row (the header is row 1) or the NDJSON line. */
export interface FileRecord<T> {
  position: number;
  data: T;
}

export interface UnreadableLine {
  position: number;
  message: string;
}

/**
 * The records of a .csv (header row; `fromCsv` turns its rows into records) or .ndjson/.jsonl
 * file (one object per line, an unreadable line reported by number), in file order.
 */
export function readSourceFile<T>(path: string, fromCsv: (rows: Record<string, string>[]) => FileRecord<T>[]): { records: FileRecord<T>[]; unreadable: UnreadableLine[] } {
  const text = readFileSync(path, "utf8");
  const kind = extname(path).toLowerCase();
  if (kind === ".csv") {
    const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: false }) as Record<string, string>[];
    return { records: fromCsv(rows), unreadable: [] };
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

/** A CSV row's values by field, its columns named as source systems export them (case-insensitive); blank values are left out. */
export function columnsOf<F extends string>(row: Record<string, string>, names: Record<string, F>): Partial<Record<F, string>> {
  const value: Partial<Record<F, string>> = {};
  for (const [column, raw] of Object.entries(row)) {
    const field = names[column.trim().toLowerCase()];
    if (field && raw.trim()) value[field] = raw.trim();
  }
  return value;
}

/** A file of flat records: one record per CSV row. */
export const rowPerRecord =
  <F extends string>(names: Record<string, F>) =>
  (rows: Record<string, string>[]): FileRecord<Partial<Record<F, string>>>[] =>
    rows.map((row, i) => ({ position: i + 2, data: columnsOf(row, names) }));
