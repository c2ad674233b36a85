-- hand-written: the co-purchase trigger (drizzle/0026_recommendations.sql, src/recommendations/README.md) reads the history of the
-- statement's customers through the indexes. It joined orders and order_lines whole, which the planner hashed for every
-- statement when the tables had no statistics (a database a history import is filling, at a batch of 1,000 orders each):
-- the time per batch grew with the table and a million-line import became quadratic. Same counts as before.
CREATE OR REPLACE FUNCTION note_copurchases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS copurchase_fresh (customer_id uuid, product_id uuid, newcomer boolean) ON COMMIT DELETE ROWS;
  CREATE TEMP TABLE IF NOT EXISTS copurchase_owned (customer_id uuid, product_id uuid, earlier boolean) ON COMMIT DELETE ROWS;
  DELETE FROM copurchase_fresh;
  DELETE FROM copurchase_owned;
  -- Every line of the statement's customers, found customer by customer and order by order through the indexes (OFFSET 0
  -- keeps each lookup a lookup: a planner without statistics, as in a database an import is filling, otherwise hashed the
  -- whole orders and order_lines tables for every statement); earlier: bought before this statement.
  INSERT INTO copurchase_owned
  SELECT c.customer_id, pl.product_id, NOT EXISTS (SELECT 1 FROM copurchase_new_lines x WHERE x.id = pl.id)
  FROM (SELECT DISTINCT o.customer_id FROM copurchase_new_lines nl
        CROSS JOIN LATERAL (SELECT o.customer_id FROM orders o WHERE o.id = nl.order_id OFFSET 0) o) c
  CROSS JOIN LATERAL (SELECT po.id FROM orders po WHERE po.customer_id = c.customer_id AND po.status <> 'CANCELLED' OFFSET 0) po
  CROSS JOIN LATERAL (SELECT pl.id, pl.product_id FROM order_lines pl WHERE pl.order_id = po.id OFFSET 0) pl;
  INSERT INTO copurchase_fresh
  SELECT f.customer_id, f.product_id, NOT EXISTS (SELECT 1 FROM copurchase_owned w WHERE w.customer_id = f.customer_id AND w.earlier)
  FROM (SELECT DISTINCT customer_id, product_id FROM copurchase_owned WHERE NOT earlier) f
  WHERE NOT EXISTS (SELECT 1 FROM copurchase_owned w WHERE w.customer_id = f.customer_id AND w.product_id = f.product_id AND w.earlier);
  IF NOT FOUND THEN
    DELETE FROM copurchase_owned;
    RETURN NULL;
  END IF;
  INSERT INTO product_buyers AS b (product_id, customers)
  SELECT product_id, count(*) FROM copurchase_fresh GROUP BY product_id ORDER BY product_id
  ON CONFLICT (product_id) DO UPDATE SET customers = b.customers + excluded.customers, updated_at = now();
  INSERT INTO product_pairs AS p (product_id, other_product_id, customers)
  SELECT d.x, d.y, count(*)
  FROM copurchase_fresh f
  JOIN (SELECT DISTINCT customer_id, product_id FROM copurchase_owned) ow ON ow.customer_id = f.customer_id AND ow.product_id <> f.product_id
  CROSS JOIN LATERAL (VALUES (f.product_id, ow.product_id), (ow.product_id, f.product_id)) d(x, y)
  WHERE d.x = f.product_id
     OR NOT EXISTS (SELECT 1 FROM copurchase_fresh g WHERE g.customer_id = f.customer_id AND g.product_id = ow.product_id)
  GROUP BY d.x, d.y ORDER BY d.x, d.y
  ON CONFLICT (product_id, other_product_id) DO UPDATE SET customers = p.customers + excluded.customers, updated_at = now();
  INSERT INTO product_buyer_totals AS t (id, customers)
  SELECT 1, count(DISTINCT customer_id) FROM copurchase_fresh WHERE newcomer HAVING count(*) > 0
  ON CONFLICT (id) DO UPDATE SET customers = t.customers + excluded.customers, updated_at = now();
  DELETE FROM copurchase_fresh;
  DELETE FROM copurchase_owned;
  RETURN NULL;
END $$;
