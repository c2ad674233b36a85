CREATE TYPE "public"."segment_membership_change" AS ENUM('ENTERED', 'LEFT');--> statement-breakpoint
CREATE TABLE "segment_membership_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"segment_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"change" "segment_membership_change" NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "segments" DROP CONSTRAINT "segments_code_unique";--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "dealer_id" uuid;--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "predicate_sql" text;--> statement-breakpoint
ALTER TABLE "segment_membership_events" ADD CONSTRAINT "segment_membership_events_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_membership_events" ADD CONSTRAINT "segment_membership_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "segment_membership_events_customer_idx" ON "segment_membership_events" USING btree ("customer_id","at");--> statement-breakpoint
CREATE INDEX "segment_membership_events_segment_idx" ON "segment_membership_events" USING btree ("segment_id","at");--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_dealer_id_dealers_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."dealers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "segments_staff_code_idx" ON "segments" USING btree ("code") WHERE dealer_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "segments_dealer_code_idx" ON "segments" USING btree ("dealer_id","code");--> statement-breakpoint
-- hand-written:
-- Stored segment memberships, kept in the transaction of every write a rule can read
-- (src/analytics/README.md, "Segments"). Each segment's rule is stored compiled for its owner's
-- scope (segments.predicate_sql, every value a quoted literal: src/analytics/segment-predicate.ts);
-- this function evaluates it for the given customers (NULL: all of them, for a new or changed
-- segment) and applies the difference, one event row per change, and rings the NOTIFY channel
-- segment_memberships with the events' ids (delivered only at commit). The customers' rows are
-- locked first, in id order, as refresh_customer_traits does: two writes about one customer
-- committed side by side do not decide on stale snapshots.
CREATE FUNCTION "refresh_segment_memberships"(ids uuid[], only_segment uuid DEFAULT NULL) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  seg record;
  changed integer := 0;
  n integer;
  scope text;
BEGIN
  IF ids IS NOT NULL AND cardinality(ids) = 0 THEN
    RETURN 0;
  END IF;
  -- Nothing this function writes may bring it back (a trigger someone adds on its tables later).
  IF current_setting('cdp.refreshing_segments', true) = 'on' THEN
    RETURN 0;
  END IF;
  -- Without segments (or without the one asked for) there is nothing to lock or evaluate.
  IF NOT EXISTS (SELECT 1 FROM "segments" s WHERE only_segment IS NULL OR s."id" = only_segment) THEN
    RETURN 0;
  END IF;
  PERFORM set_config('cdp.refreshing_segments', 'on', true);
  IF ids IS NOT NULL THEN
    PERFORM 1 FROM "customers" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
    scope := '"customers"."id" = ANY($2)';
  ELSE
    scope := 'true';
  END IF;
  FOR seg IN SELECT s."id", s."predicate_sql" FROM "segments" s WHERE only_segment IS NULL OR s."id" = only_segment ORDER BY s."id" LOOP
    BEGIN
      EXECUTE format($q$
        WITH wanted AS (
          SELECT "customers"."id" FROM "customers" WHERE %1$s AND (%2$s)
        ), entered AS (
          INSERT INTO "segment_memberships" ("segment_id", "customer_id") SELECT $1, wanted."id" FROM wanted
          ON CONFLICT DO NOTHING RETURNING "customer_id"
        ), gone AS (
          DELETE FROM "segment_memberships" m USING "customers"
          WHERE m."segment_id" = $1 AND "customers"."id" = m."customer_id" AND %1$s
            AND NOT EXISTS (SELECT 1 FROM wanted WHERE wanted."id" = m."customer_id")
          RETURNING m."customer_id"
        ), logged AS (
          INSERT INTO "segment_membership_events" ("segment_id", "customer_id", "change", "at")
          SELECT $1, "customer_id", 'ENTERED'::segment_membership_change, clock_timestamp() FROM entered
          UNION ALL SELECT $1, "customer_id", 'LEFT'::segment_membership_change, clock_timestamp() FROM gone
          RETURNING "id"
        )
        SELECT coalesce(sum(n), 0) FROM (
          SELECT count(*) AS n, pg_notify('segment_memberships', json_build_object('segmentId', $1, 'events', array_agg("id" ORDER BY "id"))::text)
          FROM (SELECT "id", (row_number() OVER (ORDER BY "id") - 1) / 100 AS chunk FROM logged) numbered GROUP BY chunk
        ) rung$q$, scope, coalesce(seg."predicate_sql", 'false'))
      INTO n USING seg."id", ids;
      changed := changed + n;
    EXCEPTION WHEN undefined_column OR undefined_table OR undefined_function OR undefined_object OR invalid_text_representation THEN
      -- A stored predicate that no longer compiles (a column since dropped) must not stop the
      -- write that fired it: the segment keeps its members until traits:refresh recompiles it.
      RAISE WARNING 'segment % not refreshed: %', seg."id", SQLERRM;
    END;
  END LOOP;
  PERFORM set_config('cdp.refreshing_segments', '', true);
  RETURN changed;
END $$;
--> statement-breakpoint
CREATE FUNCTION "segment_memberships_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_segment_memberships"(array(SELECT DISTINCT "customer_id" FROM new_rows WHERE "customer_id" IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "segment_memberships_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A merge moves rows between customers: both the old and the new owner change.
  PERFORM "refresh_segment_memberships"(array(
    SELECT "customer_id" FROM new_rows WHERE "customer_id" IS NOT NULL
    UNION SELECT "customer_id" FROM old_rows WHERE "customer_id" IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "segment_memberships_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_segment_memberships"(array(SELECT DISTINCT "customer_id" FROM old_rows WHERE "customer_id" IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A profile's own columns: only a change a rule could read (every column but the password and
-- the update time), so a login or a no-op update does not re-evaluate every segment.
CREATE FUNCTION "segment_memberships_on_customer_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_segment_memberships"(array(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (to_jsonb(n) - 'updated_at' - 'password_hash') IS DISTINCT FROM (to_jsonb(o) - 'updated_at' - 'password_hash')));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customers_segments_update" AFTER UPDATE ON "customers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_customer_update"();
--> statement-breakpoint
-- customer_traits: every write the traits follow (orders, returns, cases, interactions, service
-- records, survey answers, vehicle ownerships) ends in an upsert of its rows, and a new profile
-- gets its row at once. The rest are the tables a rule reads that the traits do not follow;
-- a rule condition on another table adds its name here (src/analytics/README.md).
DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY['customer_traits', 'customer_addresses', 'customer_emails', 'customer_phones', 'consent_events', 'dealer_relationships', 'identity_links'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_insert"()', source || '_segments_insert', source);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_update"()', source || '_segments_update', source);
    IF source <> 'customer_traits' THEN
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_delete"()', source || '_segments_delete', source);
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
-- Memberships seeded before rules were stored are not the rules' answer: they go. A segment
-- saved before this migration has no compiled predicate until `npm run traits:refresh`
-- recompiles it from its rule and recomputes every membership.
DELETE FROM "segment_memberships" WHERE "segment_id" IN (SELECT "id" FROM "segments" WHERE "predicate_sql" IS NULL);
