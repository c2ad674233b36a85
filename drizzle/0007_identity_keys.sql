CREATE TYPE "public"."identity_key_kind" AS ENUM('EMAIL', 'PHONE', 'VIN', 'BIRTHDAY', 'POSTCODE', 'NAME', 'ADDRESS');--> statement-breakpoint
CREATE TABLE "identity_keys" (
	"source_record_id" uuid NOT NULL,
	"kind" "identity_key_kind" NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "identity_keys_source_record_id_kind_value_pk" PRIMARY KEY("source_record_id","kind","value")
);
--> statement-breakpoint
ALTER TABLE "identity_keys" ADD CONSTRAINT "identity_keys_source_record_id_source_records_id_fk" FOREIGN KEY ("source_record_id") REFERENCES "public"."source_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_keys_value_idx" ON "identity_keys" USING btree ("kind","value");