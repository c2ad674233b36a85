CREATE TABLE "recommendation_models" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_models_one_row_ck" CHECK ("recommendation_models"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_tier" text;--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_models" integer;--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_ids" uuid[];--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_scores" double precision[];--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_sources" smallint[];--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_evidence" double precision[];--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_seeds" smallint[];--> statement-breakpoint
ALTER TABLE "customer_recommendation_seeds" ADD COLUMN "ranked_complete" boolean;
--> statement-breakpoint
-- hand-written: each customer's personal ranking kept with their seeds (src/recommendations/README.md, "What is kept"),
-- so that the request only applies what must be live (consent, the plan, withdrawn products, what is due today) to a
-- finished list instead of ranking a few hundred contributions. The same rules as recommendations.service.ts, which
-- ranks for itself whenever this row is not valid: SEEDS = 10 seeds weighted 0.85^k, each seed's pairs from
-- product_pair_tops, the tier's and everyone's POPULAR_CANDIDATES = 60 favourites (ties by product id) weighted 0.5 and
-- 0.2, what the customer bought or returned left out, per product the sum of its contributions (largest first) and the
-- strongest one (ties: source, then the newest seed), best first (ties by product id), the first RANKED_KEPT = 30.
INSERT INTO "recommendation_models" ("id") VALUES (1);
--> statement-breakpoint
CREATE FUNCTION "recommendation_rows"(ids uuid[])
RETURNS TABLE ("customer_id" uuid, "product_ids" uuid[], "bought_at" timestamptz[], "left_out" uuid[], "ranked_tier" text,
  "ranked_models" int, "ranked_ids" uuid[], "ranked_scores" float8[], "ranked_sources" int2[], "ranked_evidence" float8[],
  "ranked_seeds" int2[], "ranked_complete" boolean)
LANGUAGE sql STABLE AS $$
WITH favourites AS MATERIALIZED (
  SELECT f."audience", array_agg(f."product_id" ORDER BY f.n) AS ids, array_agg(f."share_ppm" ORDER BY f.n) AS shares
  FROM (SELECT p."audience", p."product_id", p."share_ppm", row_number() OVER (PARTITION BY p."audience" ORDER BY p."customers" DESC, p."product_id") AS n
    FROM "product_popularity" p) f
  WHERE f.n <= 60
  GROUP BY f."audience"
)
SELECT r."customer_id", r."product_ids", r."bought_at", r."left_out",
  CASE WHEN pf.profiling THEN c."tier"::text END, CASE WHEN pf.profiling THEN (SELECT m."version" FROM "recommendation_models" m) END,
  k.ids[1:30], k.scores[1:30], k.sources[1:30], k.evidence[1:30], k.seeds[1:30], CASE WHEN pf.profiling THEN coalesce(cardinality(k.ids), 0) <= 30 END
FROM "recommendation_seed_rows"(ids) r
JOIN "customers" c ON c."id" = r."customer_id"
-- Only a personal answer reads the ranking: without PROFILING consent in force it is left empty (not valid), and a consent
-- given later ranks the customer (the trigger on consent_events) or leaves it to the request until then. (The purpose as
-- text: PROFILING was added to the enum in a migration that may share this one's transaction.)
CROSS JOIN LATERAL (
  SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT ON (ce."channel") ce."status", ce."expires_at" FROM "consent_events" ce
      WHERE ce."customer_id" = r."customer_id" AND ce."purpose"::text = 'PROFILING' ORDER BY ce."channel", ce."recorded_at" DESC, ce."id" DESC) f
    WHERE f."status" = 'GRANTED' AND (f."expires_at" IS NULL OR f."expires_at" > now())) AS profiling
) pf
LEFT JOIN favourites ft ON ft."audience" = c."tier"::text
LEFT JOIN favourites fa ON fa."audience" = 'ALL'
CROSS JOIN LATERAL (
  -- In the order of the limited subquery (best first): an ORDER BY per array would sort five times per customer.
  SELECT array_agg(p.product_id) AS ids, array_agg(p.score) AS scores, array_agg(p.source) AS sources, array_agg(p.evidence) AS evidence,
    array_agg(p.seed) AS seeds
  FROM (
    SELECT * FROM (
      SELECT DISTINCT ON (cand.product_id) cand.product_id,
        sum(cand.score) OVER (PARTITION BY cand.product_id ORDER BY cand.score DESC, cand.source, cand.seed ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS score,
        cand.source, cand.evidence, cand.seed
      FROM (
        SELECT pt.product_id, 1::int2 AS source, pt.confidence * u.weight AS score, pt.confidence AS evidence, u.seed
        FROM (SELECT u.product_id, (u.k - 1)::int2 AS seed, power(0.85, u.k - 1)::float8 AS weight FROM unnest(r."product_ids") WITH ORDINALITY u(product_id, k) OFFSET 0) u
        JOIN "product_pair_tops" t ON t."product_id" = u.product_id
        CROSS JOIN LATERAL unnest(t."other_product_ids", t."confidences") pt(product_id, confidence)
        UNION ALL
        SELECT g.product_id, 4::int2, g.share / 2000000::float8, g.share::float8, NULL::int2 FROM unnest(ft.ids, ft.shares) g(product_id, share)
        UNION ALL
        SELECT g.product_id, 3::int2, g.share / 5000000::float8, g.share::float8, NULL::int2 FROM unnest(fa.ids, fa.shares) g(product_id, share)
      ) cand
      WHERE cand.product_id <> ALL(r."left_out")
      ORDER BY cand.product_id, cand.score DESC, cand.source, cand.seed
    ) d
    ORDER BY d.score DESC, d.product_id
    LIMIT 31
  ) p
  WHERE pf.profiling
) k
$$;
--> statement-breakpoint
-- The given customers' rows anew, their ranking with them (0032's wrote the seeds only). Without `ranked` (a history
-- import's lines: ranking costs ~0.3 ms per customer, a few minutes of a million-line import) the ranking is left
-- empty: the request ranks for itself until a later write or models:refresh ranks them. The settings 0034 and 0036
-- gave the function are repeated (CREATE OR REPLACE drops them; a new signature replaces the old one).
DROP FUNCTION "refresh_recommendation_seeds"(uuid[]);
--> statement-breakpoint
CREATE FUNCTION "refresh_recommendation_seeds"(ids uuid[], ranked boolean DEFAULT true) RETURNS void LANGUAGE plpgsql
SET enable_seqscan = off SET jit = off AS $$
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM "customer_recommendation_seeds" WHERE "customer_id" = ANY(ids);
  IF ranked THEN
    INSERT INTO "customer_recommendation_seeds" AS s ("customer_id", "product_ids", "bought_at", "left_out", "ranked_tier", "ranked_models",
      "ranked_ids", "ranked_scores", "ranked_sources", "ranked_evidence", "ranked_seeds", "ranked_complete")
    SELECT r.* FROM "recommendation_rows"(ids) r ORDER BY r."customer_id"
    ON CONFLICT ("customer_id") DO UPDATE SET "product_ids" = excluded."product_ids", "bought_at" = excluded."bought_at",
      "left_out" = excluded."left_out", "ranked_tier" = excluded."ranked_tier", "ranked_models" = excluded."ranked_models",
      "ranked_ids" = excluded."ranked_ids", "ranked_scores" = excluded."ranked_scores", "ranked_sources" = excluded."ranked_sources",
      "ranked_evidence" = excluded."ranked_evidence", "ranked_seeds" = excluded."ranked_seeds", "ranked_complete" = excluded."ranked_complete",
      "updated_at" = now();
  ELSE
    INSERT INTO "customer_recommendation_seeds" AS s ("customer_id", "product_ids", "bought_at", "left_out")
    SELECT r."customer_id", r."product_ids", r."bought_at", r."left_out" FROM "recommendation_seed_rows"(ids) r ORDER BY r."customer_id"
    ON CONFLICT ("customer_id") DO UPDATE SET "product_ids" = excluded."product_ids", "bought_at" = excluded."bought_at",
      "left_out" = excluded."left_out", "ranked_tier" = NULL, "ranked_models" = NULL, "ranked_ids" = NULL, "ranked_scores" = NULL,
      "ranked_sources" = NULL, "ranked_evidence" = NULL, "ranked_seeds" = NULL, "ranked_complete" = NULL, "updated_at" = now();
  END IF;
END $$;
--> statement-breakpoint
-- Imported history (orders.source set) keeps the seeds per batch as before, unranked.
CREATE OR REPLACE FUNCTION "recommendation_seeds_on_order_lines"() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET jit = off AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT o."customer_id" FROM new_rows l JOIN "orders" o ON o."id" = l."order_id"),
      NOT EXISTS (SELECT 1 FROM new_rows l JOIN "orders" o ON o."id" = l."order_id" WHERE o."source" IS NOT NULL));
  ELSE
    PERFORM "refresh_recommendation_seeds"(array(SELECT DISTINCT o."customer_id" FROM old_rows l JOIN "orders" o ON o."id" = l."order_id"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A tier changed (the traits' triggers, a change of the trait rules, traits:refresh): that customer's ranking is made
-- again with the tier's favourites. Until then (triggers fire by name) the request ranks for itself.
CREATE FUNCTION "recommendation_ranks_on_customers"() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET jit = off AS $$
BEGIN
  PERFORM "refresh_recommendation_seeds"(array(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE n."tier" IS DISTINCT FROM o."tier" AND EXISTS (SELECT 1 FROM "customer_recommendation_seeds" rs WHERE rs."customer_id" = n."id")));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "customers_recommendation_ranks_update" AFTER UPDATE ON "customers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_ranks_on_customers"();
--> statement-breakpoint
-- PROFILING consent recorded: the customer's ranking made now (without it there was none), or dropped with a refusal.
CREATE FUNCTION "recommendation_ranks_on_consents"() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET jit = off AS $$
BEGIN
  PERFORM "refresh_recommendation_seeds"(array(
    SELECT DISTINCT n."customer_id" FROM new_rows n
    WHERE n."purpose"::text = 'PROFILING' AND EXISTS (SELECT 1 FROM "customer_recommendation_seeds" rs WHERE rs."customer_id" = n."customer_id")));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "consent_events_recommendation_ranks_insert" AFTER INSERT ON "consent_events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "recommendation_ranks_on_consents"();
--> statement-breakpoint
-- Filled once (models:refresh keeps it exact daily).
DELETE FROM "customer_recommendation_seeds";
--> statement-breakpoint
INSERT INTO "customer_recommendation_seeds" ("customer_id", "product_ids", "bought_at", "left_out", "ranked_tier", "ranked_models",
  "ranked_ids", "ranked_scores", "ranked_sources", "ranked_evidence", "ranked_seeds", "ranked_complete")
SELECT * FROM "recommendation_rows"(NULL);
