import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { badInput } from "../errors.js";

const dialect = new PgDialect();

/**
 * One value as a SQL literal. Strings are quoted the standard way (a quote doubled; with
 * standard_conforming_strings, on by default in PostgreSQL and PGlite and required here, a
 * backslash is an ordinary character and `$$` means nothing inside quotes), so a rule value can
 * neither end its literal nor start a statement. Arrays become a quoted array literal whose
 * elements are double-quoted with `"` and `\` escaped, as array_in reads them.
 */
export function sqlLiteral(value: unknown, field: string): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw badInput(field, "A number must be finite");
    return String(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return quoted(value.toISOString(), field);
  if (typeof value === "string") return quoted(value, field);
  if (Array.isArray(value)) {
    const elements = value.map((element) => (element === null ? "NULL" : `"${String(element).replace(/[\\"]/g, (c) => `\\${c}`)}"`));
    return quoted(`{${elements.join(",")}}`, field);
  }
  throw badInput(field, "A value of this kind cannot be stored in a rule");
}

function quoted(text: string, field: string): string {
  // PostgreSQL text cannot hold NUL; refusing it here names the field instead of failing a write later.
  if (text.includes("\u0000")) throw badInput(field, "Text may not contain NUL characters");
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A condition as self-contained SQL text: drizzle's placeholders ($1, $2...) replaced by their
 * values as literals, so PostgreSQL can evaluate it later, inside a trigger, with no parameters
 * at hand. The placeholders are the only `$n` drizzle writes outside identifiers and literals it
 * quoted itself; a value cannot add one, as values never enter the text before they are quoted.
 */
export function inlinedSql(condition: SQL, field: string): string {
  const { sql: text, params } = dialect.sqlToQuery(condition);
  const literals = params.map((param) => sqlLiteral(param, field));
  let out = "";
  let i = 0;
  // Walk the text once, copying quoted identifiers and literals as they are, replacing $n outside them.
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = closing(text, i, c);
      out += text.slice(i, end);
      i = end;
    } else if (c === "$" && /\d/.test(text[i + 1] ?? "")) {
      let j = i + 1;
      while (j < text.length && /\d/.test(text[j]!)) j++;
      const index = Number(text.slice(i + 1, j)) - 1;
      if (index < 0 || index >= literals.length) throw new Error(`placeholder $${index + 1} without a value`);
      out += literals[index];
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index just past the quoted run starting at `start` (a doubled quote stays inside). */
function closing(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
