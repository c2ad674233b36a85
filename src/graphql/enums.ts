import type { PgEnum } from "drizzle-orm/pg-core";
import { registerEnumType } from "type-graphql";

/** The values of an enum object made by `enumOf`, as a union type. */
export type EnumValue<E> = E[keyof E];

/**
 * A GraphQL enum whose values are the database enum's: the data model is the one list, so the
 * API cannot offer a value the database refuses, nor miss one it holds.
 */
export function enumOf<const T extends [string, ...string[]]>(
  databaseEnum: PgEnum<T>,
  // Descriptions are required: the schema is the documentation clients read (test/platform/docs.test.ts).
  options: { name: string; description: string; valuesConfig: { [K in T[number]]: { description: string } } },
): { readonly [K in T[number]]: K } {
  const values = Object.fromEntries(databaseEnum.enumValues.map((value) => [value, value])) as { [K in T[number]]: K };
  registerEnumType(values, options);
  return values;
}
