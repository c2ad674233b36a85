CREATE TYPE "public"."case_entry_kind" AS ENUM('COMMENT', 'INTERNAL_NOTE', 'STATUS_CHANGE');--> statement-breakpoint
CREATE TYPE "public"."reviewer_shown_as" AS ENUM('DISPLAY_NAME', 'INITIALS');--> statement-breakpoint
CREATE TABLE "product_ratings" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"average" double precision,
	"distribution" integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_helpful_votes" (
	"review_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"voted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_helpful_votes_review_id_customer_id_pk" PRIMARY KEY("review_id","customer_id")
);
--> statement-breakpoint
ALTER TABLE "case_comments" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "case_comments" ADD COLUMN "author_role" text DEFAULT 'AGENT' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_comments" ADD COLUMN "author_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_comments" ADD COLUMN "kind" "case_entry_kind" DEFAULT 'COMMENT' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_comments" ADD COLUMN "status" "case_status";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "shipment_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "service_record_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "product_id" uuid;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "shown_as" "reviewer_shown_as" DEFAULT 'INITIALS' NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "reviewer_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "helpful_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "product_ratings" ADD CONSTRAINT "product_ratings_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_ratings_average_idx" ON "product_ratings" USING btree ("average","product_id");--> statement-breakpoint
CREATE INDEX "review_helpful_votes_customer_idx" ON "review_helpful_votes" USING btree ("customer_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_service_record_id_service_records_id_fk" FOREIGN KEY ("service_record_id") REFERENCES "public"."service_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_product_idx" ON "cases" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "reviews_product_helpful_idx" ON "reviews" USING btree ("product_id","helpful_count","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_case_uq" ON "survey_responses" USING btree ("case_id");--> statement-breakpoint
-- hand-written: product ratings kept by triggers on reviews; the thread's names for comments written before it had them.
CREATE FUNCTION "refresh_product_ratings"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "product_ratings" ("product_id", "count", "average", "distribution")
  SELECT p.id, count(r.id)::int,
    round(avg(r."stars")::numeric, 2)::float8,
    ARRAY[count(*) FILTER (WHERE r."stars" = 1), count(*) FILTER (WHERE r."stars" = 2), count(*) FILTER (WHERE r."stars" = 3),
          count(*) FILTER (WHERE r."stars" = 4), count(*) FILTER (WHERE r."stars" = 5)]::int[]
  FROM unnest(ids) AS p(id)
  LEFT JOIN "reviews" r ON r."product_id" = p.id AND r."hidden_at" IS NULL
  WHERE EXISTS (SELECT 1 FROM "products" WHERE "products"."id" = p.id)
  GROUP BY p.id
  ON CONFLICT ("product_id") DO UPDATE SET "count" = excluded."count", "average" = excluded."average", "distribution" = excluded."distribution";
$$;
--> statement-breakpoint
CREATE FUNCTION "product_ratings_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_ratings"(array(SELECT DISTINCT "product_id" FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "product_ratings_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_ratings"(array(SELECT "product_id" FROM new_rows UNION SELECT "product_id" FROM old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "product_ratings_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_ratings"(array(SELECT DISTINCT "product_id" FROM old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reviews_ratings_insert" AFTER INSERT ON "reviews" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_ratings_on_insert"();
--> statement-breakpoint
CREATE TRIGGER "reviews_ratings_update" AFTER UPDATE ON "reviews" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_ratings_on_update"();
--> statement-breakpoint
CREATE TRIGGER "reviews_ratings_delete" AFTER DELETE ON "reviews" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_ratings_on_delete"();
--> statement-breakpoint
SELECT "refresh_product_ratings"(array(SELECT DISTINCT "product_id" FROM "reviews"));
--> statement-breakpoint
UPDATE "case_comments" SET "author_name" = "author" WHERE "author_name" = '';
--> statement-breakpoint
-- Every product has its rating row from the start (count 0 until a review is shown).
CREATE FUNCTION "product_ratings_on_new_product"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_ratings"(array(SELECT "id" FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "products_ratings_insert" AFTER INSERT ON "products" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_ratings_on_new_product"();
--> statement-breakpoint
SELECT "refresh_product_ratings"(array(SELECT "id" FROM "products"));
--> statement-breakpoint
-- A review's public author name: the display name or its initials ("Mei Lin" -> "M. L."), as the author chose; an erased customer is a former customer.
CREATE FUNCTION "review_author_name"(customer uuid, shown "reviewer_shown_as") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN c."erased_at" IS NOT NULL THEN 'Former customer'
    WHEN shown = 'DISPLAY_NAME' THEN c."display_name"
    ELSE array_to_string(array(SELECT upper(left(w, 1)) || '.' FROM regexp_split_to_table(btrim(c."display_name"), '\s+') AS w WHERE w <> ''), ' ')
  END
  FROM "customers" c WHERE c."id" = customer;
$$;
--> statement-breakpoint
CREATE FUNCTION "reviews_author_name"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."reviewer_name" := coalesce("review_author_name"(NEW."customer_id", NEW."shown_as"), '');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reviews_author_name" BEFORE INSERT OR UPDATE OF "customer_id", "shown_as" ON "reviews" FOR EACH ROW EXECUTE FUNCTION "reviews_author_name"();
--> statement-breakpoint
CREATE FUNCTION "customers_review_names"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "reviews" SET "reviewer_name" = coalesce("review_author_name"("customer_id", "shown_as"), '') WHERE "customer_id" = NEW."id";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customers_review_names" AFTER UPDATE OF "display_name", "erased_at" ON "customers" FOR EACH ROW
  WHEN (OLD."display_name" IS DISTINCT FROM NEW."display_name" OR OLD."erased_at" IS DISTINCT FROM NEW."erased_at") EXECUTE FUNCTION "customers_review_names"();
--> statement-breakpoint
UPDATE "reviews" SET "reviewer_name" = coalesce("review_author_name"("customer_id", "shown_as"), '');
