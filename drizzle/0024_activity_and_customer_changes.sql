CREATE TYPE "public"."activity_event_type" AS ENUM('PAGE_VIEW', 'PRODUCT_VIEW', 'MODEL_VIEW', 'SEARCH', 'ADD_TO_CART', 'APP_OPEN', 'CUSTOM');--> statement-breakpoint
CREATE TYPE "public"."activity_platform" AS ENUM('WEB', 'IOS', 'ANDROID');--> statement-breakpoint
CREATE TYPE "public"."customer_change_kind" AS ENUM('PROFILE', 'TRAITS', 'SEGMENT');--> statement-breakpoint
CREATE TABLE "activity_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid,
	"anonymous_id" text,
	"type" "activity_event_type" NOT NULL,
	"platform" "activity_platform" NOT NULL,
	"name" text,
	"product_id" uuid,
	"model_id" uuid,
	"url" text,
	"search_term" text,
	"properties" jsonb,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_change_heads" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_changes" (
	"customer_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"kind" "customer_change_kind" NOT NULL,
	"segment_id" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_changes_customer_id_seq_pk" PRIMARY KEY("customer_id","seq")
);
--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_model_id_vehicle_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."vehicle_models"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_change_heads" ADD CONSTRAINT "customer_change_heads_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_changes" ADD CONSTRAINT "customer_changes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_changes" ADD CONSTRAINT "customer_changes_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_events_customer_idx" ON "activity_events" USING btree ("customer_id","type","occurred_at");--> statement-breakpoint
CREATE INDEX "activity_events_anonymous_idx" ON "activity_events" USING btree ("anonymous_id") WHERE "activity_events"."customer_id" is null;--> statement-breakpoint
CREATE INDEX "activity_events_occurred_idx" ON "activity_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "activity_events_product_idx" ON "activity_events" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "activity_events_model_idx" ON "activity_events" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "customer_changes_segment_idx" ON "customer_changes" USING btree ("segment_id");--> statement-breakpoint
CREATE INDEX "customer_changes_at_idx" ON "customer_changes" USING btree ("at");--> statement-breakpoint
-- hand-written:
-- Segment rules read a customer's behavioural events (activity) and leads (a test drive booked),
-- so their writes re-evaluate the memberships of the customers they touch in the same
-- transaction, as every other table a rule reads does (0018_segment_memberships.sql). An
-- anonymous visitor's events (customer_id null) touch no one until they join a profile, which
-- is an update of customer_id and re-evaluates that profile.
DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY['activity_events', 'leads'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_insert"()', source || '_segments_insert', source);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_update"()', source || '_segments_update', source);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_delete"()', source || '_segments_delete', source);
  END LOOP;
END $$;
--> statement-breakpoint
-- hand-written:
-- Profile changes for customerChanged (src/analytics/README.md, "Profile changes live"): every
-- write to a profile, its contacts, consents, preferences and tags (PROFILE), its traits (TRAITS)
-- and its segment memberships (SEGMENT) appends a row per customer to customer_changes in its own
-- transaction, numbered per customer from customer_change_heads, whose row lock orders one
-- customer's seqs by commit; and rings `customer_changes` with the (customer, seq) pairs, heard
-- at commit only (at most 100 pairs a ring, under NOTIFY's 8,000 bytes). A customer being deleted
-- (a cascade from its row) records nothing.
CREATE FUNCTION "record_customer_changes"(ids uuid[], change_kind customer_change_kind, segment uuid DEFAULT NULL) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN 0;
  END IF;
  WITH heads AS (
    INSERT INTO "customer_change_heads" AS h ("customer_id", "last_seq", "changed_at")
    SELECT d."id", 1, clock_timestamp() FROM (SELECT DISTINCT unnest(ids) AS "id") d
    WHERE EXISTS (SELECT 1 FROM "customers" c WHERE c."id" = d."id") ORDER BY d."id"
    ON CONFLICT ("customer_id") DO UPDATE SET "last_seq" = h."last_seq" + 1, "changed_at" = excluded."changed_at"
    RETURNING h."customer_id", h."last_seq"
  ), logged AS (
    INSERT INTO "customer_changes" ("customer_id", "seq", "kind", "segment_id", "at")
    SELECT "customer_id", "last_seq", change_kind, segment, clock_timestamp() FROM heads
    RETURNING "customer_id", "seq"
  )
  SELECT coalesce(sum(k), 0) INTO n FROM (
    SELECT count(*) AS k, pg_notify('customer_changes', json_build_object('changes', json_agg(json_build_array("customer_id", "seq")))::text)
    FROM (SELECT "customer_id", "seq", (row_number() OVER (ORDER BY "customer_id") - 1) / 100 AS chunk FROM logged) numbered GROUP BY chunk
  ) rung;
  RETURN n;
END $$;
--> statement-breakpoint
CREATE FUNCTION "customer_changes_profile_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "record_customer_changes"(array(SELECT DISTINCT "customer_id" FROM new_rows), 'PROFILE');
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "record_customer_changes"(array(SELECT "customer_id" FROM new_rows UNION SELECT "customer_id" FROM old_rows), 'PROFILE');
  ELSE
    PERFORM "record_customer_changes"(array(SELECT DISTINCT "customer_id" FROM old_rows), 'PROFILE');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The profile row itself: only a change a reader could see (not the password or the update time).
CREATE FUNCTION "customer_changes_customer_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "record_customer_changes"(array(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (to_jsonb(n) - 'updated_at' - 'password_hash') IS DISTINCT FROM (to_jsonb(o) - 'updated_at' - 'password_hash')), 'PROFILE');
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Traits are upserted on every write they follow: only a changed fact counts.
CREATE FUNCTION "customer_changes_traits"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "record_customer_changes"(array(SELECT DISTINCT "customer_id" FROM new_rows), 'TRAITS');
  ELSE
    PERFORM "record_customer_changes"(array(
      SELECT n."customer_id" FROM new_rows n JOIN old_rows o ON o."customer_id" = n."customer_id"
      WHERE (to_jsonb(n) - 'refreshed_at' - 'updated_at') IS DISTINCT FROM (to_jsonb(o) - 'refreshed_at' - 'updated_at')
      UNION SELECT n."customer_id" FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o."customer_id" = n."customer_id")), 'TRAITS');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "customer_changes_segments"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  seg uuid;
BEGIN
  FOR seg IN SELECT DISTINCT "segment_id" FROM new_rows ORDER BY 1 LOOP
    PERFORM "record_customer_changes"(array(SELECT DISTINCT "customer_id" FROM new_rows WHERE "segment_id" = seg), 'SEGMENT', seg);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customers_changes_update" AFTER UPDATE ON "customers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_changes_customer_update"();
--> statement-breakpoint
CREATE TRIGGER "customer_traits_changes_insert" AFTER INSERT ON "customer_traits" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_changes_traits"();
--> statement-breakpoint
CREATE TRIGGER "customer_traits_changes_update" AFTER UPDATE ON "customer_traits" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_changes_traits"();
--> statement-breakpoint
CREATE TRIGGER "segment_membership_events_changes" AFTER INSERT ON "segment_membership_events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_changes_segments"();
--> statement-breakpoint
DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY['customer_emails', 'customer_phones', 'customer_addresses', 'consent_events', 'customer_preferences', 'customer_tags'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_changes_profile_rows"()', source || '_changes_insert', source);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_changes_profile_rows"()', source || '_changes_update', source);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_changes_profile_rows"()', source || '_changes_delete', source);
  END LOOP;
END $$;
