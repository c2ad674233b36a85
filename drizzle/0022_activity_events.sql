CREATE TYPE "public"."activity_event_type" AS ENUM('PAGE_VIEW', 'PRODUCT_VIEW', 'MODEL_VIEW', 'SEARCH', 'ADD_TO_CART', 'APP_OPEN', 'CUSTOM');--> statement-breakpoint
CREATE TYPE "public"."activity_platform" AS ENUM('WEB', 'IOS', 'ANDROID');--> statement-breakpoint
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
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_model_id_vehicle_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."vehicle_models"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_events_customer_idx" ON "activity_events" USING btree ("customer_id","type","occurred_at");--> statement-breakpoint
CREATE INDEX "activity_events_anonymous_idx" ON "activity_events" USING btree ("anonymous_id") WHERE "activity_events"."customer_id" is null;--> statement-breakpoint
CREATE INDEX "activity_events_occurred_idx" ON "activity_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "activity_events_product_idx" ON "activity_events" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "activity_events_model_idx" ON "activity_events" USING btree ("model_id");--> statement-breakpoint
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
