DROP INDEX "survey_responses_order_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "product_views_customer_product_uq" ON "product_views" USING btree ("customer_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_order_uq" ON "survey_responses" USING btree ("order_id");