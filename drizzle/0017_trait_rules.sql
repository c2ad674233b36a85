CREATE TABLE "trait_rules" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"recency_days" integer[] DEFAULT '{30,90,180,365}' NOT NULL,
	"frequency_orders" integer[] DEFAULT '{2,3,5,8}' NOT NULL,
	"monetary_minor" integer[] DEFAULT '{50000,200000,500000,1500000}' NOT NULL,
	"tier_orders" integer[] DEFAULT '{1,3,6}' NOT NULL,
	"lapse_days" integer DEFAULT 365 NOT NULL,
	"default_purchase_interval_days" integer DEFAULT 180 NOT NULL,
	"recent_complaint_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "trait_rules_one_row_ck" CHECK ("trait_rules"."id"),
	CONSTRAINT "trait_rules_recency_ck" CHECK (cardinality("recency_days") = 4 and "recency_days"[1] > 0 and "recency_days"[1] < "recency_days"[2] and "recency_days"[2] < "recency_days"[3] and "recency_days"[3] < "recency_days"[4]),
	CONSTRAINT "trait_rules_frequency_ck" CHECK (cardinality("frequency_orders") = 4 and "frequency_orders"[1] > 0 and "frequency_orders"[1] < "frequency_orders"[2] and "frequency_orders"[2] < "frequency_orders"[3] and "frequency_orders"[3] < "frequency_orders"[4] and "trait_rules"."frequency_orders"[1] >= 2),
	CONSTRAINT "trait_rules_monetary_ck" CHECK (cardinality("monetary_minor") = 4 and "monetary_minor"[1] > 0 and "monetary_minor"[1] < "monetary_minor"[2] and "monetary_minor"[2] < "monetary_minor"[3] and "monetary_minor"[3] < "monetary_minor"[4]),
	CONSTRAINT "trait_rules_tier_ck" CHECK (cardinality("tier_orders") = 3 and "tier_orders"[1] > 0 and "tier_orders"[1] < "tier_orders"[2] and "tier_orders"[2] < "tier_orders"[3]),
	CONSTRAINT "trait_rules_days_ck" CHECK ("trait_rules"."lapse_days" > 0 and "trait_rules"."default_purchase_interval_days" > 0 and "trait_rules"."recent_complaint_days" > 0)
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "lapses_at" timestamp (3) with time zone;--> statement-breakpoint
-- hand-written:
-- The one row of rules, at the values the rules had before they became configurable.
INSERT INTO "trait_rules" ("id") VALUES (true);
--> statement-breakpoint
-- The stored stage and tier now follow trait_rules (tier thresholds, lapse days for lapses_at);
-- the facts are computed as before. Only the function changes: the triggers calling it stay.
CREATE OR REPLACE FUNCTION "refresh_customer_traits"(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  changed integer;
  rules "trait_rules";
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN 0;
  END IF;
  PERFORM 1 FROM "customers" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  SELECT * INTO rules FROM "trait_rules";
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
  -- The stage and tier by the rules in force (trait_rules; src/customers/README.md): OWNER while
  -- owning a vehicle, CUSTOMER once anything was bought, else a LEAD stays one and everyone else
  -- is a PROSPECT; LAPSED is read against today from lapses_at (the latest activity + the lapse
  -- days). Tier by orders from the rules' three thresholds (VERY_LOYAL, REGULAR, OCCASIONAL),
  -- none without orders.
  UPDATE "customers" c SET
    "stage" = ruled.stage::lifecycle_stage, "tier" = ruled.tier::loyalty_tier, "last_activity_at" = ruled.last_activity_at,
    "lapses_at" = ruled.last_activity_at + make_interval(days => rules."lapse_days")
  FROM (
    SELECT t."customer_id",
      CASE WHEN t."vehicles_owned" > 0 THEN 'OWNER'
        WHEN t."order_count" > 0 OR t."last_vehicle_purchase_at" IS NOT NULL THEN 'CUSTOMER'
        WHEN cs."stage" = 'LEAD' THEN 'LEAD'
        ELSE 'PROSPECT' END AS stage,
      CASE WHEN t."order_count" >= rules."tier_orders"[3] THEN 'VERY_LOYAL' WHEN t."order_count" >= rules."tier_orders"[2] THEN 'REGULAR'
        WHEN t."order_count" >= rules."tier_orders"[1] THEN 'OCCASIONAL' END AS tier,
      greatest(t."last_order_at", t."last_vehicle_purchase_at", t."last_service_at") AS last_activity_at
    FROM "customer_traits" t JOIN "customers" cs ON cs."id" = t."customer_id"
    WHERE t."customer_id" = ANY(ids)
  ) ruled
  WHERE c."id" = ruled."customer_id"
    AND (c."stage"::text, c."tier"::text, c."last_activity_at", c."lapses_at")
      IS DISTINCT FROM (ruled.stage, ruled.tier, ruled.last_activity_at, ruled.last_activity_at + make_interval(days => rules."lapse_days"));
  RETURN changed;
END $$;
--> statement-breakpoint
SELECT "refresh_customer_traits"(array(SELECT "id" FROM "customers"));
