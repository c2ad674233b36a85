CREATE INDEX "cases_shipment_idx" ON "cases" USING btree ("shipment_id") WHERE "cases"."shipment_id" is not null;--> statement-breakpoint
CREATE INDEX "cases_service_record_idx" ON "cases" USING btree ("service_record_id") WHERE "cases"."service_record_id" is not null;--> statement-breakpoint
CREATE INDEX "leads_model_idx" ON "leads" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "leads_won_vehicle_idx" ON "leads" USING btree ("won_vehicle_id") WHERE "leads"."won_vehicle_id" is not null;