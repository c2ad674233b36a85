CREATE TYPE "public"."bulk_export_format" AS ENUM('NDJSON', 'CSV');--> statement-breakpoint
CREATE TYPE "public"."bulk_export_kind" AS ENUM('CUSTOMERS', 'SEGMENT_MEMBERS', 'ORDERS');--> statement-breakpoint
CREATE TYPE "public"."bulk_export_status" AS ENUM('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "bulk_exports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" "bulk_export_kind" NOT NULL,
	"format" "bulk_export_format" NOT NULL,
	"status" "bulk_export_status" DEFAULT 'QUEUED' NOT NULL,
	"actor_role" text NOT NULL,
	"actor_id" text NOT NULL,
	"tenant_id" uuid,
	"segment_id" uuid,
	"filter" jsonb,
	"total_rows" integer,
	"row_count" integer DEFAULT 0 NOT NULL,
	"resume_after" uuid,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"heartbeat_at" timestamp (3) with time zone,
	"error" text,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bulk_exports" ADD CONSTRAINT "bulk_exports_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_exports_actor_idx" ON "bulk_exports" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "bulk_exports_status_idx" ON "bulk_exports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "bulk_exports_segment_idx" ON "bulk_exports" USING btree ("segment_id");