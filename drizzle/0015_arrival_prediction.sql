CREATE TYPE "public"."arrival_basis" AS ENUM('ROUTE_HISTORY', 'CARRIER_HISTORY', 'NETWORK_HISTORY', 'COURIER', 'DELIVERED');--> statement-breakpoint
CREATE TABLE "transit_times" (
	"carrier_id" uuid,
	"origin_city" text,
	"destination_city" text,
	"status" "shipment_status" NOT NULL,
	"samples" integer NOT NULL,
	"p10_hours" double precision NOT NULL,
	"p50_hours" double precision NOT NULL,
	"p90_hours" double precision NOT NULL,
	"learned_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transit_times_key_uq" UNIQUE NULLS NOT DISTINCT("carrier_id","origin_city","destination_city","status")
);
--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "delivery_window_start" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "delivery_window_end" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "predicted_arrival" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "predicted_earliest" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "predicted_latest" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "prediction_basis" "arrival_basis";--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "prediction_samples" integer;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "late_for_window" boolean;--> statement-breakpoint
ALTER TABLE "transit_times" ADD CONSTRAINT "transit_times_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written: parcels booked before this migration get their order's delivery window.
UPDATE "shipments" s SET "delivery_window_start" = o."delivery_window_start", "delivery_window_end" = o."delivery_window_end"
FROM "orders" o WHERE o."id" = s."order_id" AND s."kind" = 'DELIVERY' AND o."delivery_window_start" IS NOT NULL;
