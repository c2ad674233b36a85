ALTER TABLE "products" ADD COLUMN "available_from" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "products_available_from_idx" ON "products" USING btree ("available_from");