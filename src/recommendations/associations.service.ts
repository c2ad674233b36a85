import { sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { productScope } from "../catalog/catalog.policy.js";
import { rows, type Database, type Executor } from "../db/client.js";
import { products } from "../db/schema/index.js";
import { badInput } from "../errors.js";

/**
 * The co-purchase measure (README): over customers, not orders, so that a purchase that leads to
 * the next one weeks later (a camera, then a memory card) counts like a basket. For products A
 * and B, with N customers with any purchase, n(A) buyers of A and n(A,B) buyers of both:
 * support = n(A,B) / N, confidence(A → B) = n(A,B) / n(A), lift = confidence / (n(B) / N).
 * A pair is shown when at least MIN_PAIR_CUSTOMERS customers bought both and lift > MIN_LIFT,
 * ordered by confidence, then lift.
 */
export const MIN_PAIR_CUSTOMERS = 3;
export const MIN_LIFT = 1;
/** How many associations of each product Customer.recommendations starts from (product_pair_tops): the most Product.boughtTogether lists. */
export const PAIRS_PER_SEED = 50;
/** The window of "popular" and "what a tier buys" (product_popularity), in days before the refresh. */
export const POPULARITY_WINDOW_DAYS = 90;

/** The pair passes the thresholds: the SQL both readers share (pp: product_pairs, a/b: product_buyers of each side, t: the totals). */
export const pairShown = sql.raw(`pp.customers >= ${MIN_PAIR_CUSTOMERS} and pp.customers::float8 * t.customers > ${MIN_LIFT}::float8 * a.customers * b.customers`);
export const confidenceOf = sql.raw(`(pp.customers::float8 / a.customers)`);
export const liftOf = sql.raw(`(pp.customers::float8 * t.customers / (a.customers::float8 * b.customers))`);

export interface AssociationRow {
  source_id: string;
  product_id: string;
  customers: number;
  support: number;
  confidence: number;
  lift: number;
}

/** How many associations Product.boughtTogether gives at most. */
export const MAX_ASSOCIATIONS = 50;

/** The `first` argument's rule, shared by both paths: the compiled one refuses the binding and the resolver answers with this error. */
export function checkedAssociations(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_ASSOCIATIONS) throw badInput("first", `first must be between 1 and ${MAX_ASSOCIATIONS}`);
  return first;
}

/**
 * The first `first` associations of the product `sourceId` (an SQL expression: the loader's
 * unnested id, or the compiled path's correlated `products.id`), best first: the associated
 * products on sale within the caller's catalog scope (withdrawn ones never), numbered `n` in that
 * order. The associated product is checked in a subquery of its own, so `sourceId` may name the
 * caller's `products` row.
 */
export function associationRows(principal: Principal, sourceId: SQL, first: SQL): SQL {
  const scope = productScope(principal);
  return sql`select pp.other_product_id as product_id, pp.customers, pp.customers::float8 / t.customers as support,
      ${confidenceOf} as confidence, ${liftOf} as lift, row_number() over (order by ${confidenceOf} desc, ${liftOf} desc, pp.other_product_id) as n
    from product_pairs pp
    join product_buyers a on a.product_id = pp.product_id
    join product_buyers b on b.product_id = pp.other_product_id
    cross join product_buyer_totals t
    where pp.product_id = ${sourceId} and ${pairShown}
      and exists (select 1 from ${products} where ${products.id} = pp.other_product_id and ${products.active}${scope ? sql` and ${scope}` : sql``})
    order by ${confidenceOf} desc, ${liftOf} desc, pp.other_product_id
    limit ${first}`;
}

/** The associations of each product asked about, one statement per batch. */
export async function associationsOf(db: Database, principal: Principal, productIds: readonly string[], first: number): Promise<Map<string, AssociationRow[]>> {
  const found = await rows<AssociationRow>(
    db,
    sql`select k.source_id, r.* from unnest(${sql.param([...productIds])}::uuid[]) k(source_id)
      cross join lateral (${associationRows(principal, sql`k.source_id`, sql`${first}::int`)}) r order by k.source_id, r.n`,
  );
  const bySource = new Map<string, AssociationRow[]>();
  for (const row of found) {
    const list = bySource.get(row.source_id) ?? [];
    list.push({ ...row, customers: Number(row.customers), support: Number(row.support), confidence: Number(row.confidence), lift: Number(row.lift) });
    bySource.set(row.source_id, list);
  }
  return bySource;
}

/**
 * Rebuilds every co-purchase count from the orders (cancelled left out) and the popularity of the
 * POPULARITY_WINDOW_DAYS up to `now` (default: now, or the newest order if older), in one transaction. The counts' tables are locked
 * first, so an order placed meanwhile waits and is counted by its own trigger after the rebuild,
 * never lost or counted twice. `npm run models:refresh` calls it (daily: it also corrects what the
 * trigger does not follow, cancellations, merges and erasures). With the counts, each product's
 * strongest pairs as the recommendations read them (product_pair_tops).
 */
export async function refreshProductAssociations(db: Executor, options: { now?: Date } = {}): Promise<{ products: number; pairs: number; customers: number }> {
  // The window ends now, or at the newest order when the history stops earlier (an import, an offline evaluation's cut).
  const now = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`least(now(), coalesce((select max(placed_at) from orders), now()))`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table product_buyers, product_pairs, product_buyer_totals, product_popularity, product_pair_tops, recommendation_models in exclusive mode`);
    await tx.execute(sql`create temp table rebuild_owned on commit drop as
      select distinct o.customer_id, ol.product_id from orders o join order_lines ol on ol.order_id = o.id where o.status <> 'CANCELLED'`);
    await tx.execute(sql`create index on rebuild_owned (customer_id)`);
    await tx.execute(sql`analyze rebuild_owned`);
    await tx.execute(sql`delete from product_pairs`);
    await tx.execute(sql`delete from product_buyers`);
    await tx.execute(sql`delete from product_buyer_totals`);
    await tx.execute(sql`insert into product_buyers (product_id, customers) select product_id, count(*) from rebuild_owned group by product_id`);
    await tx.execute(sql`insert into product_pairs (product_id, other_product_id, customers)
      select x.product_id, y.product_id, count(*) from rebuild_owned x join rebuild_owned y on y.customer_id = x.customer_id and y.product_id <> x.product_id
      group by x.product_id, y.product_id`);
    await tx.execute(sql`insert into product_buyer_totals (id, customers) select 1, count(distinct customer_id) from rebuild_owned`);
    await refreshPairTops(tx);
    await refreshPopularity(tx, now);
    // Every customer's kept ranking was made from the models before: the request ranks for itself until the next step
    // (refreshRecommendationSeeds) or a write makes it again.
    await tx.execute(sql`update recommendation_models set version = version + 1, refreshed_at = now()`);
    const [counts] = await rows<{ products: number; pairs: number; customers: number }>(
      tx,
      sql`select (select count(*) from product_buyers)::int as products, (select count(*) from product_pairs)::int as pairs,
        coalesce((select customers from product_buyer_totals), 0)::int as customers`,
    );
    return counts!;
  });
}

/** Each product's PAIRS_PER_SEED strongest shown pairs with their confidence, by the pair's count (as the recommendations walk them). */
async function refreshPairTops(tx: Executor) {
  await tx.execute(sql`delete from product_pair_tops`);
  await tx.execute(sql`insert into product_pair_tops (product_id, other_product_ids, confidences)
    select product_id, array_agg(other_product_id order by n), array_agg(confidence order by n) from (
      select pp.product_id, pp.other_product_id, ${confidenceOf} as confidence,
        row_number() over (partition by pp.product_id order by pp.customers desc, pp.other_product_id) as n
      from product_pairs pp join product_buyers a on a.product_id = pp.product_id join product_buyers b on b.product_id = pp.other_product_id
      cross join product_buyer_totals t
      where ${pairShown}
    ) ranked where n <= ${PAIRS_PER_SEED} group by product_id`);
}

/**
 * Every customer's starting points and left-out products (customer_recommendation_seeds) anew,
 * with their ranking from the models just rebuilt (recommendation_rows, drizzle/0038), set-based:
 * the write triggers keep them per write, this corrects what they missed (a bulk load with
 * triggers off) and ranks everyone with the new models. A step of its own in MODEL_REFRESHES (its own transaction) that locks only
 * that table: a write whose trigger holds it waits for nothing the rebuild holds (the co-purchase
 * counts' locks are gone by then), and one that comes later is kept after it.
 */
export async function refreshRecommendationSeeds(db: Executor): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table customer_recommendation_seeds in exclusive mode`);
    await tx.execute(sql`delete from customer_recommendation_seeds`);
    const [written] = await rows<{ n: number }>(
      tx,
      sql`with written as (insert into customer_recommendation_seeds (customer_id, product_ids, bought_at, left_out, ranked_tier, ranked_models,
          ranked_ids, ranked_scores, ranked_sources, ranked_evidence, ranked_seeds, ranked_complete)
        select * from recommendation_rows(null) returning 1) select count(*)::int as n from written`,
    );
    return written!.n;
  });
}

/** Per audience (ALL and each tier, by the customer's stored tier now): distinct recent buyers per product and their share. */
async function refreshPopularity(tx: Executor, now: SQL) {
  await tx.execute(sql`delete from product_popularity`);
  await tx.execute(sql`insert into product_popularity (audience, product_id, customers, share_ppm)
    with recent as (
      select distinct o.customer_id, ol.product_id from orders o join order_lines ol on ol.order_id = o.id
      where o.status <> 'CANCELLED' and o.placed_at <= ${now} and o.placed_at > ${now} - make_interval(days => ${POPULARITY_WINDOW_DAYS})
    ), tiered as (
      select r.customer_id, r.product_id, c.tier::text as audience from recent r join customers c on c.id = r.customer_id where c.tier is not null
    ), per as (
      select 'ALL' as audience, product_id, count(*) as n from recent group by product_id
      union all select audience, product_id, count(*) from tiered group by audience, product_id
    ), sizes as (
      select 'ALL' as audience, count(distinct customer_id) as n from recent
      union all select audience, count(distinct customer_id) from tiered group by audience
    )
    select per.audience, per.product_id, per.n, round(per.n * 1000000.0 / sizes.n)::int from per join sizes using (audience)`);
}

