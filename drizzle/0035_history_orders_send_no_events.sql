-- hand-written: an imported order (orders.source set: history from a source system) sends no event, as
-- src/orders/README.md says of history: its insert, and a correction's status change, were written to the outbox as
-- order.status_changed whenever an endpoint subscribed to it, one per historical order.
CREATE OR REPLACE FUNCTION outbox_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.source IS NULL AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
    PERFORM outbox_emit('order.status_changed', NEW.customer_id, NEW.dealer_id, true, jsonb_build_object(
      'orderId', NEW.id, 'customerId', NEW.customer_id, 'number', NEW.number, 'status', NEW.status,
      'previousStatus', CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.status END));
  END IF;
  RETURN NULL;
END $$;
