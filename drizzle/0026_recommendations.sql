ALTER TYPE "public"."consent_purpose" ADD VALUE 'PROFILING';--> statement-breakpoint
CREATE TABLE "product_buyer_totals" (
	"id" integer PRIMARY KEY NOT NULL,
	"customers" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_buyer_totals_one_ck" CHECK ("product_buyer_totals"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "product_buyers" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"customers" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_buyers_customers_ck" CHECK ("product_buyers"."customers" >= 0)
);
--> statement-breakpoint
CREATE TABLE "product_pairs" (
	"product_id" uuid NOT NULL,
	"other_product_id" uuid NOT NULL,
	"customers" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_pairs_product_id_other_product_id_pk" PRIMARY KEY("product_id","other_product_id"),
	CONSTRAINT "product_pairs_customers_ck" CHECK ("product_pairs"."customers" >= 0),
	CONSTRAINT "product_pairs_distinct_ck" CHECK ("product_pairs"."product_id" <> "product_pairs"."other_product_id")
);
--> statement-breakpoint
CREATE TABLE "product_popularity" (
	"audience" text NOT NULL,
	"product_id" uuid NOT NULL,
	"customers" integer NOT NULL,
	"share_ppm" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_popularity_audience_product_id_pk" PRIMARY KEY("audience","product_id"),
	CONSTRAINT "product_popularity_audience_ck" CHECK ("product_popularity"."audience" in ('ALL', 'VERY_LOYAL', 'REGULAR', 'OCCASIONAL'))
);
--> statement-breakpoint
ALTER TABLE "product_buyers" ADD CONSTRAINT "product_buyers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_pairs" ADD CONSTRAINT "product_pairs_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_pairs" ADD CONSTRAINT "product_pairs_other_product_id_products_id_fk" FOREIGN KEY ("other_product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_popularity" ADD CONSTRAINT "product_popularity_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_pairs_other_idx" ON "product_pairs" USING btree ("other_product_id");--> statement-breakpoint
CREATE INDEX "product_popularity_rank_idx" ON "product_popularity" USING btree ("audience","customers");--> statement-breakpoint
CREATE INDEX "product_popularity_product_idx" ON "product_popularity" USING btree ("product_id");--> statement-breakpoint
-- hand-written: the co-purchase counts follow every statement that inserts order lines, in its transaction (src/recommendations/README.md).
-- A (customer, product) pair new to the customer adds one buyer to the product, one to every pair it makes with what the customer bought
-- before (both directions; two new products of the same statement make their pair once), and a customer's first purchase one to the total.
-- Rows are upserted in key order, buyers before pairs before the total, so concurrent orders wait for each other but cannot deadlock.
-- Cancellations, merges and erasures are not followed here: refreshProductAssociations (npm run models:refresh) rebuilds every count.
CREATE FUNCTION note_copurchases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS copurchase_fresh (customer_id uuid, product_id uuid, newcomer boolean) ON COMMIT DELETE ROWS;
  DELETE FROM copurchase_fresh;
  INSERT INTO copurchase_fresh
  SELECT f.customer_id, f.product_id,
         NOT EXISTS (SELECT 1 FROM orders po JOIN order_lines pl ON pl.order_id = po.id
                     WHERE po.customer_id = f.customer_id AND po.status <> 'CANCELLED'
                       AND NOT EXISTS (SELECT 1 FROM copurchase_new_lines x WHERE x.id = pl.id))
  FROM (SELECT DISTINCT o.customer_id, nl.product_id FROM copurchase_new_lines nl JOIN orders o ON o.id = nl.order_id WHERE o.status <> 'CANCELLED') f
  WHERE NOT EXISTS (SELECT 1 FROM orders po JOIN order_lines pl ON pl.order_id = po.id
                    WHERE po.customer_id = f.customer_id AND pl.product_id = f.product_id AND po.status <> 'CANCELLED'
                      AND NOT EXISTS (SELECT 1 FROM copurchase_new_lines x WHERE x.id = pl.id));
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  INSERT INTO product_buyers AS b (product_id, customers)
  SELECT product_id, count(*) FROM copurchase_fresh GROUP BY product_id ORDER BY product_id
  ON CONFLICT (product_id) DO UPDATE SET customers = b.customers + excluded.customers, updated_at = now();
  INSERT INTO product_pairs AS p (product_id, other_product_id, customers)
  SELECT d.x, d.y, count(*)
  FROM copurchase_fresh f
  JOIN (SELECT DISTINCT po.customer_id, pl.product_id FROM orders po JOIN order_lines pl ON pl.order_id = po.id
        WHERE po.customer_id IN (SELECT customer_id FROM copurchase_fresh) AND po.status <> 'CANCELLED') ow
    ON ow.customer_id = f.customer_id AND ow.product_id <> f.product_id
  CROSS JOIN LATERAL (VALUES (f.product_id, ow.product_id), (ow.product_id, f.product_id)) d(x, y)
  WHERE d.x = f.product_id
     OR NOT EXISTS (SELECT 1 FROM copurchase_fresh g WHERE g.customer_id = f.customer_id AND g.product_id = ow.product_id)
  GROUP BY d.x, d.y ORDER BY d.x, d.y
  ON CONFLICT (product_id, other_product_id) DO UPDATE SET customers = p.customers + excluded.customers, updated_at = now();
  INSERT INTO product_buyer_totals AS t (id, customers)
  SELECT 1, count(DISTINCT customer_id) FROM copurchase_fresh WHERE newcomer HAVING count(*) > 0
  ON CONFLICT (id) DO UPDATE SET customers = t.customers + excluded.customers, updated_at = now();
  DELETE FROM copurchase_fresh;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER order_lines_copurchases AFTER INSERT ON order_lines REFERENCING NEW TABLE AS copurchase_new_lines FOR EACH STATEMENT EXECUTE FUNCTION note_copurchases();
