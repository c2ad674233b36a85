CREATE TABLE "source_interaction_revisions" (
	"record_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"payload" jsonb,
	"payload_hash" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"replaced_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"replaced_by" text NOT NULL,
	CONSTRAINT "source_interaction_revisions_record_id_revision_pk" PRIMARY KEY("record_id","revision")
);
--> statement-breakpoint
CREATE TABLE "source_interactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_interaction_id" text NOT NULL,
	"interaction_id" uuid,
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
ALTER TABLE "interactions" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "source_interaction_id" text;--> statement-breakpoint
ALTER TABLE "source_interaction_revisions" ADD CONSTRAINT "source_interaction_revisions_record_id_source_interactions_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."source_interactions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_interactions" ADD CONSTRAINT "source_interactions_interaction_id_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."interactions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "source_interactions_key_uq" ON "source_interactions" USING btree ("source","source_interaction_id");--> statement-breakpoint
CREATE INDEX "source_interactions_person_idx" ON "source_interactions" USING btree ("source","person_source_id");--> statement-breakpoint
CREATE INDEX "source_interactions_interaction_idx" ON "source_interactions" USING btree ("interaction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_source_uq" ON "interactions" USING btree ("source","source_interaction_id");