-- The generated statements (drizzle-kit cannot name the primary keys it would replace, and would
-- change them on the unpartitioned tables) are left out: the conversion below sets every key the
-- snapshot records. At a regeneration keep only what follows this line.
-- hand-written:
-- History that grows (src/db/README.md, "Partitioned history"): tracking_events, interactions,
-- audit_log and activity_events become range-partitioned parents with a partition per month (UTC)
-- and a DEFAULT partition, so that no insert ever fails for want of a partition. The partition
-- key is a time: `at` (audit_log) and `occurred_at` (activity_events) directly; for
-- tracking_events the parcel's `shipment_id` and for interactions the row's own `id`, both
-- time-ordered UUIDs (v7, 48 bits of Unix milliseconds first), so that their primary and unique
-- keys, the foreign key from source_interactions and the upserts on them stay as they were.
-- Each table: renamed, a partitioned parent made LIKE it, a partition for every month its rows
-- fall in and for the months around now, the rows copied, the old table dropped, then keys,
-- indexes, foreign keys and triggers recreated under their old names.
--
-- The smallest UUID of a millisecond: a v7 id made at or after `at` sorts at or after it.
CREATE FUNCTION "history_uuid_floor"("at" timestamptz) RETURNS uuid LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (lpad(to_hex(floor(extract(epoch FROM "at") * 1000)::bigint), 12, '0') || '00000000000000000000')::uuid
$$;
--> statement-breakpoint
-- The time a v7 UUID was made; null for any other version (a random id sorts nowhere in time).
CREATE FUNCTION "history_uuid_time"("id" uuid) RETURNS timestamptz LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN substr("id"::text, 15, 1) = '7'
    THEN to_timestamp(('x' || lpad(substr(replace("id"::text, '-', ''), 1, 12), 16, '0'))::bit(64)::bigint / 1000.0) END
$$;
--> statement-breakpoint
-- The first instant of the UTC month `at` falls in (independent of the session's time zone).
CREATE FUNCTION "history_month"("at" timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT date_trunc('month', "at" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
$$;
--> statement-breakpoint
-- The partition of `parent` for the UTC month of `month`, named <parent>_pYYYYMM; null when it
-- exists already. Rows of that month waiting in the DEFAULT partition are moved into it: the
-- new table is filled first and attached after (CREATE ... PARTITION OF would refuse while the
-- default holds such rows), with the foreign keys that reference the parent dropped meanwhile
-- and re-added (deleting the rows from the default would otherwise fire their ON DELETE action).
CREATE FUNCTION "history_partition_create"("parent" text, "month" timestamptz) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  lo timestamptz := "history_month"("month");
  hi timestamptz := ((date_trunc('month', "month" AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC');
  part text := "parent" || '_p' || to_char(lo AT TIME ZONE 'UTC', 'YYYYMM');
  dflt text := "parent" || '_default';
  key text;
  key_type regtype;
  lo_lit text;
  hi_lit text;
  waiting boolean := false;
  fk record;
  fks text[] := '{}';
BEGIN
  IF to_regclass(format('%I', part)) IS NOT NULL THEN
    RETURN NULL;
  END IF;
  SELECT a.attname, a.atttypid::regtype INTO key, key_type
  FROM pg_partitioned_table p JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
  WHERE p.partrelid = format('%I', "parent")::regclass;
  IF key_type = 'uuid'::regtype THEN
    lo_lit := "history_uuid_floor"(lo)::text;
    hi_lit := "history_uuid_floor"(hi)::text;
  ELSE
    lo_lit := to_char(lo AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    hi_lit := to_char(hi AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  END IF;
  IF to_regclass(format('%I', dflt)) IS NOT NULL THEN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I >= %L AND %I < %L)', dflt, key, lo_lit, key, hi_lit) INTO waiting;
  END IF;
  IF NOT waiting THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', part, "parent", lo_lit, hi_lit);
    RETURN part;
  END IF;
  FOR fk IN SELECT conrelid::regclass AS child, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE contype = 'f' AND confrelid = format('%I', "parent")::regclass AND conparentid = 0 LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.child, fk.conname);
    fks := fks || format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.child, fk.conname, fk.def);
  END LOOP;
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, "parent");
  EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= %L AND %I < %L RETURNING *) INSERT INTO %I SELECT * FROM moved', dflt, key, lo_lit, key, hi_lit, part);
  EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', "parent", part, lo_lit, hi_lit);
  FOR i IN 1 .. coalesce(array_length(fks, 1), 0) LOOP
    EXECUTE fks[i];
  END LOOP;
  RETURN part;
END $$;
--> statement-breakpoint
-- Makes `tbl` (renamed to <tbl>_unpartitioned by the caller) a partitioned parent by `key`, with
-- partitions for every month its rows fall in, `around` months either side of now, and DEFAULT;
-- then copies the rows. `key_time` turns the key into its time (the key itself, or the UUID's).
CREATE FUNCTION "history_partition_convert"("tbl" text, "key" text, "key_time" text, "around" integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m timestamptz;
BEGIN
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY RANGE (%I)', "tbl", "tbl" || '_unpartitioned', "key");
  FOR m IN EXECUTE format(
    'SELECT DISTINCT "history_month"(t) FROM (SELECT %s AS t FROM %I) k WHERE t IS NOT NULL AND t > now() - interval ''30 years'' AND t < now() + interval ''2 years''
     UNION SELECT "history_month"(now() + make_interval(months => g)) FROM generate_series(-%s, %s) g ORDER BY 1',
    replace("key_time", '$key', format('%I', "key")), "tbl" || '_unpartitioned', "around", "around") LOOP
    PERFORM "history_partition_create"("tbl", m);
  END LOOP;
  EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', "tbl" || '_default', "tbl");
  EXECUTE format('INSERT INTO %I SELECT * FROM %I', "tbl", "tbl" || '_unpartitioned');
  EXECUTE format('DROP TABLE %I', "tbl" || '_unpartitioned');
END $$;
--> statement-breakpoint
-- tracking_events, by the parcel (shipment_id, v7): a parcel's events share a partition.
ALTER TABLE "tracking_events" RENAME TO "tracking_events_unpartitioned";--> statement-breakpoint
ALTER TABLE "tracking_events_unpartitioned" DROP CONSTRAINT "tracking_events_pkey";--> statement-breakpoint
DROP INDEX "tracking_events_seq_uq";--> statement-breakpoint
DROP INDEX "tracking_events_courier_event_uq";--> statement-breakpoint
DROP INDEX "tracking_events_occurred_idx";--> statement-breakpoint
DROP INDEX "tracking_events_recorded_idx";--> statement-breakpoint
SELECT "history_partition_convert"('tracking_events', 'shipment_id', 'history_uuid_time($key)', 3);--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_pkey" PRIMARY KEY ("id", "shipment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tracking_events_seq_uq" ON "tracking_events" USING btree ("shipment_id", "seq");--> statement-breakpoint
CREATE UNIQUE INDEX "tracking_events_courier_event_uq" ON "tracking_events" USING btree ("shipment_id", "courier_event_id");--> statement-breakpoint
CREATE INDEX "tracking_events_occurred_idx" ON "tracking_events" USING btree ("shipment_id", "occurred_at");--> statement-breakpoint
CREATE INDEX "tracking_events_recorded_idx" ON "tracking_events" USING btree ("recorded_at");--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- interactions, by their own id (v7): the key source_interactions and the imports' upsert use.
ALTER TABLE "source_interactions" DROP CONSTRAINT "source_interactions_interaction_id_interactions_id_fk";--> statement-breakpoint
ALTER TABLE "interactions" RENAME TO "interactions_unpartitioned";--> statement-breakpoint
ALTER TABLE "interactions_unpartitioned" DROP CONSTRAINT "interactions_pkey";--> statement-breakpoint
DROP INDEX "interactions_source_uq";--> statement-breakpoint
DROP INDEX "interactions_customer_occurred_idx";--> statement-breakpoint
DROP INDEX "interactions_dealer_idx";--> statement-breakpoint
DROP INDEX "interactions_order_idx";--> statement-breakpoint
DROP INDEX "interactions_vehicle_idx";--> statement-breakpoint
DROP INDEX "interactions_case_idx";--> statement-breakpoint
DROP INDEX "interactions_type_idx";--> statement-breakpoint
SELECT "history_partition_convert"('interactions', 'id', 'history_uuid_time($key)', 3);--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_pkey" PRIMARY KEY ("id");--> statement-breakpoint
CREATE INDEX "interactions_source_idx" ON "interactions" USING btree ("source", "source_interaction_id");--> statement-breakpoint
CREATE INDEX "interactions_customer_occurred_idx" ON "interactions" USING btree ("customer_id", "occurred_at", "id");--> statement-breakpoint
CREATE INDEX "interactions_dealer_idx" ON "interactions" USING btree ("dealer_id", "occurred_at");--> statement-breakpoint
CREATE INDEX "interactions_order_idx" ON "interactions" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "interactions_vehicle_idx" ON "interactions" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "interactions_case_idx" ON "interactions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "interactions_type_idx" ON "interactions" USING btree ("type", "channel");--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_dealer_id_dealers_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."dealers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_interactions" ADD CONSTRAINT "source_interactions_interaction_id_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."interactions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER "interactions_traits_insert" AFTER INSERT ON "interactions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_traits_on_insert"();--> statement-breakpoint
CREATE TRIGGER "interactions_traits_update" AFTER UPDATE ON "interactions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_traits_on_update"();--> statement-breakpoint
CREATE TRIGGER "interactions_traits_delete" AFTER DELETE ON "interactions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "customer_traits_on_delete"();--> statement-breakpoint
-- audit_log, by `at`.
ALTER TABLE "audit_log" RENAME TO "audit_log_unpartitioned";--> statement-breakpoint
ALTER TABLE "audit_log_unpartitioned" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
DROP INDEX "audit_log_at_idx";--> statement-breakpoint
DROP INDEX "audit_log_target_idx";--> statement-breakpoint
DROP INDEX "audit_log_actor_idx";--> statement-breakpoint
DROP INDEX "audit_log_actor_id_idx";--> statement-breakpoint
DROP INDEX "audit_log_action_idx";--> statement-breakpoint
SELECT "history_partition_convert"('audit_log', 'at', '$key', 3);--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id", "at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type", "target_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_role", "actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_idx" ON "audit_log" USING btree ("actor_id", "at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action", "at");--> statement-breakpoint
-- activity_events, by `occurred_at` (retention counts from it).
ALTER TABLE "activity_events" RENAME TO "activity_events_unpartitioned";--> statement-breakpoint
ALTER TABLE "activity_events_unpartitioned" DROP CONSTRAINT "activity_events_pkey";--> statement-breakpoint
DROP INDEX "activity_events_customer_idx";--> statement-breakpoint
DROP INDEX "activity_events_anonymous_idx";--> statement-breakpoint
DROP INDEX "activity_events_occurred_idx";--> statement-breakpoint
DROP INDEX "activity_events_product_idx";--> statement-breakpoint
DROP INDEX "activity_events_model_idx";--> statement-breakpoint
SELECT "history_partition_convert"('activity_events', 'occurred_at', '$key', 3);--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_pkey" PRIMARY KEY ("id", "occurred_at");--> statement-breakpoint
CREATE INDEX "activity_events_customer_idx" ON "activity_events" USING btree ("customer_id", "type", "occurred_at");--> statement-breakpoint
CREATE INDEX "activity_events_anonymous_idx" ON "activity_events" USING btree ("anonymous_id") WHERE "activity_events"."customer_id" is null;--> statement-breakpoint
CREATE INDEX "activity_events_occurred_idx" ON "activity_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "activity_events_product_idx" ON "activity_events" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "activity_events_model_idx" ON "activity_events" USING btree ("model_id");--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_model_id_vehicle_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."vehicle_models"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER "activity_events_segments_insert" AFTER INSERT ON "activity_events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_insert"();--> statement-breakpoint
CREATE TRIGGER "activity_events_segments_update" AFTER UPDATE ON "activity_events" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_update"();--> statement-breakpoint
CREATE TRIGGER "activity_events_segments_delete" AFTER DELETE ON "activity_events" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "segment_memberships_on_delete"();--> statement-breakpoint
DROP FUNCTION "history_partition_convert"(text, text, text, integer);
