/**
 * A filter as stored with its export (jsonb) and back: GraphQL inputs hold Dates, which JSON would
 * turn into text the filters no longer compare as dates, so they travel as `{ "$date": iso }`.
 */
export function storedFilter(filter: object | null | undefined): Record<string, unknown> | null {
  if (!filter) return null;
  return JSON.parse(
    JSON.stringify(filter, function (this: Record<string, unknown>, key, value) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : value;
    }),
  ) as Record<string, unknown>;
}

export function revivedFilter(stored: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!stored) return null;
  return JSON.parse(JSON.stringify(stored), (_key, value: unknown) => {
    const date = value && typeof value === "object" && !Array.isArray(value) ? (value as { $date?: unknown }).$date : undefined;
    return typeof date === "string" && Object.keys(value as object).length === 1 ? new Date(date) : value;
  }) as Record<string, unknown>;
}

/** The filter as the audit log records it: free-text search terms (a name, a phone number) are personal data, so only their presence is kept. */
export function auditedFilter(stored: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!stored) return null;
  const { search, ...rest } = stored;
  return search == null ? rest : { ...rest, search: "(given)" };
}
