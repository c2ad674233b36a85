import { badInput } from "../errors.js";

/**
 * The profile fields a template may name. A small closed set: what a greeting needs, nothing a
 * message should not carry (no contact data, no identifiers).
 */
export const TEMPLATE_FIELDS = ["givenName", "familyName", "displayName", "organisationName", "tier"] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];
export type TemplateValues = Partial<Record<TemplateField, string | null>>;

type Part = { text: string } | { field: TemplateField; fallback: string | null };
export interface Template {
  parts: Part[];
  fields: TemplateField[];
}

/**
 * `{{ field }}` or `{{ field | fallback text }}`; `\{{` is a literal `{{`. Nothing else is
 * syntax: no expressions, loops or calls, so a template cannot reach beyond the named fields.
 * A malformed or unknown placeholder is BAD_USER_INPUT on `at`, with its position.
 */
export function parseTemplate(source: string, at: string): Template {
  const parts: Part[] = [];
  let text = "";
  let i = 0;
  while (i < source.length) {
    if (source.startsWith("\\{{", i)) {
      text += "{{";
      i += 3;
      continue;
    }
    if (!source.startsWith("{{", i)) {
      text += source[i];
      i += 1;
      continue;
    }
    const end = source.indexOf("}}", i + 2);
    if (end < 0) throw badInput(at, `Unclosed placeholder at position ${i + 1}: close it with }} (write \\{{ for a literal {{)`);
    const inside = source.slice(i + 2, end);
    const bar = inside.indexOf("|");
    const name = (bar < 0 ? inside : inside.slice(0, bar)).trim();
    if (!(TEMPLATE_FIELDS as readonly string[]).includes(name)) {
      throw badInput(at, `Unknown field {{${name.slice(0, 40)}}} at position ${i + 1}; known: ${TEMPLATE_FIELDS.join(", ")}`);
    }
    if (inside.includes("{{")) throw badInput(at, `A placeholder cannot contain another (position ${i + 1})`);
    if (text) parts.push({ text });
    text = "";
    parts.push({ field: name as TemplateField, fallback: bar < 0 ? null : inside.slice(bar + 1).trim() });
    i = end + 2;
  }
  if (text) parts.push({ text });
  return { parts, fields: [...new Set(parts.flatMap((p) => ("field" in p ? [p.field] : [])))] };
}

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A profile value as it goes into a message: control characters (line breaks that would split an
 * SMS, escape sequences) become spaces; in an HTML email body the value is HTML-escaped, so a
 * name cannot add markup. The template's own text is the author's and stays as written.
 */
export function escapeValue(value: string, html: boolean): string {
  // eslint-disable-next-line no-control-regex
  const plain = value.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return html ? plain.replace(/[&<>"']/g, (c) => HTML[c]!) : plain;
}

/** The message for one customer, or the first field it needs and the profile lacks (no fallback given). */
export function render(template: Template, values: TemplateValues, html: boolean): { text: string } | { missing: TemplateField } {
  let out = "";
  for (const part of template.parts) {
    if ("text" in part) {
      out += part.text;
      continue;
    }
    const value = values[part.field]?.trim();
    if (value) out += escapeValue(value, html);
    else if (part.fallback !== null) out += part.fallback;
    else return { missing: part.field };
  }
  return { text: out };
}
