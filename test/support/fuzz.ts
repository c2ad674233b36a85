import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/** mulberry32: a small seeded PRNG, so that a failing case can be replayed from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof prng>;

const NASTY_STRINGS = [
  "",
  " ",
  "'; drop table customers; --",
  "%",
  "_",
  "\\",
  "null",
  "a\u0000b",
  "😀漢字",
  "x".repeat(5000),
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "2026-13-45",
  "+861380000000",
  "Q3VzdG9tZXI6bm90LWEtdXVpZA",
];
const NASTY_NUMBERS = [0, -1, 1, 2, 99, 100, 101, 250, 251, 2147483647, -2147483648, 2147483648, 1.5, Number.MAX_SAFE_INTEGER];
const DATES = ["2026-03-01T00:00:00.000Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "yesterday", ""];
const LOCAL_DATES = ["1988-04-12", "2026-02-29", "0000-00-00", "1988-4-1"];

export interface FuzzContext {
  random: Random;
  /** Real global ids to draw from, by type name. */
  ids: Record<string, string[]>;
  /** The object types an interface may be. */
  schemaPossible: (type: GraphQLNamedType) => readonly GraphQLObjectType[];
}

function scalarValue(ctx: FuzzContext, type: GraphQLNamedType, argName: string, valid: boolean): unknown {
  const { random } = ctx;
  if (!valid && random.chance(0.5)) return random.pick<unknown>([random.pick(NASTY_STRINGS), random.pick(NASTY_NUMBERS), true, { a: 1 }, [1, 2]]);
  if (isEnumType(type)) return valid ? random.pick(type.getValues()).value : "NOT_A_VALUE";
  switch (type.name) {
    case "ID": {
      const typed = Object.entries(ctx.ids).find(([name]) => argName.toLowerCase().startsWith(name.toLowerCase()))?.[1];
      const all = Object.values(ctx.ids).flat();
      return random.chance(0.7) ? random.pick(typed?.length ? typed : all) : random.pick(NASTY_STRINGS);
    }
    case "String":
      return random.chance(0.5) ? `fuzz ${random.int(0, 1e6)}` : random.pick(NASTY_STRINGS);
    case "Int":
      return random.chance(0.5) ? random.int(0, 20) : random.pick(NASTY_NUMBERS);
    case "Float":
      return random.chance(0.5) ? random.next() * 100 : random.pick(NASTY_NUMBERS);
    case "Boolean":
      return random.chance(0.5);
    case "DateTime":
      return random.pick(DATES);
    case "LocalDate":
      return random.pick(LOCAL_DATES);
    case "JSONObject":
      return { any: random.pick(NASTY_STRINGS) };
    default:
      return random.pick(NASTY_STRINGS);
  }
}

/** A value for an input type: usually of the right shape, sometimes not (`valid` false). */
export function inputValue(ctx: FuzzContext, type: GraphQLInputType, name: string, valid: boolean, depth = 0): unknown {
  const { random } = ctx;
  if (isNonNullType(type)) return !valid && random.chance(0.1) ? null : inputValue(ctx, type.ofType, name, valid, depth);
  if (random.chance(valid ? 0.15 : 0.25)) return null;
  if (isListType(type)) {
    const length = random.chance(0.03) ? 251 : random.int(0, 3);
    return Array.from({ length }, () => inputValue(ctx, type.ofType as GraphQLInputType, name, valid, depth + 1));
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return null;
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!isNonNullType(field.type) && random.chance(0.5)) continue;
      value[field.name] = inputValue(ctx, field.type, field.name, valid && random.chance(0.95), depth + 1);
    }
    if (!valid && random.chance(0.3)) value.unknownField = 1;
    return value;
  }
  return scalarValue(ctx, type as GraphQLNamedType, name, valid);
}

function argumentsOf(ctx: FuzzContext, args: readonly GraphQLArgument[], variables: Record<string, unknown>, definitions: string[], valid: boolean): string {
  const parts: string[] = [];
  for (const arg of args) {
    if (!isNonNullType(arg.type) && ctx.random.chance(0.4)) continue;
    const variable = `v${definitions.length}`;
    // Declared with the argument's own type, or, when fuzzing, sometimes with a wrong one.
    const declared = !valid && ctx.random.chance(0.2) ? ctx.random.pick(["String", "Int!", "[ID]", "Boolean"]) : String(arg.type);
    definitions.push(`$${variable}: ${declared}`);
    variables[variable] = inputValue(ctx, arg.type, arg.name, valid);
    parts.push(`${arg.name}: $${variable}`);
  }
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** A selection on an output type, a few fields wide and a few levels deep. */
function selectionOf(ctx: FuzzContext, type: GraphQLNamedType, depth: number, variables: Record<string, unknown>, definitions: string[], valid: boolean): string {
  const { random } = ctx;
  if (isLeafType(type)) return "";
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = isUnionType(type) ? type.getTypes() : ctx.schemaPossible(type);
    const fragment = possible.length && depth < 3 ? `... on ${random.pick(possible).name} ${selectionOf(ctx, random.pick(possible), depth, variables, definitions, valid) || "{ __typename }"}` : "";
    return `{ __typename ${isInterfaceType(type) ? "id" : ""} ${fragment} }`;
  }
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields());
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  for (let i = random.int(1, 3); i > 0; i--) chosen.add(random.pick(fields));
  const parts: string[] = [];
  for (const field of chosen) {
    const named = getNamedType(field.type);
    if (!isLeafType(named) && depth >= 3) continue;
    const args = argumentsOf(ctx, field.args, variables, definitions, valid);
    parts.push(`${field.name}${args} ${selectionOf(ctx, named, depth + 1, variables, definitions, valid)}`);
  }
  if (!valid && random.chance(0.05)) parts.push("notAField");
  return `{ __typename ${parts.join(" ")} }`;
}

const SLOW_FIELDS = new Set(["login", "registerCustomer", "resetPassword"]);

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** One operation on a random root field, with random arguments and a random selection. */
export function generateOperation(ctx: FuzzContext, schema: GraphQLSchema): FuzzOperation {
  const { random } = ctx;
  const valid = random.chance(0.6);
  const roots = [
    ["query", schema.getQueryType()!, 0.6],
    ["mutation", schema.getMutationType()!, 0.38],
    ["subscription", schema.getSubscriptionType()!, 0.02],
  ] as const;
  const roll = random.next();
  const [keyword, root] = roll < 0.6 ? roots[0] : roll < 0.98 ? roots[1] : roots[2];
  // Password hashing is slow by design (a quarter second): those mutations are drawn less often.
  const fields = Object.values(root.getFields()).filter((f) => !SLOW_FIELDS.has(f.name) || random.chance(0.1));
  const field = random.pick(fields);
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args = argumentsOf(ctx, field.args, variables, definitions, valid);
  const selection = selectionOf(ctx, getNamedType(field.type), 1, variables, definitions, valid);
  const header = definitions.length ? `(${definitions.join(", ")})` : "";
  return { query: `${keyword} Fuzz${header} { ${field.name}${args} ${selection} }`, variables };
}
