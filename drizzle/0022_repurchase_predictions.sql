CREATE TABLE "repurchase_populations" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid,
	"category_id" uuid,
	"mean_log" double precision NOT NULL,
	"within_variance" double precision NOT NULL,
	"between_variance" double precision NOT NULL,
	"median_days" double precision NOT NULL,
	"buyers" integer NOT NULL,
	"repeat_buyers" integer NOT NULL,
	"intervals" integer NOT NULL,
	"refreshed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "repurchase_populations_item_ck" CHECK (("repurchase_populations"."product_id" IS NULL) <> ("repurchase_populations"."category_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "repurchase_predictions" (
	"customer_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"product_id" uuid,
	"category_id" uuid,
	"purchases" integer NOT NULL,
	"last_purchases" date[] NOT NULL,
	"last_quantity" integer NOT NULL,
	"own_days" double precision,
	"population_days" double precision NOT NULL,
	"weight" double precision NOT NULL,
	"expected_on" date NOT NULL,
	"low_on" date NOT NULL,
	"high_on" date NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "repurchase_predictions_item_ck" CHECK (("repurchase_predictions"."product_id" IS NULL) <> ("repurchase_predictions"."category_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "product_categories" ADD COLUMN "replaceable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "vehicle_models" ADD COLUMN "service_interval_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "vehicle_models" ADD COLUMN "service_interval_km" integer DEFAULT 15000 NOT NULL;--> statement-breakpoint
ALTER TABLE "repurchase_populations" ADD CONSTRAINT "repurchase_populations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repurchase_populations" ADD CONSTRAINT "repurchase_populations_category_id_product_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."product_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repurchase_predictions" ADD CONSTRAINT "repurchase_predictions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repurchase_predictions" ADD CONSTRAINT "repurchase_predictions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repurchase_predictions" ADD CONSTRAINT "repurchase_predictions_category_id_product_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."product_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "repurchase_populations_product_idx" ON "repurchase_populations" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "repurchase_populations_category_idx" ON "repurchase_populations" USING btree ("category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "repurchase_predictions_customer_item_uq" ON "repurchase_predictions" USING btree ("customer_id","item_id");--> statement-breakpoint
CREATE INDEX "repurchase_predictions_due_idx" ON "repurchase_predictions" USING btree ("customer_id","expected_on","item_id");--> statement-breakpoint
CREATE INDEX "repurchase_predictions_product_idx" ON "repurchase_predictions" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "repurchase_predictions_category_idx" ON "repurchase_predictions" USING btree ("category_id");--> statement-breakpoint
ALTER TABLE "vehicle_models" ADD CONSTRAINT "vehicle_models_service_interval_ck" CHECK ("vehicle_models"."service_interval_months" > 0 AND "vehicle_models"."service_interval_km" > 0);--> statement-breakpoint
-- hand-written:
-- Repurchase prediction (src/predictions/README.md has the estimator and its formula). A purchase
-- is a day on which the customer kept units of an item: order lines of orders not cancelled, less
-- what went back on returns not rejected; an item is the product, or its category when the
-- category's products replace each other. x = ln(days since the previous purchase day ÷ units
-- bought then): the interval per unit, so that two packs lasting twice as long is no surprise.
CREATE VIEW "repurchase_purchase_days" AS
SELECT customer_id, item_id, product_id, category_id, day, quantity,
  ln(greatest(day - lag(day) OVER w, 1)::float8 / lag(quantity) OVER w) AS x
FROM (
  SELECT o."customer_id", CASE WHEN pc."replaceable" THEN pc."id" ELSE p."id" END AS item_id,
    CASE WHEN pc."replaceable" THEN NULL ELSE p."id" END AS product_id,
    CASE WHEN pc."replaceable" THEN pc."id" END AS category_id,
    (o."placed_at" AT TIME ZONE 'UTC')::date AS day,
    sum(ol."quantity" - coalesce((SELECT sum(rl."quantity") FROM "return_lines" rl JOIN "returns" rt ON rt."id" = rl."return_id"
      WHERE rl."order_line_id" = ol."id" AND rt."status" <> 'REJECTED'), 0))::int AS quantity
  FROM "orders" o
  JOIN "order_lines" ol ON ol."order_id" = o."id"
  JOIN "products" p ON p."id" = ol."product_id"
  JOIN "product_categories" pc ON pc."id" = p."category_id"
  WHERE o."status" <> 'CANCELLED'
  GROUP BY 1, 2, 3, 4, 5
) kept
WHERE quantity > 0
WINDOW w AS (PARTITION BY customer_id, item_id ORDER BY day);
--> statement-breakpoint
-- The bulk rebuild (npm run models:refresh): every purchase day once, by hash joins (the view
-- above serves a few customers by index), then the population of every item, then every
-- customer's predictions by the same formula as refresh_repurchase below.
-- The population: the mean log interval, the pooled within-customer variance, the between-customer
-- variance of the true means (the variance of the customers' mean log intervals less what their
-- own sampling noise explains), the median interval. Only items that at least two customers, and
-- a quarter of their buyers, bought again: a camera bought twice by a few is no cycle. Without
-- customers of two intervals the within variance is 0.25 (a spread of ×1.65); the between
-- variance is at least 0.01.
CREATE FUNCTION "rebuild_repurchase"(OUT items integer, OUT predictions integer) LANGUAGE plpgsql AS $$
BEGIN
  DROP TABLE IF EXISTS pg_temp.repurchase_rebuild_days;
  DROP TABLE IF EXISTS pg_temp.repurchase_rebuild_own;
  CREATE TEMP TABLE repurchase_rebuild_days ON COMMIT DROP AS
  SELECT customer_id, item_id, product_id, category_id, day, quantity,
    ln(greatest(day - lag(day) OVER w, 1)::float8 / lag(quantity) OVER w) AS x
  FROM (
    SELECT o."customer_id", CASE WHEN pc."replaceable" THEN pc."id" ELSE p."id" END AS item_id,
      CASE WHEN pc."replaceable" THEN NULL ELSE p."id" END AS product_id,
      CASE WHEN pc."replaceable" THEN pc."id" END AS category_id,
      (o."placed_at" AT TIME ZONE 'UTC')::date AS day,
      sum(ol."quantity" - coalesce(r.returned, 0))::int AS quantity
    FROM "orders" o
    JOIN "order_lines" ol ON ol."order_id" = o."id"
    JOIN "products" p ON p."id" = ol."product_id"
    JOIN "product_categories" pc ON pc."id" = p."category_id"
    LEFT JOIN (SELECT rl."order_line_id", sum(rl."quantity") AS returned FROM "return_lines" rl JOIN "returns" rt ON rt."id" = rl."return_id"
      WHERE rt."status" <> 'REJECTED' GROUP BY 1) r ON r."order_line_id" = ol."id"
    WHERE o."status" <> 'CANCELLED'
    GROUP BY 1, 2, 3, 4, 5
  ) kept
  WHERE quantity > 0
  WINDOW w AS (PARTITION BY customer_id, item_id ORDER BY day);

  CREATE TEMP TABLE repurchase_rebuild_own ON COMMIT DROP AS
  SELECT customer_id, item_id, product_id, category_id, count(*)::int AS purchases, count(x)::int AS n, avg(x) AS m, coalesce(var_samp(x), 0) AS v,
    (array_agg(day ORDER BY day DESC))[1:5] AS last_purchases, (array_agg(quantity ORDER BY day DESC))[1] AS last_quantity
  FROM repurchase_rebuild_days GROUP BY 1, 2, 3, 4;

  DELETE FROM "repurchase_populations";
  INSERT INTO "repurchase_populations" ("item_id", "product_id", "category_id", "mean_log", "within_variance", "between_variance", "median_days", "buyers", "repeat_buyers", "intervals")
  WITH medians AS (
    SELECT item_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS median_log
    FROM repurchase_rebuild_days WHERE x IS NOT NULL GROUP BY 1
  ), stats AS (
    SELECT item_id, product_id, category_id, count(*)::int AS buyers, (count(*) FILTER (WHERE n > 0))::int AS repeat_buyers,
      sum(n)::int AS intervals, sum(n * m) / nullif(sum(n), 0) AS mean_log,
      sum((n - 1) * v) FILTER (WHERE n >= 2) / nullif(sum(n - 1) FILTER (WHERE n >= 2), 0) AS within,
      var_samp(m) FILTER (WHERE n > 0) AS var_means, avg(1.0 / n) FILTER (WHERE n > 0) AS mean_inverse_n
    FROM repurchase_rebuild_own GROUP BY 1, 2, 3
  )
  SELECT i.item_id, i.product_id, i.category_id, i.mean_log, coalesce(nullif(i.within, 0), 0.25),
    greatest(coalesce(i.var_means, 0) - coalesce(nullif(i.within, 0), 0.25) * coalesce(i.mean_inverse_n, 0), 0.01),
    exp(m.median_log), i.buyers, i.repeat_buyers, i.intervals
  FROM stats i JOIN medians m ON m.item_id = i.item_id
  WHERE i.repeat_buyers >= 2 AND i.repeat_buyers >= 0.25 * i.buyers;
  GET DIAGNOSTICS items = ROW_COUNT;

  DELETE FROM "repurchase_predictions";
  INSERT INTO "repurchase_predictions" ("customer_id", "item_id", "product_id", "category_id", "purchases", "last_purchases", "last_quantity",
    "own_days", "population_days", "weight", "expected_on", "low_on", "high_on")
  WITH estimated AS (
    SELECT own.*, p.mean_log, p.within_variance, p.between_variance,
      own.n / (own.n + p.within_variance / p.between_variance) AS z
    FROM repurchase_rebuild_own own JOIN "repurchase_populations" p ON p.item_id = own.item_id
  ), predicted AS (
    SELECT e.*, e.z * coalesce(e.m, 0) + (1 - e.z) * e.mean_log AS theta,
      sqrt(e.within_variance + (1 - e.z) * e.between_variance) AS spread
    FROM estimated e
  )
  SELECT customer_id, item_id, product_id, category_id, purchases, last_purchases, last_quantity,
    CASE WHEN n > 0 THEN exp(m) END, exp(mean_log), z,
    last_purchases[1] + round(exp(theta) * last_quantity)::int,
    last_purchases[1] + round(exp(theta - 1.2816 * spread) * last_quantity)::int,
    last_purchases[1] + round(exp(theta + 1.2816 * spread) * last_quantity)::int
  FROM predicted;
  GET DIAGNOSTICS predictions = ROW_COUNT;
  DROP TABLE pg_temp.repurchase_rebuild_days;
  DROP TABLE pg_temp.repurchase_rebuild_own;
END $$;
--> statement-breakpoint
-- The given customers' predictions (the write triggers' path), from their purchases and the stored populations (Bühlmann
-- credibility on the log scale): Z = n ÷ (n + within ÷ between), θ = Z·m + (1 − Z)·μ, predictive
-- variance within + (1 − Z)·between; the next purchase expected exp(θ) × the units last bought
-- days after the last purchase, the 80 % interval at θ ± 1.2816 × its standard deviation.
CREATE FUNCTION "refresh_repurchase"(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  written integer;
BEGIN
  DELETE FROM "repurchase_predictions" WHERE "customer_id" = ANY(ids);
  INSERT INTO "repurchase_predictions" ("customer_id", "item_id", "product_id", "category_id", "purchases", "last_purchases", "last_quantity",
    "own_days", "population_days", "weight", "expected_on", "low_on", "high_on")
  WITH own AS (
    SELECT customer_id, item_id, product_id, category_id, count(*)::int AS purchases, count(x)::int AS n, avg(x) AS m,
      (array_agg(day ORDER BY day DESC))[1:5] AS last_purchases, (array_agg(quantity ORDER BY day DESC))[1] AS last_quantity
    FROM "repurchase_purchase_days" WHERE customer_id = ANY(ids)
    GROUP BY 1, 2, 3, 4
  ), estimated AS (
    SELECT own.*, p.mean_log, p.within_variance, p.between_variance,
      own.n / (own.n + p.within_variance / p.between_variance) AS z
    FROM own JOIN "repurchase_populations" p ON p.item_id = own.item_id
  ), predicted AS (
    SELECT e.*, e.z * coalesce(e.m, 0) + (1 - e.z) * e.mean_log AS theta,
      sqrt(e.within_variance + (1 - e.z) * e.between_variance) AS spread
    FROM estimated e
  )
  SELECT customer_id, item_id, product_id, category_id, purchases, last_purchases, last_quantity,
    CASE WHEN n > 0 THEN exp(m) END, exp(mean_log), z,
    last_purchases[1] + round(exp(theta) * last_quantity)::int,
    last_purchases[1] + round(exp(theta - 1.2816 * spread) * last_quantity)::int,
    last_purchases[1] + round(exp(theta + 1.2816 * spread) * last_quantity)::int
  FROM predicted;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;
--> statement-breakpoint
-- Kept in the transaction of every write that changes what a customer kept: orders (cancelled,
-- moved to another profile by a merge), their lines, returns (rejected) and returned lines.
CREATE FUNCTION "repurchase_on_orders"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_repurchase"(array(
      SELECT n."customer_id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE n."status" IS DISTINCT FROM o."status" OR n."customer_id" IS DISTINCT FROM o."customer_id" OR n."placed_at" IS DISTINCT FROM o."placed_at"
      UNION SELECT o."customer_id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."customer_id" IS DISTINCT FROM o."customer_id"));
  ELSE
    PERFORM "refresh_repurchase"(array(SELECT DISTINCT "customer_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "repurchase_on_order_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_repurchase"(array(SELECT DISTINCT o."customer_id" FROM new_rows l JOIN "orders" o ON o."id" = l."order_id"));
  ELSE
    PERFORM "refresh_repurchase"(array(SELECT DISTINCT o."customer_id" FROM old_rows l JOIN "orders" o ON o."id" = l."order_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "repurchase_on_returns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_repurchase"(array(SELECT DISTINCT "customer_id" FROM old_rows));
  ELSE
    PERFORM "refresh_repurchase"(array(SELECT DISTINCT "customer_id" FROM new_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "repurchase_on_return_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_repurchase"(array(SELECT DISTINCT r."customer_id" FROM old_rows l JOIN "returns" r ON r."id" = l."return_id"));
  ELSE
    PERFORM "refresh_repurchase"(array(SELECT DISTINCT r."customer_id" FROM new_rows l JOIN "returns" r ON r."id" = l."return_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "orders_repurchase_update" AFTER UPDATE ON "orders" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_orders"();
--> statement-breakpoint
CREATE TRIGGER "orders_repurchase_delete" AFTER DELETE ON "orders" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_orders"();
--> statement-breakpoint
CREATE TRIGGER "order_lines_repurchase_insert" AFTER INSERT ON "order_lines" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "order_lines_repurchase_delete" AFTER DELETE ON "order_lines" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "returns_repurchase_insert" AFTER INSERT ON "returns" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_returns"();
--> statement-breakpoint
CREATE TRIGGER "returns_repurchase_update" AFTER UPDATE ON "returns" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_returns"();
--> statement-breakpoint
CREATE TRIGGER "returns_repurchase_delete" AFTER DELETE ON "returns" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_returns"();
--> statement-breakpoint
CREATE TRIGGER "return_lines_repurchase_insert" AFTER INSERT ON "return_lines" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_return_lines"();
--> statement-breakpoint
CREATE TRIGGER "return_lines_repurchase_delete" AFTER DELETE ON "return_lines" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "repurchase_on_return_lines"();
