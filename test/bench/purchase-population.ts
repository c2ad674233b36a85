/**
 * A seeded population of customers and their orders for the prediction benchmarks (`npm run
 * bench:recommend`) and tests, with patterns the platform code does not know in advance:
 *
 * - consumables bought on each customer's own rhythm: the interval after a purchase is gamma
 *   distributed around the customer's mean, which is the product's pack life times a household
 *   factor (shared by all the customer's consumables: a family of five empties everything faster)
 *   times a factor of the customer's own for that category; bigger packs and two units last longer;
 * - products that replace each other: the brands of one consumable category, a favourite and now
 *   and then another one (the rhythm follows the category, not the brand);
 * - co-purchase chains: a head product followed by its companions within weeks, each with its own
 *   chance and delay (a camera → a memory card → a bag; a child seat → a seat protector → a sunshade);
 * - returns: a faulty item sent back and bought again a few days later (the returned one was never
 *   used, the rhythm goes on from the replacement); cancelled orders; noise purchases;
 * - customers who join late and customers who stop buying.
 *
 * Everything comes from the seed given (its own, not the demo world's `src/seed/`), and from the
 * setting's parameters; `SETTINGS.dense` and `SETTINGS.sparse` are the two the evaluation reports.
 * `generatePopulation` is pure; `writePopulation` puts it into the platform's own tables
 * (customers, categories, products, orders, order lines, returns) set-based, in batches, and can
 * cut the history at a date: what happened before the cut is written, the purchases of the
 * `testDays` after it are returned as the test set.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Executor, rows } from "../../src/db/client.js";

const DAY = 86_400_000;

export interface PurchaseSetting {
  name: string;
  /** Days of history before `end`. */
  historyDays: number;
  /** Consumable categories a customer buys regularly: at least, at most. */
  consumables: [number, number];
  /** Standard deviation of the household factor (log scale), shared by all of a customer's consumables. */
  householdSpread: number;
  /** Standard deviation of the customer × category factor (log scale). */
  categorySpread: number;
  /** Gamma shape of a customer's intervals, drawn per customer between these (higher: more regular). */
  regularity: [number, number];
  /** Chance that a purchase in a replaceable category is another brand than the favourite. */
  switchChance: number;
  /** Chance that a consumable purchase is two units (which then last twice as long). */
  doubleChance: number;
  /** Chains started per customer per year. */
  chainsPerYear: number;
  /** One-off purchases of unrelated products per customer per year. */
  noisePerYear: number;
  /** Chance that a purchase is faulty, returned and bought again. */
  returnChance: number;
  /** Chance per order that it is cancelled (an extra order that was never delivered). */
  cancelChance: number;
  /** Share of customers who join during the history (uniformly) rather than at its start. */
  lateJoiners: number;
  /** Share of customers who stop buying at a random time. */
  churners: number;
}

export const SETTINGS: Record<"dense" | "sparse", PurchaseSetting> = {
  dense: {
    name: "dense",
    historyDays: 540,
    consumables: [2, 3],
    householdSpread: 0.5,
    categorySpread: 0.3,
    regularity: [8, 20],
    switchChance: 0.15,
    doubleChance: 0.08,
    chainsPerYear: 0.6,
    noisePerYear: 2,
    returnChance: 0.03,
    cancelChance: 0.02,
    lateJoiners: 0.2,
    churners: 0.1,
  },
  sparse: {
    name: "sparse",
    historyDays: 365,
    consumables: [1, 2],
    householdSpread: 0.5,
    categorySpread: 0.3,
    regularity: [6, 16],
    switchChance: 0.2,
    doubleChance: 0.08,
    chainsPerYear: 0.3,
    noisePerYear: 1,
    returnChance: 0.03,
    cancelChance: 0.02,
    lateJoiners: 0.5,
    churners: 0.2,
  },
};

export interface CatalogCategory {
  slug: string;
  name: string;
  /** Its products are brands of one consumable: they replace each other. */
  replaceable: boolean;
}

export interface CatalogProduct {
  index: number;
  sku: string;
  name: string;
  brand: string;
  category: number;
  priceMinor: number;
  /** Days one unit lasts an average household (consumables only). */
  packDays: number | null;
}

export interface Purchase {
  customer: number;
  product: number;
  quantity: number;
  /** Milliseconds since the epoch. */
  at: number;
  /** Sent back (faulty) three days later. */
  returned: boolean;
}

export interface GeneratedOrder {
  customer: number;
  at: number;
  cancelled: boolean;
  lines: Purchase[];
}

export interface Population {
  seed: number;
  settings: PurchaseSetting[];
  end: number;
  categories: CatalogCategory[];
  products: CatalogProduct[];
  customers: number;
  /** Per customer, the setting index it was drawn with. */
  settingOf: (customer: number) => PurchaseSetting;
  /** Every order, customer by customer, in time order. */
  orders: GeneratedOrder[];
}

/** mulberry32: small, fast and good enough for a simulation; one stream per customer keeps customers independent of each other. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  // Marsaglia–Tsang for shape ≥ 1, boosted below 1.
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = next();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const poisson = (mean: number) => {
    let k = 0;
    let p = Math.exp(-mean);
    let s = p;
    const u = next();
    while (u > s && k < 1000) {
      k++;
      p *= mean / k;
      s += p;
    }
    return k;
  };
  return {
    next,
    normal,
    gamma,
    poisson,
    between: (min: number, max: number) => min + (max - min) * next(),
    int: (min: number, max: number) => min + Math.floor((max - min + 1) * next()),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}

/** Consumables: [slug, name, typical days a pack lasts (jittered by the seed), brands]. */
const CONSUMABLES: [string, string, number, string[]][] = [
  ["coffee", "Coffee beans", 21, ["Yunnan Roast", "Morning Bean", "Hill Crest"]],
  ["detergent", "Laundry detergent", 45, ["Blue Wave", "FreshFold", "Lotus Clean"]],
  ["diapers", "Diapers", 12, ["SoftStep", "Little Cloud", "BabyDry"]],
  ["pet-food", "Dry cat food", 30, ["Whisker", "Purr Plus", "Tiger Bowl"]],
  ["shampoo", "Shampoo", 50, ["Silk Leaf", "Herbal Spring", "Aqua Hair"]],
  ["toothpaste", "Toothpaste", 40, ["Pearl White", "Mint Guard"]],
  ["razor-blades", "Razor blades", 35, ["EdgeOne", "SmoothPro"]],
  ["water-filter", "Water filter cartridge", 90, ["ClearTap", "PureFlow"]],
  ["tea", "Green tea", 28, ["Longjing Gold", "West Lake", "Bamboo Leaf"]],
  ["vitamins", "Vitamins", 60, ["VitaDay", "Daily Sun"]],
  ["printer-ink", "Printer ink", 75, ["InkJet Pro", "ColourMax"]],
  ["motor-oil", "Motor oil", 150, ["Dragon Lube", "RoadGuard"]],
];

/** Chains: the head, then companions with [chance, mean delay in days]. */
const CHAINS: [string, string, [string, number, number][]][] = [
  ["cameras", "Mirrorless camera", [["Memory card 128 GB", 0.7, 7], ["Camera bag", 0.5, 25], ["Spare battery", 0.3, 40]]],
  ["laptops", "Laptop 14\"", [["Wireless mouse", 0.6, 5], ["Laptop sleeve", 0.4, 15], ["USB-C dock", 0.25, 30]]],
  ["child-seats", "Child car seat", [["Seat protector", 0.5, 10], ["Car sunshade", 0.35, 20]]],
  ["bicycles", "City bicycle", [["Bike helmet", 0.6, 3], ["Bike lock", 0.5, 8], ["Bike lights", 0.3, 30]]],
  ["phones", "Smartphone", [["Phone case", 0.7, 2], ["Screen protector", 0.5, 6], ["Wireless charger", 0.25, 35]]],
  ["dashcams", "Dashcam", [["Dashcam memory card", 0.6, 4], ["Hardwire kit", 0.3, 14]]],
  ["coffee-machines", "Espresso machine", [["Milk frother", 0.4, 12], ["Descaler", 0.5, 60]]],
];

const NOISE = ["Umbrella", "Desk lamp", "Yoga mat", "Board game", "Travel mug", "Notebook set", "Picture frame", "Scented candle", "Power bank", "Cushion", "Plant pot", "Sunglasses", "Backpack", "Tool kit", "Bluetooth speaker", "Water bottle", "Kitchen scale", "Socks (5 pairs)", "Phone tripod", "Puzzle 1000 pieces"];

function catalogue(seed: number): { categories: CatalogCategory[]; products: CatalogProduct[]; chains: { head: number; companions: { product: number; chance: number; delay: number }[] }[]; consumables: number[][]; noise: number[] } {
  const r = random(seed ^ 0x5eed);
  const categories: CatalogCategory[] = [];
  const products: CatalogProduct[] = [];
  const add = (category: number, name: string, brand: string, priceMinor: number, packDays: number | null) => {
    const index = products.length;
    products.push({ index, sku: `PP-${String(index).padStart(4, "0")}`, name, brand, category, priceMinor, packDays });
    return index;
  };
  const consumables: number[][] = [];
  for (const [slug, name, days, brands] of CONSUMABLES) {
    const category = categories.push({ slug: `pp-${slug}`, name, replaceable: true }) - 1;
    const base = days * Math.exp(0.25 * r.normal());
    consumables.push(brands.map((brand) => add(category, `${brand} ${name.toLowerCase()}`, brand, r.int(20, 300) * 100, Math.round(base * r.between(0.75, 1.3) * 10) / 10)));
  }
  const chains = CHAINS.map(([slug, head, companions]) => {
    const category = categories.push({ slug: `pp-${slug}`, name: `${head}s and accessories`, replaceable: false }) - 1;
    return {
      head: add(category, head, "Bench", r.int(1000, 9000) * 100, null),
      companions: companions.map(([name, chance, delay]) => ({ product: add(category, name, "Bench", r.int(50, 600) * 100, null), chance, delay })),
    };
  });
  const misc = categories.push({ slug: "pp-misc", name: "Home and leisure", replaceable: false }) - 1;
  const noise = NOISE.map((name) => add(misc, name, "Bench", r.int(30, 500) * 100, null));
  return { categories, products, chains, consumables, noise };
}

/**
 * The population: `customers` customers drawn round-robin from `settings` (pass both to mix them),
 * their history ending at `end`.
 */
export function generatePopulation(options: { customers: number; settings: PurchaseSetting[]; seed: number; end?: Date }): Population {
  const { customers, settings, seed } = options;
  const end = (options.end ?? new Date("2026-09-01T00:00:00Z")).getTime();
  const { categories, products, chains, consumables, noise } = catalogue(seed);
  const orders: GeneratedOrder[] = [];
  for (let customer = 0; customer < customers; customer++) {
    const s = settings[customer % settings.length]!;
    const r = random((seed * 1_000_003 + customer * 7919) >>> 0);
    const historyStart = end - s.historyDays * DAY;
    const joined = r.chance(s.lateJoiners) ? historyStart + r.next() * s.historyDays * DAY * 0.9 : historyStart;
    const stops = r.chance(s.churners) ? joined + r.next() * (end - joined) : end;
    const purchases: Purchase[] = [];
    const buy = (product: number, at: number, quantity = 1) => {
      if (at < joined || at >= stops) return;
      const faulty = r.chance(s.returnChance);
      purchases.push({ customer, product, quantity, at, returned: faulty });
      // The faulty one goes back; the same is bought again a few days later.
      if (faulty) purchases.push({ customer, product, quantity, at: at + r.between(3, 8) * DAY, returned: false });
    };
    const household = s.householdSpread * r.normal();
    const shape = r.between(...s.regularity);
    const categoriesBought = r.int(...s.consumables);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(categoriesBought, consumables.length)) chosen.add(r.int(0, consumables.length - 1));
    for (const c of chosen) {
      const brands = consumables[c]!;
      const favourite = r.pick(brands);
      const factor = Math.exp(household + s.categorySpread * r.normal());
      let at = joined + r.next() * (products[favourite]!.packDays! * factor);
      while (at < stops) {
        const product = brands.length > 1 && r.chance(s.switchChance) ? r.pick(brands.filter((b) => b !== favourite)) : favourite;
        const quantity = r.chance(s.doubleChance) ? 2 : 1;
        buy(product, at, quantity);
        const bought = purchases.at(-1);
        const from = bought && bought.product === product && bought.at > at ? bought.at : at;
        at = from + (r.gamma(shape) / shape) * products[product]!.packDays! * factor * quantity * DAY;
      }
    }
    const years = s.historyDays / 365;
    for (let n = r.poisson(s.chainsPerYear * years); n > 0; n--) {
      const chain = r.pick(chains);
      const at = joined + r.next() * (end - joined);
      buy(chain.head, at);
      for (const companion of chain.companions) if (r.chance(companion.chance)) buy(companion.product, at + companion.delay * Math.exp(0.5 * r.normal()) * DAY);
    }
    for (let n = r.poisson(s.noisePerYear * years); n > 0; n--) buy(r.pick(noise), joined + r.next() * (end - joined));

    // Purchases of the same day go into one order; a returned item has an order of its own.
    purchases.sort((a, b) => a.at - b.at);
    const firstOrder = orders.length;
    let current: GeneratedOrder | null = null;
    for (const p of purchases) {
      if (p.at >= end) continue;
      if (!current || p.returned || current.lines.some((l) => l.returned || l.product === p.product) || Math.floor(p.at / DAY) !== Math.floor(current.at / DAY)) {
        current = { customer, at: p.at, cancelled: false, lines: [] };
        orders.push(current);
      }
      current.lines.push(p);
    }
    // Cancelled orders: extra orders that never arrived (the customer bought nothing then).
    const placed = orders.length;
    for (let n = r.poisson(s.cancelChance * (purchases.length || 1)); n > 0; n--) {
      const at = joined + r.next() * (Math.min(end, stops) - joined);
      orders.push({ customer, at, cancelled: true, lines: [{ customer, product: r.pick(products).index, quantity: 1, at, returned: false }] });
    }
    if (orders.length > placed) {
      const mine = orders.splice(firstOrder);
      mine.sort((a, b) => a.at - b.at);
      orders.push(...mine);
    }
  }
  return { seed, settings, end, categories, products, customers, settingOf: (c) => settings[c % settings.length]!, orders };
}

export interface WrittenPopulation {
  /** Customer number → the platform's customer id. */
  customerIds: string[];
  /** Product index → the platform's product id. */
  productIds: string[];
  /** Category index → the platform's category id. */
  categoryIds: string[];
  /** Orders and lines written (before the cut). */
  orders: number;
  lines: number;
  /** Purchases (delivered, not returned) in [cut, cut + testDays): what a prediction at the cut is judged against. */
  test: Purchase[];
  cut: number;
}

/**
 * Writes the population into the platform's tables, every order placed before `cut` (default:
 * the end of the history) and its returns; returns the test set of the `testDays` after the cut.
 * Inserts go `batch` orders at a time through json_to_recordset (one statement per table and
 * batch), on PGlite as on PostgreSQL; the write triggers run as they would for an import.
 */
export async function writePopulation(
  db: Executor,
  population: Population,
  options: { cut?: Date; testDays?: number; batch?: number; onBatch?: (done: number) => void } = {},
): Promise<WrittenPopulation> {
  const cut = options.cut?.getTime() ?? population.end;
  const testEnd = cut + (options.testDays ?? 30) * DAY;
  const batch = options.batch ?? 5_000;
  const uuid = () => crypto.randomUUID();
  const json = (value: unknown) => sql`${JSON.stringify(value)}::json`;

  const supplier = await first(db, sql`insert into suppliers (id, code, name, country) values (gen_random_uuid(), 'PP-SUPPLIER', 'Bench supplier', 'CN')
    on conflict (code) do update set name = excluded.name returning id`);
  const supplierId = supplier.id as string;
  const categoryIds: string[] = [];
  for (const c of population.categories) {
    const row = await first(db, sql`insert into product_categories (id, slug, name) values (gen_random_uuid(), ${c.slug}, ${c.name})
      on conflict (slug) do update set name = excluded.name returning id`);
    categoryIds.push(row.id as string);
  }
  const productIds: string[] = [];
  for (const p of population.products) {
    const row = await first(db, sql`insert into products (id, sku, name, brand, brand_kind, category_id, supplier_id, price_minor)
      values (gen_random_uuid(), ${p.sku}, ${p.name}, ${p.brand}, 'NATIONAL', ${categoryIds[p.category]!}, ${supplierId}, ${p.priceMinor})
      on conflict (sku) do update set name = excluded.name returning id`);
    productIds.push(row.id as string);
  }

  const customerIds = Array.from({ length: population.customers }, uuid);
  const startOf = new Map<number, number>();
  for (const o of population.orders) if (!startOf.has(o.customer)) startOf.set(o.customer, o.at);
  for (let from = 0; from < customerIds.length; from += batch) {
    const rows = customerIds.slice(from, from + batch).map((id, i) => ({
      id,
      name: `Bench buyer ${from + i}`,
      created: new Date(Math.min(startOf.get(from + i) ?? population.end, population.end) - DAY).toISOString(),
    }));
    await db.execute(sql`insert into customers (id, display_name, created_at)
      select id, name, created from json_to_recordset(${json(rows)}) as t(id uuid, name text, created timestamptz)`);
  }

  const test: Purchase[] = [];
  let written = 0;
  let lines = 0;
  const pending: GeneratedOrder[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const orderRows: object[] = [];
    const lineRows: object[] = [];
    const returnRows: object[] = [];
    const returnLineRows: object[] = [];
    for (const o of pending) {
      const id = uuid();
      const total = o.lines.reduce((sum, l) => sum + population.products[l.product]!.priceMinor * l.quantity, 0);
      const returned = o.lines.some((l) => l.returned);
      orderRows.push({
        id,
        number: `PP-${population.seed}-${written++}`,
        customer: customerIds[o.customer],
        status: o.cancelled ? "CANCELLED" : returned ? "RETURNED" : "DELIVERED",
        total,
        placed: new Date(o.at).toISOString(),
        delivered: o.cancelled ? null : new Date(o.at + 2 * DAY).toISOString(),
      });
      const returnId = returned ? uuid() : null;
      if (returnId) returnRows.push({ id: returnId, order: id, customer: customerIds[o.customer], requested: new Date(o.at + 3 * DAY).toISOString(), received: new Date(o.at + 5 * DAY).toISOString() });
      for (const l of o.lines) {
        const p = population.products[l.product]!;
        const lineId = uuid();
        lineRows.push({ id: lineId, order: id, product: productIds[l.product], sku: p.sku, name: p.name, quantity: l.quantity, price: p.priceMinor, total: p.priceMinor * l.quantity });
        if (returnId && l.returned) returnLineRows.push({ ret: returnId, line: lineId, quantity: l.quantity });
        lines++;
      }
    }
    pending.length = 0;
    await db.execute(sql`insert into orders (id, number, customer_id, channel, status, payment_method, delivery_option, subtotal_minor, total_minor, placed_at, delivered_at)
      select id, number, customer, 'WEB', status::order_status, 'CARD', 'STANDARD', total, total, placed, delivered
      from json_to_recordset(${json(orderRows)}) as t(id uuid, number text, customer uuid, status text, total int, placed timestamptz, delivered timestamptz)`);
    await db.execute(sql`insert into order_lines (id, order_id, product_id, sku, name, quantity, unit_price_minor, total_minor)
      select id, "order", product, sku, name, quantity, price, total
      from json_to_recordset(${json(lineRows)}) as t(id uuid, "order" uuid, product uuid, sku text, name text, quantity int, price int, total int)`);
    if (returnRows.length) {
      await db.execute(sql`insert into returns (id, order_id, customer_id, status, reason, requested_at, received_at)
        select id, "order", customer, 'CLOSED', 'Faulty', requested, received
        from json_to_recordset(${json(returnRows)}) as t(id uuid, "order" uuid, customer uuid, requested timestamptz, received timestamptz)`);
      await db.execute(sql`insert into return_lines (return_id, order_line_id, quantity)
        select ret, line, quantity from json_to_recordset(${json(returnLineRows)}) as t(ret uuid, line uuid, quantity int)`);
    }
    options.onBatch?.(written);
  };
  for (const o of population.orders) {
    if (o.at >= cut) {
      if (o.at < testEnd && !o.cancelled) for (const l of o.lines) if (!l.returned) test.push(l);
      continue;
    }
    pending.push(o);
    if (pending.length >= batch) await flush();
  }
  await flush();
  return { customerIds, productIds, categoryIds, orders: written, lines, test, cut };
}

async function first(db: Executor, query: SQL): Promise<Record<string, unknown>> {
  const [row] = await rows<Record<string, unknown>>(db, query);
  if (!row) throw new Error("expected a row");
  return row;
}
