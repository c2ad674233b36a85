import { and, eq, gte, lt, type SQL } from "drizzle-orm";
import { interactions } from "../db/schema/index.js";
import { oneOf } from "../db/patterns.js";
import { given, rangeEnd, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import type { InteractionFilter } from "./interactions.types.js";

/**
 * Customer.interactions' filter: its values as themselves (the loader), or bound per request (the
 * compiled read path, one statement per filterShape; a range's order is checked as it is bound).
 */
export function interactionConditions(filter: InteractionFilter, value: FilterValues<InteractionFilter> = valuesOf(filter)): SQL | undefined {
  return and(
    given(filter.channels) ? oneOf(interactions.channel, value((f) => f.channels!)) : undefined,
    given(filter.types) ? oneOf(interactions.type, value((f) => f.types!)) : undefined,
    given(filter.direction) ? eq(interactions.direction, value((f) => f.direction!)) : undefined,
    given(filter.from) ? gte(interactions.occurredAt, value((f) => f.from!)) : undefined,
    given(filter.to) ? lt(interactions.occurredAt, value((f) => rangeEnd(f.from, f.to!, "filter.to", "to must be later than from"))) : undefined,
  );
}
