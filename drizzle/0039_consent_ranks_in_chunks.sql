-- A PROFILING consent recorded ranks its customers in chunks of 1,000. One call for a whole bulk load
-- (100,000 consents in one INSERT) ranked them as one batch under the trigger path's settings and ran for
-- more than ten minutes; 1,000 customers take under a second. The settings of 0038 are restated: CREATE OR
-- REPLACE replaces them with the body.
CREATE OR REPLACE FUNCTION "recommendation_ranks_on_consents"() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET jit = off AS $$
DECLARE
  ids uuid[];
  chunk constant int := 1000;
BEGIN
  ids := array(
    SELECT DISTINCT n."customer_id" FROM new_rows n
    WHERE n."purpose"::text = 'PROFILING' AND EXISTS (SELECT 1 FROM "customer_recommendation_seeds" rs WHERE rs."customer_id" = n."customer_id"));
  FOR i IN 0 .. cardinality(ids) - 1 BY chunk LOOP
    PERFORM "refresh_recommendation_seeds"(ids[i + 1 : i + chunk]);
  END LOOP;
  RETURN NULL;
END $$;
