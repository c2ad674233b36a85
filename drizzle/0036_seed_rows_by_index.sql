-- hand-written: a statement's customers' recommendation seeds read their order lines order by order through the index
-- (0032 joined order_lines whole, which without statistics the planner hashed: ~0.2 s per batch of 1,000 customers at
-- 333,000 orders, about 60 s of a million-line history import); the rebuild (ids null) reads every order's lines the
-- same way, a little slower than a hash join but without a scan of its own per batch. Same rows.
CREATE OR REPLACE FUNCTION "recommendation_seed_rows"(ids uuid[])
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
    CROSS JOIN LATERAL (SELECT l."id", l."product_id" FROM "order_lines" l WHERE l."order_id" = o."id" OFFSET 0) ol
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
-- The functions 0034 keeps off sequential scans carry the disabled scans' cost in their estimates, which passes
-- jit_above_cost: each statement was JIT-compiled, ~0.1 s per call, for a few customers' rows. They read few rows: no JIT.
ALTER FUNCTION "refresh_recommendation_seeds"(uuid[]) SET jit = off;
--> statement-breakpoint
ALTER FUNCTION "recommendation_seeds_on_order_lines"() SET jit = off;
--> statement-breakpoint
ALTER FUNCTION "recommendation_seeds_on_orders"() SET jit = off;
--> statement-breakpoint
ALTER FUNCTION "refresh_customer_traits"(uuid[]) SET jit = off;
--> statement-breakpoint
ALTER FUNCTION "repurchase_on_order_lines"() SET jit = off;
--> statement-breakpoint
ALTER FUNCTION "repurchase_on_orders"() SET jit = off;
--> statement-breakpoint
ALTER FUNCTION "refresh_repurchase"(uuid[]) SET jit = off;
