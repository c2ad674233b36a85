CREATE TABLE "customer_traits" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"order_count" integer DEFAULT 0 NOT NULL,
	"lifetime_value_minor" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"first_order_at" timestamp (3) with time zone,
	"last_order_at" timestamp (3) with time zone,
	"mean_interval_days" double precision,
	"preferred_channel" "order_channel",
	"return_count" integer DEFAULT 0 NOT NULL,
	"complaint_count" integer DEFAULT 0 NOT NULL,
	"open_complaint_count" integer DEFAULT 0 NOT NULL,
	"last_complaint_at" timestamp (3) with time zone,
	"last_service_at" timestamp (3) with time zone,
	"vehicles_owned" integer DEFAULT 0 NOT NULL,
	"last_vehicle_purchase_at" timestamp (3) with time zone,
	"latest_nps" integer,
	"latest_csat" integer,
	"refreshed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "last_activity_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "customer_traits" ADD CONSTRAINT "customer_traits_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The facts of customer_traits for the given customers, computed set-based and upserted, then
-- their stage and tier. The customers' rows are locked first, in id order, as any writer that
-- locks a profile does: a concurrent writer's commit is then seen by the statement that
-- computes (two orders committed side by side both count), and a transaction holding a profile
-- never waits here for one that waits for it.
CREATE FUNCTION "refresh_customer_traits"(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  changed integer;
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN 0;
  END IF;
  PERFORM 1 FROM "customers" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  WITH target AS (
    SELECT c."id" FROM "customers" c WHERE c."id" = ANY(ids)
  ), placed AS (
    SELECT "customer_id", count(*)::int AS n, sum("total_minor")::bigint AS total, min("currency") AS currency,
      min("placed_at") AS first_at, max("placed_at") AS last_at
    FROM "orders" WHERE "customer_id" = ANY(ids) AND "status" <> 'CANCELLED' GROUP BY "customer_id"
  ), channel AS (
    SELECT DISTINCT ON ("customer_id") "customer_id", "channel"
    FROM "orders" WHERE "customer_id" = ANY(ids) AND "status" <> 'CANCELLED'
    GROUP BY "customer_id", "channel" ORDER BY "customer_id", count(*) DESC, max("placed_at") DESC, "channel"
  ), returned AS (
    SELECT "customer_id", count(*)::int AS n FROM "returns" WHERE "customer_id" = ANY(ids) AND "status" <> 'REJECTED' GROUP BY "customer_id"
  ), complaint AS (
    -- A complaint case (openCase also logs an interaction naming it) or a complaint logged without one.
    SELECT "customer_id", count(*)::int AS n, count(*) FILTER (WHERE still_open)::int AS open_n, max(at) AS last_at FROM (
      SELECT "customer_id", "opened_at" AS at, "status" IN ('OPEN', 'IN_PROGRESS') AS still_open FROM "cases"
      WHERE "customer_id" = ANY(ids) AND "kind" = 'COMPLAINT'
      UNION ALL
      SELECT "customer_id", "occurred_at", false FROM "interactions"
      WHERE "customer_id" = ANY(ids) AND "type" = 'COMPLAINT' AND "case_id" IS NULL
    ) c GROUP BY "customer_id"
  ), serviced AS (
    SELECT "customer_id", max("performed_at") AS last_at FROM "service_records" WHERE "customer_id" = ANY(ids) GROUP BY "customer_id"
  ), owned AS (
    SELECT "customer_id", count(*) FILTER (WHERE "ended_on" IS NULL)::int AS n, max("started_on")::timestamptz AS last_at
    FROM "vehicle_ownerships" WHERE "customer_id" = ANY(ids) AND "role" = 'OWNER' GROUP BY "customer_id"
  ), nps AS (
    SELECT DISTINCT ON ("customer_id") "customer_id", "would_recommend" AS score FROM "survey_responses"
    WHERE "customer_id" = ANY(ids) AND "would_recommend" IS NOT NULL ORDER BY "customer_id", "responded_at" DESC, "id" DESC
  ), csat AS (
    SELECT DISTINCT ON ("customer_id") "customer_id", "overall_satisfaction" AS score FROM "survey_responses"
    WHERE "customer_id" = ANY(ids) ORDER BY "customer_id", "responded_at" DESC, "id" DESC
  ), written AS (
    INSERT INTO "customer_traits" AS t ("customer_id", "order_count", "lifetime_value_minor", "currency", "first_order_at", "last_order_at",
      "mean_interval_days", "preferred_channel", "return_count", "complaint_count", "open_complaint_count", "last_complaint_at",
      "last_service_at", "vehicles_owned", "last_vehicle_purchase_at", "latest_nps", "latest_csat", "refreshed_at")
    SELECT target."id", coalesce(placed.n, 0), coalesce(placed.total, 0), coalesce(placed.currency, 'CNY'), placed.first_at, placed.last_at,
      CASE WHEN placed.n >= 2 THEN round(extract(epoch FROM placed.last_at - placed.first_at) / 86400 / (placed.n - 1), 2)::float8 END,
      channel.channel, coalesce(returned.n, 0), coalesce(complaint.n, 0), coalesce(complaint.open_n, 0), complaint.last_at,
      serviced.last_at, coalesce(owned.n, 0), owned.last_at, nps.score, csat.score, now()
    FROM target
    LEFT JOIN placed ON placed."customer_id" = target."id"
    LEFT JOIN channel ON channel."customer_id" = target."id"
    LEFT JOIN returned ON returned."customer_id" = target."id"
    LEFT JOIN complaint ON complaint."customer_id" = target."id"
    LEFT JOIN serviced ON serviced."customer_id" = target."id"
    LEFT JOIN owned ON owned."customer_id" = target."id"
    LEFT JOIN nps ON nps."customer_id" = target."id"
    LEFT JOIN csat ON csat."customer_id" = target."id"
    ON CONFLICT ("customer_id") DO UPDATE SET
      "order_count" = excluded."order_count", "lifetime_value_minor" = excluded."lifetime_value_minor", "currency" = excluded."currency",
      "first_order_at" = excluded."first_order_at", "last_order_at" = excluded."last_order_at", "mean_interval_days" = excluded."mean_interval_days",
      "preferred_channel" = excluded."preferred_channel", "return_count" = excluded."return_count", "complaint_count" = excluded."complaint_count",
      "open_complaint_count" = excluded."open_complaint_count", "last_complaint_at" = excluded."last_complaint_at",
      "last_service_at" = excluded."last_service_at", "vehicles_owned" = excluded."vehicles_owned",
      "last_vehicle_purchase_at" = excluded."last_vehicle_purchase_at", "latest_nps" = excluded."latest_nps", "latest_csat" = excluded."latest_csat",
      "refreshed_at" = excluded."refreshed_at"
    RETURNING 1
  )
  SELECT count(*) INTO changed FROM written;
  -- The stage and tier by rule (src/analytics/README.md): OWNER while owning a vehicle, CUSTOMER
  -- once anything was bought, else a LEAD stays one and everyone else is a PROSPECT; LAPSED is
  -- read against today from last_activity_at. Tier by orders: 6 or more VERY_LOYAL, 3 REGULAR,
  -- 1 OCCASIONAL, none without orders.
  UPDATE "customers" c SET
    "stage" = ruled.stage::lifecycle_stage, "tier" = ruled.tier::loyalty_tier, "last_activity_at" = ruled.last_activity_at
  FROM (
    SELECT t."customer_id",
      CASE WHEN t."vehicles_owned" > 0 THEN 'OWNER'
        WHEN t."order_count" > 0 OR t."last_vehicle_purchase_at" IS NOT NULL THEN 'CUSTOMER'
        WHEN cs."stage" = 'LEAD' THEN 'LEAD'
        ELSE 'PROSPECT' END AS stage,
      CASE WHEN t."order_count" >= 6 THEN 'VERY_LOYAL' WHEN t."order_count" >= 3 THEN 'REGULAR' WHEN t."order_count" >= 1 THEN 'OCCASIONAL' END AS tier,
      greatest(t."last_order_at", t."last_vehicle_purchase_at", t."last_service_at") AS last_activity_at
    FROM "customer_traits" t JOIN "customers" cs ON cs."id" = t."customer_id"
    WHERE t."customer_id" = ANY(ids)
  ) ruled
  WHERE c."id" = ruled."customer_id"
    AND (c."stage"::text, c."tier"::text, c."last_activity_at") IS DISTINCT FROM (ruled.stage, ruled.tier, ruled.last_activity_at);
  RETURN changed;
END $$;
--> statement-breakpoint
CREATE FUNCTION "customer_traits_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_customer_traits"(array(SELECT DISTINCT "customer_id" FROM new_rows WHERE "customer_id" IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "customer_traits_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A merge moves rows between customers: both the old and the new owner change.
  PERFORM "refresh_customer_traits"(array(
    SELECT "customer_id" FROM new_rows WHERE "customer_id" IS NOT NULL
    UNION SELECT "customer_id" FROM old_rows WHERE "customer_id" IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "customer_traits_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_customer_traits"(array(SELECT DISTINCT "customer_id" FROM old_rows WHERE "customer_id" IS NOT NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY['orders', 'returns', 'cases', 'interactions', 'service_records', 'survey_responses', 'vehicle_ownerships'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_traits_on_insert"()', source || '_traits_insert', source);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_traits_on_update"()', source || '_traits_update', source);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_traits_on_delete"()', source || '_traits_delete', source);
  END LOOP;
END $$;
--> statement-breakpoint
-- Every profile has its row from the start (the triggers above fill it in).
CREATE FUNCTION "customer_traits_on_new_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "customer_traits" ("customer_id") SELECT "id" FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customers_traits_insert" AFTER INSERT ON "customers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_traits_on_new_customer"();
--> statement-breakpoint
SELECT "refresh_customer_traits"(array(SELECT "id" FROM "customers"));
