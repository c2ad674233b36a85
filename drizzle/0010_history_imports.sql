CREATE TABLE "source_product_codes" (
	"source" text NOT NULL,
	"code" text NOT NULL,
	"product_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_product_codes_source_code_pk" PRIMARY KEY("source","code")
);
--> statement-breakpoint
CREATE TABLE "source_service_visit_revisions" (
	"source_visit_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"payload" jsonb,
	"payload_hash" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"replaced_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"replaced_by" text NOT NULL,
	CONSTRAINT "source_service_visit_revisions_source_visit_id_revision_pk" PRIMARY KEY("source_visit_id","revision")
);
--> statement-breakpoint
CREATE TABLE "source_service_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"visit_id" text NOT NULL,
	"person_source_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"resolved" jsonb NOT NULL,
	"payload_hash" text NOT NULL,
	"built_hash" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"service_record_id" uuid,
	"deleted_at" timestamp (3) with time zone,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_order_revisions" (
	"source_order_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"payload" jsonb,
	"payload_hash" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"replaced_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"replaced_by" text NOT NULL,
	CONSTRAINT "source_order_revisions_source_order_id_revision_pk" PRIMARY KEY("source_order_id","revision")
);
--> statement-breakpoint
CREATE TABLE "source_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"transaction_id" text NOT NULL,
	"person_source_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"resolved" jsonb NOT NULL,
	"payload_hash" text NOT NULL,
	"built_hash" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"order_id" uuid,
	"deleted_at" timestamp (3) with time zone,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "ean" text;--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "service_records" ADD COLUMN "source_visit_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "source_transaction_id" text;--> statement-breakpoint
ALTER TABLE "source_product_codes" ADD CONSTRAINT "source_product_codes_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_service_visit_revisions" ADD CONSTRAINT "source_service_visit_revisions_source_visit_id_source_service_visits_id_fk" FOREIGN KEY ("source_visit_id") REFERENCES "public"."source_service_visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_service_visits" ADD CONSTRAINT "source_service_visits_service_record_id_service_records_id_fk" FOREIGN KEY ("service_record_id") REFERENCES "public"."service_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_order_revisions" ADD CONSTRAINT "source_order_revisions_source_order_id_source_orders_id_fk" FOREIGN KEY ("source_order_id") REFERENCES "public"."source_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_orders" ADD CONSTRAINT "source_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_product_codes_product_idx" ON "source_product_codes" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "source_service_visits_visit_uq" ON "source_service_visits" USING btree ("source","visit_id");--> statement-breakpoint
CREATE INDEX "source_service_visits_person_idx" ON "source_service_visits" USING btree ("source","person_source_id");--> statement-breakpoint
CREATE INDEX "source_service_visits_record_idx" ON "source_service_visits" USING btree ("service_record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "source_orders_transaction_uq" ON "source_orders" USING btree ("source","transaction_id");--> statement-breakpoint
CREATE INDEX "source_orders_person_idx" ON "source_orders" USING btree ("source","person_source_id");--> statement-breakpoint
CREATE INDEX "source_orders_order_idx" ON "source_orders" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_source_visit_uq" ON "service_records" USING btree ("source","source_visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_source_transaction_uq" ON "orders" USING btree ("source","source_transaction_id");--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_ean_unique" UNIQUE("ean");