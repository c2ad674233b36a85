CREATE INDEX "dealers_name_trgm_idx" ON "dealers" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dealers_code_trgm_idx" ON "dealers" USING gin ("code" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customer_emails_normalized_trgm_idx" ON "customer_emails" USING gin ("normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customer_phones_e164_trgm_idx" ON "customer_phones" USING gin ("e164" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_name_trgm_idx" ON "products" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_sku_trgm_idx" ON "products" USING gin ("sku" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_brand_trgm_idx" ON "products" USING gin ("brand" gin_trgm_ops);