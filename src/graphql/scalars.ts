import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/** ISO-8601 instant with offset, e.g. 2026-05-01T08:30:00.000Z. */
export const DateTime = DateTimeResolver;
/** Calendar date without time, e.g. 1984-02-29. */
export const LocalDate = LocalDateResolver;

export { JSONObjectResolver as JSONObject } from "graphql-scalars";
