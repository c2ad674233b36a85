/**
 * Bounds on JSON input values (the JSONObject scalar). Code that walks such values (identity
 * normalisation, hashing, storage) may recurse, so a value is measured here first, with an
 * explicit stack: a value nested thousands of levels deep is refused, not a stack overflow.
 */
export const JSON_LIMITS = {
  /** Levels of nested objects and arrays; the object itself is level 1. */
  depth: 10,
  /** Values in all (every key's value and every array item counts once). */
  values: 1_000,
  /** Characters of all keys and strings together. */
  characters: 32_768,
} as const;

/** What is wrong with a JSON value, or undefined when it is within JSON_LIMITS. */
export function jsonProblem(value: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  let values = 0;
  let characters = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (++values > JSON_LIMITS.values) return `A JSON value holds at most ${JSON_LIMITS.values} values.`;
    if (typeof current === "string") characters += current.length;
    else if (current !== null && typeof current === "object") {
      if (depth > JSON_LIMITS.depth) return `A JSON value nests at most ${JSON_LIMITS.depth} levels deep.`;
      if (Array.isArray(current)) {
        for (const item of current) stack.push({ value: item, depth: depth + 1 });
      } else {
        for (const [key, item] of Object.entries(current)) {
          characters += key.length;
          stack.push({ value: item, depth: depth + 1 });
        }
      }
    }
    if (characters > JSON_LIMITS.characters) return `A JSON value holds at most ${JSON_LIMITS.characters} characters of keys and text.`;
  }
  return undefined;
}

export const JSON_BOUNDS_TEXT = `At most ${JSON_LIMITS.depth} levels deep, ${JSON_LIMITS.values} values and ${JSON_LIMITS.characters} characters of keys and text.`;
