import type { Cell, ExportFormat } from "./export-rows.js";

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; null is an empty field. */
export function csvField(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The file's first line: CSV's header; NDJSON has none (every line names its fields). */
export function headerOf(format: ExportFormat, columns: readonly string[]): string {
  return format === "CSV" ? `${columns.map(csvField).join(",")}\r\n` : "";
}

/** One row as a line of the file. */
export function lineOf(format: ExportFormat, columns: readonly string[], cells: readonly Cell[]): string {
  if (format === "CSV") return `${cells.map(csvField).join(",")}\r\n`;
  const object: Record<string, Cell> = {};
  for (let i = 0; i < columns.length; i++) object[columns[i]!] = cells[i]!;
  return `${JSON.stringify(object)}\n`;
}

export const contentTypeOf = (format: ExportFormat): string => (format === "CSV" ? "text/csv; charset=utf-8" : "application/x-ndjson");
export const extensionOf = (format: ExportFormat): string => (format === "CSV" ? "csv" : "ndjson");
