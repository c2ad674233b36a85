DROP INDEX "survey_responses_order_idx";--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "moderation_note" text;--> statement-breakpoint
CREATE UNIQUE INDEX "product_views_customer_product_uq" ON "product_views" USING btree ("customer_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_order_uq" ON "survey_responses" USING btree ("order_id");