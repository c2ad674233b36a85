import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { productScope } from "../catalog/catalog.policy.js";
import { rows, type Database } from "../db/client.js";
import { orders, products } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import { orderScope } from "../orders/orders.policy.js";
import { POPULARITY_WINDOW_DAYS } from "./associations.service.js";
import { RecommendationContext, RecommendationSource, type Recommendations } from "./recommendations.types.js";

/**
 * How Customer.recommendations scores (README): each candidate sums what its sources give.
 * - BOUGHT_TOGETHER: for each of the customer's SEEDS most recent distinct purchases, returned lines
 *   left out (the k-th
 *   newest weighted RECENCY^k), the pair's confidence (seed → candidate), for pairs shown by
 *   Product.boughtTogether's thresholds: the chain effect.
 * - SEGMENT: SEGMENT_WEIGHT × the share of the customer's tier who bought it in the popularity window.
 * - POPULAR: POPULAR_WEIGHT × the share of all buyers who bought it in the window.
 * - DUE: DUE_WEIGHT for an item whose predicted next purchase (predictions/, the repurchase
 *   model) falls from DUE_OVERDUE_DAYS ago to DUE_WITHIN_DAYS ahead: the one source that may
 *   bring back what the customer bought (or returned and bought again).
 * The reason is the strongest single contribution's. Without PROFILING consent only POPULAR runs,
 * with no exclusion by the customer's history (their data is not used at all).
 */
/** The starting points kept per customer: customer_recommendation_seeds (drizzle/0032_recommendation_seeds.sql keeps this many). */
export const SEEDS = 10;
export const RECENCY = 0.85;
export const SEGMENT_WEIGHT = 0.5;
export const POPULAR_WEIGHT = 0.2;
/** A consumable due again (repurchase_predictions, predictions/): due from DUE_OVERDUE_DAYS ago to DUE_WITHIN_DAYS ahead, ranked first. */
export const DUE_WEIGHT = 1;
export const DUE_WITHIN_DAYS = 14;
export const DUE_OVERDUE_DAYS = 30;
/** How many of the most popular products per audience are candidates (ties by product id). */
const POPULAR_CANDIDATES = 60;
/** How many candidates each customer's kept ranking holds (drizzle/0038_recommendation_ranks.sql keeps this many). */
export const RANKED_KEPT = 30;

export const MAX_RECOMMENDATIONS = 100;

/** The arguments' rule, shared by both paths: the compiled one refuses the binding and the resolver answers with this error. */
export function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_RECOMMENDATIONS) throw badInput("first", `first must be between 1 and ${MAX_RECOMMENDATIONS}`);
  return first;
}

const seedOrder = alias(orders, "rec_seed_order");

/**
 * weight × share_ppm / 1,000,000 in float8: one division by an exact integer, correctly rounded, so
 * the same double as the numeric expression cast to float8 (both the nearest to the exact quotient),
 * without numeric arithmetic and a text round trip per candidate. Holds for weights whose
 * 1,000,000 ÷ weight is an integer (0.5 and 0.2), checked here.
 */
function shareScore(weight: number, sharePpm: SQL): SQL {
  const divisor = 1_000_000 / weight;
  if (!Number.isSafeInteger(divisor)) throw new Error(`1,000,000 / ${weight} is not an integer: the share's score would not be exact`);
  return sql`${sharePpm} / ${sql.raw(String(divisor))}::float8`;
}

/**
 * One row for the customer `customerId` (an SQL expression: the compiled path's correlated
 * `customers.id`, the loader's unnested id): whether the answer is personal and allowed, its
 * basis, and the items as parallel arrays in rank order. Every table is read under an alias of
 * its own, so the expression may name the caller's `customers` row.
 */
export function recommendationRow(principal: Principal, customerId: SQL, first: SQL, context: SQL): SQL {
  const scope = productScope(principal);
  const seedScope = orderScope(principal, seedOrder);
  // The starting points: kept per customer (customer_recommendation_seeds) for staff and the customer themself (whose
  // orders are all theirs); a dealer's only from its own orders, read from them.
  const kept = principal.role === "ADMIN" || principal.role === "AGENT" ? sql`` : principal.role === "CUSTOMER" ? sql` and ${customerId} = ${principal.customerId}::uuid` : undefined;
  const seeds = kept === undefined
    ? sql`select s.product_id, s.last_at, row_number() over (order by s.last_at desc, s.product_id) - 1 as k
        from (
          select sl.product_id, max(${seedOrder.placedAt}) as last_at
          from orders rec_seed_order join order_lines sl on sl.order_id = ${seedOrder.id}
          where ${seedOrder.customerId} = ${customerId} and ${seedOrder.status} <> 'CANCELLED'${seedScope ? sql` and ${seedScope}` : sql``}
            and not exists (select 1 from return_lines srl join returns sr on sr.id = srl.return_id where srl.order_line_id = sl.id and sr.status <> 'REJECTED')
          group by sl.product_id order by last_at desc, sl.product_id limit ${sql.raw(String(SEEDS))}
        ) s
        where st.personalised`
    : sql`select u.product_id, u.last_at, u.k - 1 as k from unnest(st.seed_ids, st.seed_at) with ordinality u(product_id, last_at, k) where st.personalised${kept}`;
  const words = (tier: SQL) => sql`lower(replace(${tier}, '_', ' '))`;
  const share = (column: SQL) => sql`round(${column} / 10000.0)::int || '%'`;
  // The kept ranking (customer_recommendation_seeds.ranked_*) may answer for staff and the customer themself: it starts from
  // every purchase, and a dealer's starting points are its own orders only.
  const rankedFor = kept === undefined ? sql`false` : sql`true${kept}`;
  // Best first, each checked against the catalog (on sale, within the caller's scope) only until `first` are found; offset 0:
  // a lookup per candidate in rank order, stopped by the limit (never a join of the whole catalog).
  const shownOf = (candidates: SQL) => sql`select c.* from (select c0.* from (${candidates}) c0 order by c0.score desc, c0.product_id) c
      cross join lateral (select 1 from ${products} where ${products.id} = c.product_id and ${products.active}${scope ? sql` and ${scope}` : sql``} offset 0) on_sale
      order by c.score desc, c.product_id
      limit ${first}`;
  // The items as parallel arrays in rank order, each with its reason in words (the strongest single contribution's, for
  // the items shown only), and how many were found. The arrays take the rows in the order the limited subquery gives them
  // (best first): an ORDER BY in each array_agg would start four sorts per answer, a third of the kept ranking's cost.
  const itemsOf = (shown: SQL) => sql`select array_agg(top.product_id) as product_ids, array_agg(top.score) as scores,
        array_agg(top.source) as sources, array_agg(top.reason) as reasons, count(*)::int as found
      from (
        select shown.product_id, shown.score, shown.source, case shown.source
            when '${sql.raw(RecommendationSource.BOUGHT_TOGETHER)}' then round(shown.fraction * 100)::int || '% of the customers who bought '
              || (select rsp.name from products rsp where rsp.id = shown.seed_id) || ' (bought '
              || to_char(shown.seed_at at time zone 'UTC', 'YYYY-MM-DD') || ') also bought it'
            when '${sql.raw(RecommendationSource.SEGMENT)}' then 'Bought by ' || ${share(sql`shown.share_ppm`)} || ' of ' || ${words(sql`shown.audience`)}
              || ' customers in the last ${sql.raw(String(POPULARITY_WINDOW_DAYS))} days'
            when '${sql.raw(RecommendationSource.POPULAR)}' then 'Bought by ' || ${share(sql`shown.share_ppm`)} || ' of all customers in the last ${sql.raw(String(POPULARITY_WINDOW_DAYS))} days'
              || case when st.personalised then '' else ' (not personal: no PROFILING consent)' end
            else shown.reason end as reason
        from (${shown}) shown
      ) top`;
  const due = sql.raw(`'${RecommendationSource.DUE}'`);
  return sql`select st.personalised, st.allowed, st.basis,
      coalesce(case when kept.enough then kept.product_ids else it.product_ids end, '{}'::uuid[]) as product_ids,
      coalesce(case when kept.enough then kept.scores else it.scores end, '{}'::float8[]) as scores,
      coalesce(case when kept.enough then kept.sources else it.sources end, '{}'::text[]) as sources,
      coalesce(case when kept.enough then kept.reasons else it.reasons end, '{}'::text[]) as reasons
    from (
      select pr.personalised, pl.allowed or ${context}::text <> 'MESSAGE' as allowed, cu.tier, cu.left_out, cu.seed_ids, cu.seed_at,
        cu.ranked_ids, cu.ranked_scores, cu.ranked_sources, cu.ranked_evidence, cu.ranked_seeds, cu.ranked_complete, du.ids as due_ids, du.reasons as due_reasons,
        -- The kept ranking answers when it was made from the customer's tier and the models in force, for a personal list that
        -- may be shown, and when what is due (the one source it does not hold) is only what the customer bought, once each.
        coalesce(pr.personalised and (pl.allowed or ${context}::text <> 'MESSAGE') and cu.ranked_fresh and du.bought_once and ${rankedFor}, false) as ranked,
        case
          when ${context}::text = 'MESSAGE' and not pl.allowed then pl.why
          when pr.personalised then 'Personal: from this customer''s recent purchases and what their tier buys (PROFILING consent in force).'
          else 'Not personal: no PROFILING consent in force, so only what is popular with all customers.'
        end as basis
      from (
        select rc.tier::text as tier, coalesce(rs.left_out, '{}'::uuid[]) as left_out, coalesce(rs.product_ids, '{}'::uuid[]) as seed_ids,
          coalesce(rs.bought_at, '{}'::timestamptz[]) as seed_at,
          rs.ranked_ids, rs.ranked_scores, rs.ranked_sources, rs.ranked_evidence, rs.ranked_seeds, rs.ranked_complete,
          rs.ranked_tier is not distinct from rc.tier::text and rs.ranked_models = (select rm.version from recommendation_models rm) as ranked_fresh,
          case when rc.stage in ('OWNER', 'CUSTOMER') and rc.lapses_at < now() then 'LAPSED' else coalesce(rc.tier::text, 'NO_PURCHASE') end as audience
        from customers rc left join customer_recommendation_seeds rs on rs.customer_id = rc.id where rc.id = ${customerId}
      ) cu
      cross join lateral (
        select exists (select 1 from (select distinct on (ce.channel) ce.status, ce.expires_at from consent_events ce
            where ce.customer_id = ${customerId} and ce.purpose = 'PROFILING' order by ce.channel, ce.recorded_at desc, ce.id desc) f
          where f.status = 'GRANTED' and (f.expires_at is null or f.expires_at > now())) as personalised
        -- offset 0: evaluated once; pulled up, the consent read would be repeated wherever personalised is named.
        offset 0
      ) pr
      cross join lateral (
        select coalesce(rule.in_plan, false) and mk.marketing as allowed,
          case when not coalesce(rule.in_plan, false)
            then 'Not sent: the communication plan sends no recommendations to ' || ${words(sql`cu.audience`)} || ' customers.'
            else 'Not sent: no MARKETING consent in force on any channel.' end as why
        from (select 'RECOMMENDATION' = any(cr.kinds) as in_plan from communication_rules cr where cr.audience = cu.audience) rule
        right join (select exists (select 1 from (select distinct on (me.channel) me.status, me.expires_at from consent_events me
            where me.customer_id = ${customerId} and me.purpose = 'MARKETING' order by me.channel, me.recorded_at desc, me.id desc) m
          where m.status = 'GRANTED' and (m.expires_at is null or m.expires_at > now())) as marketing) mk on true
      ) pl
      -- What is due by today's date (repurchase_predictions, kept per write): read once, for either ranking.
      cross join lateral (
        select array_agg(d.product_id) as ids, array_agg(d.reason) as reasons,
          coalesce(bool_and(d.product_id = any(cu.left_out)), true) and count(distinct d.product_id) = count(*) as bought_once
        from (
          select coalesce(rp.product_id, latest.product_id) as product_id,
            'Due ' || case when rp.expected_on < current_date then 'since ' else 'around ' end || to_char(rp.expected_on, 'YYYY-MM-DD')
              || ': bought about every ' || round(coalesce(rp.own_days, rp.population_days))::int || ' days, last on ' || to_char(rp.last_purchases[1], 'YYYY-MM-DD') as reason
          from repurchase_predictions rp
          -- A category of products that replace each other is due as the brand last bought there.
          left join lateral (
            select dl.product_id from orders dord join order_lines dl on dl.order_id = dord.id join products dp on dp.id = dl.product_id
            where rp.category_id is not null and dord.customer_id = rp.customer_id and dp.category_id = rp.category_id and dord.status <> 'CANCELLED'
            order by dord.placed_at desc, dl.id limit 1
          ) latest on true
          where pr.personalised and rp.customer_id = ${customerId}
            and rp.expected_on between current_date - ${sql.raw(String(DUE_OVERDUE_DAYS))} and current_date + ${sql.raw(String(DUE_WITHIN_DAYS))}
        ) d
      ) du
    ) st
    -- The kept ranking (drizzle/0038_recommendation_ranks.sql): its RANKED_KEPT best candidates with what is due merged in
    -- by score. Enough when every candidate is kept or \`first\` were found among them; what is due ranks only within the
    -- kept ones' range (beyond the last one kept, a candidate not kept might come first).
    cross join lateral (
      select k.*, st.ranked and (st.ranked_complete or k.found = ${first}) as enough
      from (${itemsOf(
        shownOf(sql`select u.product_id, u.score,
            case u.source when 1 then '${sql.raw(RecommendationSource.BOUGHT_TOGETHER)}' when 3 then '${sql.raw(RecommendationSource.POPULAR)}' else '${sql.raw(RecommendationSource.SEGMENT)}' end as source,
            case when u.source = 1 then u.evidence end as fraction, case when u.source <> 1 then u.evidence::int end as share_ppm,
            st.seed_ids[u.seed + 1] as seed_id, st.seed_at[u.seed + 1] as seed_at, st.tier as audience, null::text as reason
          from unnest(st.ranked_ids, st.ranked_scores, st.ranked_sources, st.ranked_evidence, st.ranked_seeds) u(product_id, score, source, evidence, seed)
          where st.ranked
          union all
          select d.product_id, ${sql.raw(String(DUE_WEIGHT))}::float8, ${due}, null, null, null, null, null, d.reason
          from unnest(st.due_ids, st.due_reasons) d(product_id, reason)
          where st.ranked and (st.ranked_complete or ${sql.raw(String(DUE_WEIGHT))}::float8 > st.ranked_scores[cardinality(st.ranked_scores)]
            or (${sql.raw(String(DUE_WEIGHT))}::float8 = st.ranked_scores[cardinality(st.ranked_scores)] and d.product_id < st.ranked_ids[cardinality(st.ranked_ids)]))`),
      )}) k
    ) kept
    -- Otherwise ranked here, from the seeds, the pairs and the favourites (and the same rules as the kept ranking).
    cross join lateral (${itemsOf(
      shownOf(sql`select ranked.* from (
              -- Per product: the sum of its sources (largest first), and the strongest one (one sort of every contribution).
              select distinct on (cand.product_id) cand.product_id, sum(cand.score) over (partition by cand.product_id order by cand.score desc, cand.source, cand.seed_k rows between unbounded preceding and unbounded following) as score,
                cand.source, cand.fraction, cand.share_ppm, cand.seed_id, cand.seed_at, cand.audience, cand.reason
              from (
                select pt.other_product_id as product_id, '${sql.raw(RecommendationSource.BOUGHT_TOGETHER)}' as source,
                  pt.confidence * seed.weight as score, pt.confidence as fraction, null::int as share_ppm,
                  seed.product_id as seed_id, seed.last_at as seed_at, null::text as audience, null::text as reason, seed.k as seed_k
                -- offset 0: each seed's weight computed once (a numeric power), not once per pair it brings.
                from (select seeds.product_id, seeds.last_at, seeds.k, power(${sql.raw(String(RECENCY))}, seeds.k)::float8 as weight from (${seeds}) seeds offset 0) seed
                -- Each seed's strongest shown pairs as the daily rebuild ranked them (product_pair_tops): one index lookup per
                -- seed, bounded however many products were ever bought with it.
                join product_pair_tops tops on tops.product_id = seed.product_id
                cross join lateral unnest(tops.other_product_ids, tops.confidences) pt(other_product_id, confidence)
                union all
                select d.product_id, ${due}, ${sql.raw(String(DUE_WEIGHT))}::float8, null, null, null, null, null, d.reason, null
                from unnest(st.due_ids, st.due_reasons) d(product_id, reason)
                union all
                select tp.product_id, '${sql.raw(RecommendationSource.SEGMENT)}', ${shareScore(SEGMENT_WEIGHT, sql`tp.share_ppm`)}, null, tp.share_ppm, null, null, tp.audience, null, null
                from (select * from product_popularity where audience = st.tier and st.personalised order by customers desc, product_id limit ${sql.raw(String(POPULAR_CANDIDATES))}) tp
                union all
                select ap.product_id, '${sql.raw(RecommendationSource.POPULAR)}', ${shareScore(POPULAR_WEIGHT, sql`ap.share_ppm`)}, null, ap.share_ppm, null, null, null, null, null
                from (select * from product_popularity where audience = 'ALL' order by customers desc, product_id limit ${sql.raw(String(POPULAR_CANDIDATES))}) ap
              ) cand
              where st.allowed and not kept.enough
                -- What the customer bought or returned stays out (customer_recommendation_seeds.left_out, kept by the write
                -- triggers in the write's transaction), unless it is due again (a consumable; a faulty unit returned and bought again).
                and (cand.source = ${due} or not st.personalised or cand.product_id <> all(st.left_out))
              -- The strongest: ties by source, then the newer seed (as the kept ranking).
              order by cand.product_id, cand.score desc, cand.source, cand.seed_k
            ) ranked`),
    )}) it`;
}

interface RowOut {
  customer_id: string;
  personalised: boolean;
  allowed: boolean;
  basis: string;
  product_ids: string[];
  scores: number[];
  sources: string[];
  reasons: string[];
}

/** One item as the resolvers get it (Recommendation.product loads the product). */
export interface RecommendationItem {
  productDbId: string;
  score: number;
  source: RecommendationSource;
  reason: string;
}
export type RecommendationsAnswer = Omit<Recommendations, "items"> & { items: RecommendationItem[] };

/** The recommendations of many customers with the same arguments: one statement. */
export async function recommendationsOf(
  db: Database,
  principal: Principal,
  customerIds: readonly string[],
  first: number,
  context: RecommendationContext,
): Promise<Map<string, RecommendationsAnswer>> {
  const row = recommendationRow(principal, sql`k.customer_id`, sql`${first}::int`, sql`${context}::text`);
  const found = await rows<RowOut>(db, sql`select k.customer_id, r.* from unnest(${sql.param([...customerIds])}::uuid[]) k(customer_id) cross join lateral (${row}) r`);
  return new Map(
    found.map((r) => {
      const scores = r.scores.map(Number);
      const items = r.product_ids.map((productDbId, i) => ({ productDbId, score: scores[i]!, source: r.sources[i] as RecommendationSource, reason: r.reasons[i]! }));
      return [r.customer_id, { personalised: r.personalised, allowed: r.allowed, basis: r.basis, items }];
    }),
  );
}
