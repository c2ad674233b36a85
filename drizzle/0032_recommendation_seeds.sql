CREATE TABLE "customer_recommendation_seeds" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"product_ids" uuid[] NOT NULL,
	"bought_at" timestamp (3) with time zone[] NOT NULL,
	"left_out" uuid[] NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_pair_tops" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"other_product_ids" uuid[] NOT NULL,
	"confidences" double precision[] NOT NULL,
	"refreshed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD CONSTRAINT "customer_recommendation_seeds_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_pair_tops" ADD CONSTRAINT "product_pair_tops_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- hand-written: what Customer.recommendations reads of a customer's own history (src/recommendations/README.md), kept in
-- the transaction of every write that changes it, like repurchase_predictions: the SEEDS = 10 most recent distinct
-- purchases (orders not cancelled, returned lines left out), newest first with the time last bought, and what stays out
-- of the list (bought in an order not cancelled, or returned on a return not rejected). One read serves the triggers (a
-- few customers, by index) and the rebuild (NULL: everyone, by hash joins): the function is inlined.
CREATE FUNCTION "recommendation_seed_rows"(ids uuid[])
RETURNS TABLE ("customer_id" uuid, "product_ids" uuid[], "bought_at" timestamptz[], "left_out" uuid[])
LANGUAGE sql STABLE AS $$
SELECT k.customer_id,
  coalesce((array_agg(k.product_id ORDER BY k.last_at DESC, k.product_id) FILTER (WHERE k.last_at IS NOT NULL))[1:10], '{}'),
  coalesce((array_agg(k.last_at ORDER BY k.last_at DESC, k.product_id) FILTER (WHERE k.last_at IS NOT NULL))[1:10], '{}'),
  array_agg(k.product_id ORDER BY k.product_id)
FROM (
  SELECT b.customer_id, b.product_id, max(b.placed_at) FILTER (WHERE NOT b.returned) AS last_at
  FROM (
    SELECT o."customer_id", ol."product_id", o."placed_at", r."order_line_id" IS NOT NULL AS returned
    FROM "orders" o
    JOIN "order_lines" ol ON ol."order_id" = o."id"
    LEFT JOIN (
      SELECT DISTINCT rl."order_line_id"
      FROM "return_lines" rl JOIN "returns" rt ON rt."id" = rl."return_id"
      WHERE rt."status" <> 'REJECTED' AND (ids IS NULL OR rt."order_id" IN (SELECT so."id" FROM "orders" so WHERE so."customer_id" = ANY(ids)))
    ) r ON r."order_line_id" = ol."id"
    WHERE o."status" <> 'CANCELLED' AND (ids IS NULL OR o."customer_id" = ANY(ids))
    UNION ALL
    SELECT rr."customer_id", rol."product_id", NULL, true
    FROM "returns" rr JOIN "return_lines" rl ON rl."return_id" = rr."id" JOIN "order_lines" rol ON rol."id" = rl."order_line_id"
    WHERE rr."status" <> 'REJECTED' AND (ids IS NULL OR rr."customer_id" = ANY(ids))
  ) b
  GROUP BY 1, 2
) k
GROUP BY 1
$$;
--> statement-breakpoint
-- The given customers' rows anew. Deleted first, then upserted: a concurrent write for the same customer that inserted
-- meanwhile is overwritten, not a unique violation.
CREATE FUNCTION "refresh_recommendation_seeds"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM "customer_recommendation_seeds" WHERE "customer_id" = ANY(ids);
  INSERT INTO "customer_recommendation_seeds" AS s ("customer_id", "product_ids", "bought_at", "left_out")
  SELECT r."customer_id", r."product_ids", r."bought_at", r."left_out" FROM "recommendation_seed_rows"(ids) r ORDER BY r."customer_id"
  ON CONFLICT ("customer_id") DO UPDATE SET "product_ids" = excluded."product_ids", "bought_at" = excluded."bought_at",
    "left_out" = excluded."left_out", "updated_at" = now();
END $$;
--> statement-breakpoint
-- The same writes as repurchase_predictions follow: orders (cancelled, re-dated, moved to another profile by a merge: both
-- profiles), their lines, returns (rejected) and returned lines.
CREATE FUNCTION "recommendation_seeds_on_orders"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_recommendation_seeds"(array(
      SELECT n."customer_id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE n."status" IS DISTINCT FROM o."status" OR n."customer_id" IS DISTINCT FROM o."customer_id" OR n."placed_at" IS DISTINCT FROM o."placed_at"
      UNION SELECT o."customer_id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."customer_id" IS DISTINCT FROM o."customer_id"));
  ELSE
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT "customer_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "recommendation_seeds_on_order_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT o."customer_id" FROM new_rows l JOIN "orders" o ON o."id" = l."order_id"));
  ELSE
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT o."customer_id" FROM old_rows l JOIN "orders" o ON o."id" = l."order_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "recommendation_seeds_on_returns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT "customer_id" FROM old_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_recommendation_seeds"(array(SELECT "customer_id" FROM new_rows UNION SELECT "customer_id" FROM old_rows));
  ELSE
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT "customer_id" FROM new_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "recommendation_seeds_on_return_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT r."customer_id" FROM old_rows l JOIN "returns" r ON r."id" = l."return_id"));
  ELSE
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT r."customer_id" FROM new_rows l JOIN "returns" r ON r."id" = l."return_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "orders_recommendation_seeds_update" AFTER UPDATE ON "orders" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_orders"();
--> statement-breakpoint
CREATE TRIGGER "orders_recommendation_seeds_delete" AFTER DELETE ON "orders" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_orders"();
--> statement-breakpoint
CREATE TRIGGER "order_lines_recommendation_seeds_insert" AFTER INSERT ON "order_lines" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "order_lines_recommendation_seeds_delete" AFTER DELETE ON "order_lines" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "returns_recommendation_seeds_insert" AFTER INSERT ON "returns" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_returns"();
--> statement-breakpoint
CREATE TRIGGER "returns_recommendation_seeds_update" AFTER UPDATE ON "returns" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_returns"();
--> statement-breakpoint
CREATE TRIGGER "returns_recommendation_seeds_delete" AFTER DELETE ON "returns" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_returns"();
--> statement-breakpoint
CREATE TRIGGER "return_lines_recommendation_seeds_insert" AFTER INSERT ON "return_lines" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_return_lines"();
--> statement-breakpoint
CREATE TRIGGER "return_lines_recommendation_seeds_delete" AFTER DELETE ON "return_lines" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_seeds_on_return_lines"();
--> statement-breakpoint
-- Filled once from the history (models:refresh keeps it exact daily).
INSERT INTO "customer_recommendation_seeds" ("customer_id", "product_ids", "bought_at", "left_out") SELECT * FROM "recommendation_seed_rows"(NULL);
--> statement-breakpoint
-- Each product's strongest shown pairs (MIN_PAIR_CUSTOMERS = 3, lift > MIN_LIFT = 1, PAIRS_PER_SEED = 50), as
-- refreshProductAssociations rebuilds them.
INSERT INTO "product_pair_tops" ("product_id", "other_product_ids", "confidences")
SELECT product_id, array_agg(other_product_id ORDER BY n), array_agg(confidence ORDER BY n)
FROM (
  SELECT pp.product_id, pp.other_product_id, pp.customers::float8 / a.customers AS confidence,
    row_number() OVER (PARTITION BY pp.product_id ORDER BY pp.customers DESC, pp.other_product_id) AS n
  FROM "product_pairs" pp JOIN "product_buyers" a ON a.product_id = pp.product_id JOIN "product_buyers" b ON b.product_id = pp.other_product_id
  CROSS JOIN "product_buyer_totals" t
  WHERE pp.customers >= 3 AND pp.customers::float8 * t.customers > 1::float8 * a.customers * b.customers
) ranked
WHERE n <= 50
GROUP BY product_id;
