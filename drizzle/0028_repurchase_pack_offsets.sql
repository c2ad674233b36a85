ALTER TABLE "repurchase_populations" ADD COLUMN "pack_offsets" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "repurchase_populations" ADD COLUMN "customer_deviation" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "repurchase_populations" ADD COLUMN "shared_variance" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "product_pairs_rank_idx" ON "product_pairs" USING btree ("product_id","customers" DESC NULLS LAST,"other_product_id");--> statement-breakpoint
-- hand-written:
-- Repurchase prediction, second version (src/predictions/README.md). One read of purchase days serves the write triggers
-- (a few customers, by index) and the bulk rebuild (NULL: everyone, by hash joins): the function is inlined, so the
-- planner sees which. Pack offsets: a product of a replaceable category whose pack lasts longer or shorter than the
-- category's usual one moves the interval that starts with it (pack_id: the product kept that day; none when the day
-- kept several of the category's products, which count as the usual pack).
DROP FUNCTION "repurchase_purchase_days"(uuid[]);
--> statement-breakpoint
CREATE FUNCTION "repurchase_purchase_days"(ids uuid[])
RETURNS TABLE ("customer_id" uuid, "item_id" uuid, "product_id" uuid, "category_id" uuid, "day" date, "quantity" integer, "x" double precision,
  "pack_id" uuid, "previous_pack_id" uuid)
LANGUAGE sql STABLE AS $$
SELECT kept.customer_id, kept.item_id, kept.product_id, kept.category_id, kept.day, kept.quantity,
  ln(greatest(kept.day - lag(kept.day) OVER w, 1)::float8 / lag(kept.quantity) OVER w),
  kept.pack_id, lag(kept.pack_id) OVER w
FROM (
  SELECT o."customer_id", CASE WHEN pc."replaceable" THEN pc."id" ELSE p."id" END AS item_id,
    CASE WHEN pc."replaceable" THEN NULL ELSE p."id" END AS product_id,
    CASE WHEN pc."replaceable" THEN pc."id" END AS category_id,
    (o."placed_at" AT TIME ZONE 'UTC')::date AS day,
    sum(ol."quantity" - coalesce(r.returned, 0))::int AS quantity,
    CASE WHEN min(p."id"::text) FILTER (WHERE ol."quantity" > coalesce(r.returned, 0)) = max(p."id"::text) FILTER (WHERE ol."quantity" > coalesce(r.returned, 0))
      THEN min(p."id"::text) FILTER (WHERE ol."quantity" > coalesce(r.returned, 0))::uuid END AS pack_id
  FROM "orders" o
  JOIN "order_lines" ol ON ol."order_id" = o."id"
  JOIN "products" p ON p."id" = ol."product_id"
  JOIN "product_categories" pc ON pc."id" = p."category_id"
  LEFT JOIN (
    SELECT rl."order_line_id", sum(rl."quantity") AS returned
    FROM "return_lines" rl JOIN "returns" rt ON rt."id" = rl."return_id"
    WHERE rt."status" <> 'REJECTED' AND (ids IS NULL OR rt."order_id" IN (SELECT so."id" FROM "orders" so WHERE so."customer_id" = ANY(ids)))
    GROUP BY 1
  ) r ON r."order_line_id" = ol."id"
  WHERE o."status" <> 'CANCELLED' AND (ids IS NULL OR o."customer_id" = ANY(ids))
  GROUP BY 1, 2, 3, 4, 5
) kept
WHERE kept.quantity > 0
WINDOW w AS (PARTITION BY kept.customer_id, kept.item_id ORDER BY kept.day)
$$;
--> statement-breakpoint
-- The estimator (Bühlmann credibility on the log scale with a household effect, src/predictions/estimator.ts), shared by
-- both writers. The prior of the customer's mean in this item: μ plus what their other items say of their household's
-- pace, ĥ = w·S ÷ (1 + w·P) with w = min(ω², τ²) and S, P the precision-weighted sum of the other items' deviations and
-- their precisions (0 without other items), its variance τ² − w + w ÷ (1 + w·P). Then Z = n ÷ (n + σ² ÷ prior variance),
-- θ = Z·m + (1 − Z)·(μ + ĥ) on intervals measured in the category's usual pack, plus the offset of the pack last bought;
-- the next purchase exp(θ) × the units last bought days after the last purchase, the 80 % interval at
-- θ ± 1.2816 × √(σ² + (1 − Z)·prior variance). A table function, so that it is inlined into the statement.
CREATE FUNCTION "repurchase_estimate"(n integer, m double precision, mean_log double precision, within_variance double precision,
  between_variance double precision, shared_variance double precision, others_sum double precision, others_precision double precision,
  pack_offset double precision, last_day date, last_quantity integer)
RETURNS TABLE ("weight" double precision, "expected_on" date, "low_on" date, "high_on" date)
LANGUAGE sql IMMUTABLE AS $$
SELECT e.z, last_day + round(exp(e.theta) * last_quantity)::int,
  last_day + round(exp(e.theta - 1.2816 * e.spread) * last_quantity)::int,
  last_day + round(exp(e.theta + 1.2816 * e.spread) * last_quantity)::int
FROM (
  SELECT k.z, k.z * coalesce(m, 0) + (1 - k.z) * (mean_log + h.shift) + pack_offset AS theta, sqrt(within_variance + (1 - k.z) * h.prior) AS spread
  FROM (
    SELECT w.w * others_sum / (1 + w.w * others_precision) AS shift, between_variance - w.w + w.w / (1 + w.w * others_precision) AS prior
    FROM (SELECT least(shared_variance, between_variance) AS w) w
  ) h
  CROSS JOIN LATERAL (SELECT n / (n + within_variance / h.prior) AS z) k
) e
$$;
--> statement-breakpoint
-- A customer's deviation in an item, measured against the item's other customers (m − μ − c), with its precision as
-- evidence of the household's pace: 1 ÷ (τ² − ω² (at least 0.01) + σ² ÷ n). Null without an interval.
CREATE FUNCTION "repurchase_household_evidence"(n integer, m double precision, mean_log double precision, customer_deviation double precision,
  within_variance double precision, between_variance double precision, shared_variance double precision)
RETURNS TABLE ("deviation" double precision, "precision" double precision)
LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN n > 0 THEN m - mean_log - customer_deviation END,
  CASE WHEN n > 0 THEN 1 / (greatest(between_variance - shared_variance, 0.01) + within_variance / n) END
$$;
--> statement-breakpoint
-- The bulk rebuild (npm run models:refresh): every purchase day once; the pack offsets; every item's population; every
-- customer's predictions.
-- Pack offsets, per product of a replaceable category: the mean of (x − the customer's own mean) over the intervals that
-- start with the product, the customer's mean taken on intervals already corrected by the offsets: the fixed-effects
-- estimate, reached by alternating the two means (three rounds; from zero, the offsets stay centred on the category's
-- intervals). Within customers, so a brand chosen by fast households does not look like a small pack. A product with
-- fewer than 30 such intervals keeps none (its standard error would be about σ ÷ √30).
-- The population, on intervals corrected by the offsets: the mean log interval, the pooled within-customer variance,
-- the between-customer variance of the true means (the variance of the customers' mean log intervals less what their
-- own sampling noise explains), the median interval. Only items that at least two customers, and a quarter of their
-- buyers, bought again: a camera bought twice by a few is no cycle. Without customers of two intervals the within
-- variance is 0.25 (a spread of ×1.65); the between variance is at least 0.01. Then the household figures (c, ω²) and
-- every prediction, each with the evidence of the customer's other items.
CREATE OR REPLACE FUNCTION "rebuild_repurchase"(OUT items integer, OUT predictions integer) LANGUAGE plpgsql AS $$
BEGIN
  DROP TABLE IF EXISTS pg_temp.repurchase_rebuild_days;
  DROP TABLE IF EXISTS pg_temp.repurchase_rebuild_packs;
  DROP TABLE IF EXISTS pg_temp.repurchase_rebuild_offsets;
  DROP TABLE IF EXISTS pg_temp.repurchase_rebuild_next;
  DROP TABLE IF EXISTS pg_temp.repurchase_rebuild_own;
  CREATE TEMP TABLE repurchase_rebuild_days ON COMMIT DROP AS SELECT * FROM "repurchase_purchase_days"(NULL);

  -- Per customer, item and the pack an interval starts with: the intervals and their sum, so that each round of the
  -- alternating means reads these rows, not every interval.
  CREATE TEMP TABLE repurchase_rebuild_packs ON COMMIT DROP AS
  SELECT customer_id, item_id, previous_pack_id AS product_id, count(*)::float8 AS k, sum(x) AS sx
  FROM repurchase_rebuild_days WHERE x IS NOT NULL AND category_id IS NOT NULL GROUP BY 1, 2, 3;
  CREATE TEMP TABLE repurchase_rebuild_offsets (product_id uuid, item_id uuid, pack_offset double precision) ON COMMIT DROP;
  CREATE TEMP TABLE repurchase_rebuild_next (product_id uuid, item_id uuid, pack_offset double precision) ON COMMIT DROP;
  FOR pass IN 1..3 LOOP
    TRUNCATE repurchase_rebuild_next;
    INSERT INTO repurchase_rebuild_next
    WITH own AS (
      SELECT c.customer_id, c.item_id, (sum(c.sx) - sum(c.k * coalesce(f.pack_offset, 0))) / sum(c.k) AS m
      FROM repurchase_rebuild_packs c LEFT JOIN repurchase_rebuild_offsets f ON f.product_id = c.product_id
      GROUP BY 1, 2
    )
    SELECT c.product_id, c.item_id, sum(c.sx - c.k * own.m) / sum(c.k)
    FROM repurchase_rebuild_packs c JOIN own ON own.customer_id = c.customer_id AND own.item_id = c.item_id
    WHERE c.product_id IS NOT NULL
    GROUP BY 1, 2 HAVING sum(c.k) >= 30;
    TRUNCATE repurchase_rebuild_offsets;
    INSERT INTO repurchase_rebuild_offsets SELECT * FROM repurchase_rebuild_next;
  END LOOP;

  CREATE TEMP TABLE repurchase_rebuild_own ON COMMIT DROP AS
  SELECT d.customer_id, d.item_id, d.product_id, d.category_id, count(*)::int AS purchases, count(d.x)::int AS n, avg(d.x) AS own_m,
    avg(d.x - coalesce(f.pack_offset, 0)) AS m, coalesce(var_samp(d.x - coalesce(f.pack_offset, 0)), 0) AS v,
    (array_agg(d.day ORDER BY d.day DESC))[1:5] AS last_purchases, (array_agg(d.quantity ORDER BY d.day DESC))[1] AS last_quantity,
    (array_agg(d.pack_id ORDER BY d.day DESC))[1] AS last_pack_id
  FROM repurchase_rebuild_days d LEFT JOIN repurchase_rebuild_offsets f ON f.product_id = d.previous_pack_id AND d.category_id IS NOT NULL
  GROUP BY 1, 2, 3, 4;

  DELETE FROM "repurchase_populations";
  INSERT INTO "repurchase_populations" ("item_id", "product_id", "category_id", "mean_log", "within_variance", "between_variance", "median_days",
    "buyers", "repeat_buyers", "intervals", "pack_offsets")
  WITH medians AS (
    SELECT item_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS median_log
    FROM repurchase_rebuild_days WHERE x IS NOT NULL GROUP BY 1
  ), stats AS (
    SELECT item_id, product_id, category_id, count(*)::int AS buyers, (count(*) FILTER (WHERE n > 0))::int AS repeat_buyers,
      sum(n)::int AS intervals, sum(n * m) / nullif(sum(n), 0) AS mean_log,
      sum((n - 1) * v) FILTER (WHERE n >= 2) / nullif(sum(n - 1) FILTER (WHERE n >= 2), 0) AS within,
      var_samp(m) FILTER (WHERE n > 0) AS var_means, avg(1.0 / n) FILTER (WHERE n > 0) AS mean_inverse_n
    FROM repurchase_rebuild_own GROUP BY 1, 2, 3
  ), offsets AS (
    SELECT item_id, jsonb_object_agg(product_id, pack_offset) AS pack_offsets FROM repurchase_rebuild_offsets GROUP BY 1
  )
  SELECT i.item_id, i.product_id, i.category_id, i.mean_log, coalesce(nullif(i.within, 0), 0.25),
    greatest(coalesce(i.var_means, 0) - coalesce(nullif(i.within, 0), 0.25) * coalesce(i.mean_inverse_n, 0), 0.01),
    exp(m.median_log), i.buyers, i.repeat_buyers, i.intervals, coalesce(f.pack_offsets, '{}'::jsonb)
  FROM stats i JOIN medians m ON m.item_id = i.item_id LEFT JOIN offsets f ON f.item_id = i.item_id
  WHERE i.repeat_buyers >= 2 AND i.repeat_buyers >= 0.25 * i.buyers;
  GET DIAGNOSTICS items = ROW_COUNT;

  -- Where the average customer stands in each item (c), then ω²: the mean product of one customer's deviations in two
  -- different items, over every such pair ((Σd)² − Σd²) ÷ 2 per customer), at least 0.
  UPDATE "repurchase_populations" p SET "customer_deviation" = c.deviation
  FROM (SELECT own.item_id, avg(own.m - q.mean_log) AS deviation FROM repurchase_rebuild_own own
        JOIN "repurchase_populations" q ON q.item_id = own.item_id WHERE own.n > 0 GROUP BY 1) c
  WHERE p.item_id = c.item_id;
  UPDATE "repurchase_populations" SET "shared_variance" = (
    SELECT greatest(coalesce(sum(s.pairs_sum) / nullif(sum(s.pairs), 0), 0), 0)
    FROM (
      SELECT (sum(d.d) ^ 2 - sum(d.d ^ 2)) / 2 AS pairs_sum, count(*) * (count(*) - 1) / 2 AS pairs
      FROM (SELECT own.customer_id, own.m - q.mean_log - q.customer_deviation AS d FROM repurchase_rebuild_own own
            JOIN "repurchase_populations" q ON q.item_id = own.item_id WHERE own.n > 0) d
      GROUP BY d.customer_id HAVING count(*) > 1
    ) s
  );

  DELETE FROM "repurchase_predictions";
  INSERT INTO "repurchase_predictions" ("customer_id", "item_id", "product_id", "category_id", "purchases", "last_purchases", "last_quantity",
    "own_days", "population_days", "weight", "expected_on", "low_on", "high_on")
  WITH evidence AS (
    SELECT own.*, p.mean_log, p.within_variance, p.between_variance, p.shared_variance, p.pack_offsets, v.deviation * v.precision AS weighted, v.precision
    FROM repurchase_rebuild_own own JOIN "repurchase_populations" p ON p.item_id = own.item_id
    CROSS JOIN LATERAL "repurchase_household_evidence"(own.n, own.m, p.mean_log, p.customer_deviation, p.within_variance, p.between_variance, p.shared_variance) v
  ), others AS (
    SELECT evidence.*, coalesce(sum(weighted) OVER c, 0) - coalesce(weighted, 0) AS others_sum,
      coalesce(sum(precision) OVER c, 0) - coalesce(precision, 0) AS others_precision
    FROM evidence WINDOW c AS (PARTITION BY customer_id)
  )
  SELECT o.customer_id, o.item_id, o.product_id, o.category_id, o.purchases, o.last_purchases, o.last_quantity,
    CASE WHEN o.n > 0 THEN exp(o.own_m) END, exp(o.mean_log), e.weight, e.expected_on, e.low_on, e.high_on
  FROM others o
  CROSS JOIN LATERAL "repurchase_estimate"(o.n, o.m, o.mean_log, o.within_variance, o.between_variance, o.shared_variance, o.others_sum,
    o.others_precision, coalesce((o.pack_offsets ->> o.last_pack_id::text)::float8, 0), o.last_purchases[1], o.last_quantity) e;
  GET DIAGNOSTICS predictions = ROW_COUNT;
  DROP TABLE pg_temp.repurchase_rebuild_days;
  DROP TABLE pg_temp.repurchase_rebuild_packs;
  DROP TABLE pg_temp.repurchase_rebuild_offsets;
  DROP TABLE pg_temp.repurchase_rebuild_next;
  DROP TABLE pg_temp.repurchase_rebuild_own;
END $$;
--> statement-breakpoint
-- The given customers' predictions (the write triggers' path), from their purchase days and the stored populations, by
-- the same estimator and the same household evidence.
CREATE OR REPLACE FUNCTION "refresh_repurchase"(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  written integer;
BEGIN
  DELETE FROM "repurchase_predictions" WHERE "customer_id" = ANY(ids);
  INSERT INTO "repurchase_predictions" ("customer_id", "item_id", "product_id", "category_id", "purchases", "last_purchases", "last_quantity",
    "own_days", "population_days", "weight", "expected_on", "low_on", "high_on")
  WITH own AS (
    SELECT d.customer_id, d.item_id, d.product_id, d.category_id, count(*)::int AS purchases, count(d.x)::int AS n, avg(d.x) AS own_m,
      avg(d.x - coalesce((p.pack_offsets ->> d.previous_pack_id::text)::float8, 0)) AS m,
      (array_agg(d.day ORDER BY d.day DESC))[1:5] AS last_purchases, (array_agg(d.quantity ORDER BY d.day DESC))[1] AS last_quantity,
      (array_agg(d.pack_id ORDER BY d.day DESC))[1] AS last_pack_id
    FROM "repurchase_purchase_days"(ids) d JOIN "repurchase_populations" p ON p.item_id = d.item_id
    GROUP BY 1, 2, 3, 4
  ), evidence AS (
    SELECT own.*, p.mean_log, p.within_variance, p.between_variance, p.shared_variance, p.pack_offsets, v.deviation * v.precision AS weighted, v.precision
    FROM own JOIN "repurchase_populations" p ON p.item_id = own.item_id
    CROSS JOIN LATERAL "repurchase_household_evidence"(own.n, own.m, p.mean_log, p.customer_deviation, p.within_variance, p.between_variance, p.shared_variance) v
  ), others AS (
    SELECT evidence.*, coalesce(sum(weighted) OVER c, 0) - coalesce(weighted, 0) AS others_sum,
      coalesce(sum(precision) OVER c, 0) - coalesce(precision, 0) AS others_precision
    FROM evidence WINDOW c AS (PARTITION BY customer_id)
  )
  SELECT o.customer_id, o.item_id, o.product_id, o.category_id, o.purchases, o.last_purchases, o.last_quantity,
    CASE WHEN o.n > 0 THEN exp(o.own_m) END, exp(o.mean_log), e.weight, e.expected_on, e.low_on, e.high_on
  FROM others o
  CROSS JOIN LATERAL "repurchase_estimate"(o.n, o.m, o.mean_log, o.within_variance, o.between_variance, o.shared_variance, o.others_sum,
    o.others_precision, coalesce((o.pack_offsets ->> o.last_pack_id::text)::float8, 0), o.last_purchases[1], o.last_quantity) e;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;
