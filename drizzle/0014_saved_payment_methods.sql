CREATE TYPE "public"."card_brand" AS ENUM('VISA', 'MASTERCARD', 'UNIONPAY', 'AMEX', 'JCB', 'DISCOVER', 'OTHER');--> statement-breakpoint
CREATE TABLE "saved_payment_methods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"brand" "card_brand" NOT NULL,
	"last4" text NOT NULL,
	"expiry_month" integer NOT NULL,
	"expiry_year" integer NOT NULL,
	"provider" text NOT NULL,
	"provider_token" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_payment_methods_last4_ck" CHECK ("saved_payment_methods"."last4" ~ '^[0-9]{4}$'),
	CONSTRAINT "saved_payment_methods_expiry_ck" CHECK ("saved_payment_methods"."expiry_month" between 1 and 12 and "saved_payment_methods"."expiry_year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "saved_payment_method_id" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "card_brand" "card_brand";--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "card_last4" text;--> statement-breakpoint
ALTER TABLE "saved_payment_methods" ADD CONSTRAINT "saved_payment_methods_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_payment_methods_customer_idx" ON "saved_payment_methods" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_payment_methods_default_uq" ON "saved_payment_methods" USING btree ("customer_id") WHERE "saved_payment_methods"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "saved_payment_methods_token_uq" ON "saved_payment_methods" USING btree ("provider","provider_token");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_saved_payment_method_id_saved_payment_methods_id_fk" FOREIGN KEY ("saved_payment_method_id") REFERENCES "public"."saved_payment_methods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payments_saved_payment_method_idx" ON "payments" USING btree ("saved_payment_method_id") WHERE "payments"."saved_payment_method_id" is not null;