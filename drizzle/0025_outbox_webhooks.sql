CREATE TABLE "outbox_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "outbox_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"customer_id" uuid,
	"dealer_id" uuid,
	"dealer_only" boolean DEFAULT false NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"replay_of" uuid,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone,
	"lease_until" timestamp (3) with time zone,
	"last_attempt_at" timestamp (3) with time zone,
	"delivered_at" timestamp (3) with time zone,
	"response_status" integer,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_status_ck" CHECK ("webhook_deliveries"."status" in ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED'))
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dealer_id" uuid,
	"url" text NOT NULL,
	"description" text,
	"event_types" text[] NOT NULL,
	"secret" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"disabled_at" timestamp (3) with time zone,
	"disabled_reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_events" ADD CONSTRAINT "outbox_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_outbox_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."outbox_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_dealer_id_dealers_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."dealers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_events_seq_idx" ON "outbox_events" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" USING btree ("seq") WHERE "outbox_events"."dispatched_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_events_customer_idx" ON "outbox_events" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "outbox_events_occurred_idx" ON "outbox_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_replay_idx" ON "webhook_deliveries" USING btree ("replay_of");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_pending_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE "webhook_deliveries"."status" = 'PENDING';--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_first_uq" ON "webhook_deliveries" USING btree ("endpoint_id","event_id") WHERE "webhook_deliveries"."replay_of" is null;--> statement-breakpoint
CREATE INDEX "webhook_endpoints_dealer_idx" ON "webhook_endpoints" USING btree ("dealer_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_enabled_idx" ON "webhook_endpoints" USING btree ("enabled");--> statement-breakpoint
-- hand-written: the outbox's writer and the triggers that call it in the transaction of each change (src/outbox/README.md).
-- An event is kept only while an enabled endpoint wants its type; NOTIFY wakes the dispatchers.
CREATE FUNCTION outbox_emit(p_type text, p_customer uuid, p_dealer uuid, p_dealer_only boolean, p_payload jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled AND p_type = ANY (event_types)) THEN
    INSERT INTO outbox_events (type, customer_id, dealer_id, dealer_only, payload) VALUES (p_type, p_customer, p_dealer, p_dealer_only, p_payload);
    PERFORM pg_notify('outbox_events', '');
  END IF;
END $$;
--> statement-breakpoint
-- Bookkeeping columns (activity clocks, the password hash) change no partner's view of a profile.
CREATE FUNCTION outbox_customers() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM outbox_emit('customer.created', NEW.id, NULL, false, jsonb_build_object('customerId', NEW.id));
  ELSIF OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL THEN
    PERFORM outbox_emit('customer.erased', NEW.id, NULL, false, jsonb_build_object('customerId', NEW.id));
  ELSIF OLD.merged_into_id IS NULL AND NEW.merged_into_id IS NOT NULL THEN
    PERFORM outbox_emit('customer.merged', NEW.id, NULL, false, jsonb_build_object('customerId', NEW.id, 'survivorId', NEW.merged_into_id));
  ELSIF OLD.merged_into_id IS NOT NULL AND NEW.merged_into_id IS NULL THEN
    PERFORM outbox_emit('customer.unmerged', NEW.id, NULL, false, jsonb_build_object('customerId', NEW.id, 'formerSurvivorId', OLD.merged_into_id));
  ELSE
    SELECT array_agg(n.key ORDER BY n.key) INTO changed
      FROM jsonb_each(to_jsonb(NEW)) n
      WHERE n.key NOT IN ('updated_at', 'last_activity_at', 'lapses_at', 'password_hash') AND n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key;
    IF changed IS NOT NULL THEN
      PERFORM outbox_emit('customer.updated', NEW.id, NULL, false, jsonb_build_object('customerId', NEW.id, 'changedFields', to_jsonb(changed)));
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_outbox AFTER INSERT OR UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION outbox_customers();
--> statement-breakpoint
-- Contact data lives in tables of its own: a change there is a change of the profile (named, not shown).
CREATE FUNCTION outbox_customer_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_customer uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.customer_id ELSE NEW.customer_id END;
BEGIN
  -- Erasure deletes contact data after announcing itself: that is no further change to report.
  IF EXISTS (SELECT 1 FROM customers c WHERE c.id = row_customer AND c.erased_at IS NOT NULL) THEN
    RETURN NULL;
  END IF;
  PERFORM outbox_emit('customer.updated', row_customer, NULL, false, jsonb_build_object('customerId', row_customer, 'changedFields', jsonb_build_array(TG_ARGV[0])));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER customer_emails_outbox AFTER INSERT OR UPDATE OR DELETE ON customer_emails FOR EACH ROW EXECUTE FUNCTION outbox_customer_contacts('emails');
--> statement-breakpoint
CREATE TRIGGER customer_phones_outbox AFTER INSERT OR UPDATE OR DELETE ON customer_phones FOR EACH ROW EXECUTE FUNCTION outbox_customer_contacts('phones');
--> statement-breakpoint
CREATE TRIGGER customer_addresses_outbox AFTER INSERT OR UPDATE OR DELETE ON customer_addresses FOR EACH ROW EXECUTE FUNCTION outbox_customer_contacts('addresses');
--> statement-breakpoint
CREATE FUNCTION outbox_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
    PERFORM outbox_emit('order.status_changed', NEW.customer_id, NEW.dealer_id, true, jsonb_build_object(
      'orderId', NEW.id, 'customerId', NEW.customer_id, 'number', NEW.number, 'status', NEW.status,
      'previousStatus', CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.status END));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_outbox AFTER INSERT OR UPDATE OF status ON orders FOR EACH ROW EXECUTE FUNCTION outbox_orders();
--> statement-breakpoint
CREATE FUNCTION outbox_shipments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
    PERFORM outbox_emit('shipment.status_changed', NEW.customer_id, (SELECT o.dealer_id FROM orders o WHERE o.id = NEW.order_id), true, jsonb_build_object(
      'shipmentId', NEW.id, 'orderId', NEW.order_id, 'customerId', NEW.customer_id, 'trackingNumber', NEW.tracking_number, 'kind', NEW.kind,
      'status', NEW.status, 'previousStatus', CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.status END));
    -- The one customer notice a parcel gives by itself (the others follow the order's status, src/orders).
    IF NEW.status = 'OUT_FOR_DELIVERY' AND NEW.kind = 'DELIVERY' THEN
      PERFORM outbox_emit('notice.parcel_out_for_delivery', NEW.customer_id, (SELECT o.dealer_id FROM orders o WHERE o.id = NEW.order_id), true, jsonb_build_object(
        'customerId', NEW.customer_id, 'orderId', NEW.order_id, 'shipmentId', NEW.id, 'channel', 'SMS', 'purpose', 'SERVICE',
        'subject', 'Parcel ' || NEW.tracking_number || ' is out for delivery'));
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER shipments_outbox AFTER INSERT OR UPDATE OF status ON shipments FOR EACH ROW EXECUTE FUNCTION outbox_shipments();
--> statement-breakpoint
CREATE FUNCTION outbox_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM outbox_emit('case.opened', NEW.customer_id, NEW.against_dealer_id, true, jsonb_build_object(
      'caseId', NEW.id, 'customerId', NEW.customer_id, 'number', NEW.number, 'kind', NEW.kind, 'priority', NEW.priority));
  ELSIF NEW.status = 'RESOLVED' AND OLD.status IS DISTINCT FROM NEW.status THEN
    PERFORM outbox_emit('case.resolved', NEW.customer_id, NEW.against_dealer_id, true, jsonb_build_object(
      'caseId', NEW.id, 'customerId', NEW.customer_id, 'number', NEW.number, 'kind', NEW.kind));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_outbox AFTER INSERT OR UPDATE OF status ON cases FOR EACH ROW EXECUTE FUNCTION outbox_cases();
--> statement-breakpoint
-- A dealership sees only its own segments' members; staff segments go to staff endpoints only.
CREATE FUNCTION outbox_segment_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM outbox_emit(CASE WHEN NEW.change = 'ENTERED' THEN 'segment.entered' ELSE 'segment.left' END, NEW.customer_id,
    (SELECT s.dealer_id FROM segments s WHERE s.id = NEW.segment_id), true,
    jsonb_build_object('segmentId', NEW.segment_id, 'customerId', NEW.customer_id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER segment_membership_events_outbox AFTER INSERT ON segment_membership_events FOR EACH ROW EXECUTE FUNCTION outbox_segment_memberships();
--> statement-breakpoint
CREATE FUNCTION outbox_consents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM outbox_emit('consent.changed', NEW.customer_id, NULL, false, jsonb_build_object(
    'customerId', NEW.customer_id, 'channel', NEW.channel, 'purpose', NEW.purpose, 'status', NEW.status));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER consent_events_outbox AFTER INSERT ON consent_events FOR EACH ROW EXECUTE FUNCTION outbox_consents();
