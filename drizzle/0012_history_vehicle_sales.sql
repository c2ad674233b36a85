CREATE TABLE "source_vehicle_sale_revisions" (
	"record_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"payload" jsonb,
	"payload_hash" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"replaced_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"replaced_by" text NOT NULL,
	CONSTRAINT "source_vehicle_sale_revisions_record_id_revision_pk" PRIMARY KEY("record_id","revision")
);
--> statement-breakpoint
CREATE TABLE "source_vehicle_sales" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sale_id" text NOT NULL,
	"ownership_id" uuid,
	"source" text NOT NULL,
	"person_source_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"resolved" jsonb NOT NULL,
	"payload_hash" text NOT NULL,
	"built_hash" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "vehicle_ownerships" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "vehicle_ownerships" ADD COLUMN "source_sale_id" text;--> statement-breakpoint
ALTER TABLE "source_vehicle_sale_revisions" ADD CONSTRAINT "source_vehicle_sale_revisions_record_id_source_vehicle_sales_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."source_vehicle_sales"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_vehicle_sales" ADD CONSTRAINT "source_vehicle_sales_ownership_id_vehicle_ownerships_id_fk" FOREIGN KEY ("ownership_id") REFERENCES "public"."vehicle_ownerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "source_vehicle_sales_sale_uq" ON "source_vehicle_sales" USING btree ("source","sale_id");--> statement-breakpoint
CREATE INDEX "source_vehicle_sales_person_idx" ON "source_vehicle_sales" USING btree ("source","person_source_id");--> statement-breakpoint
CREATE INDEX "source_vehicle_sales_ownership_idx" ON "source_vehicle_sales" USING btree ("ownership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicle_ownerships_source_sale_uq" ON "vehicle_ownerships" USING btree ("source","source_sale_id");