CREATE TYPE "public"."suppression_kind" AS ENUM('SOURCE_IDENTITY', 'EMAIL', 'PHONE');--> statement-breakpoint
CREATE TABLE "erasure_suppressions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" "suppression_kind" NOT NULL,
	"value_hash" text NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_suppressions_kind_hash_uq" ON "erasure_suppressions" USING btree ("kind","value_hash");--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","at");