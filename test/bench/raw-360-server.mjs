// The floor the view benchmark measures against: a hand-written server that answers the
// benchmark's 360° query (queries.ts OURS_360) and its timeline page (OURS_TIMELINE) with ONE SQL
// statement each, building the same JSON as this platform in PostgreSQL, over node:http and
// postgres.js with a pool of 10. No GraphQL, no token, no scope, no audit row: what is left is the
// cost of the data. Started by run.ts: node raw-360-server.mjs <database url> <port>.
//
// POST /360 and POST /timeline take the benchmark's request body ({ query, variables: { id } })
// and read only variables.id, a Customer global id (base64url "Customer:<uuid>").
import { createServer } from "node:http";
import postgres from "postgres";

const [url, port] = process.argv.slice(2);
const sql = postgres(url, { max: 10, connection: { application_name: "bench-raw" } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Dates as the platform's DateTime scalar writes them (toISOString). */
const iso = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** A Relay global id, as src/graphql/global-id.ts makes it: base64url("Type:uuid"). */
const globalId = (type, column) => `translate(encode(convert_to(${type} || ':' || ${column}::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
/** Rows of a correlated subquery as a JSON array, [] when there are none. */
const list = (select) => `coalesce((select json_agg(x.j) from (${select}) x), '[]'::json)`;
const edges = (select) => `json_build_object('edges', ${list(`select json_build_object('node', n.j) as j from (${select}) n`)})`;

const CUSTOMER_360 = `
select json_build_object(
  'displayName', c.display_name, 'kind', c.kind, 'stage', c.stage,
  'emails', ${list(`select json_build_object('address', e.address) as j from customer_emails e where e.customer_id = c.id order by e.is_primary desc, e.created_at, e.id`)},
  'phones', ${list(`select json_build_object('e164', p.e164) as j from customer_phones p where p.customer_id = c.id order by p.is_primary desc, p.created_at, p.id`)},
  'addresses', ${list(`select json_build_object('city', a.city) as j from customer_addresses a where a.customer_id = c.id order by a.is_default_delivery desc, a.created_at, a.id`)},
  'vehicles', ${list(`
    select json_build_object('vin', v.vin, 'model', (select json_build_object('name', m.name) from vehicle_models m where m.id = v.model_id),
      'serviceRecords', ${edges(`
        select json_build_object('kind', s.kind, 'mileageKm', s.mileage_km,
          'items', ${list(`select json_build_object('description', i.description) as j from service_items i where i.service_record_id = s.id order by i.id`)}) as j
        from service_records s where s.vehicle_id = v.id order by s.performed_at desc, s.id desc limit 3`)}) as j
    from vehicle_ownerships o join vehicles v on v.id = o.vehicle_id where o.customer_id = c.id
    order by o.ended_on is null desc, o.started_on desc, v.id`)},
  'orders', ${edges(`
    select json_build_object('number', o.number, 'status', o.status, 'placedAt', ${iso("o.placed_at")},
      'lines', ${list(`select json_build_object('sku', l.sku, 'quantity', l.quantity, 'product', (select json_build_object('name', p.name) from products p where p.id = l.product_id)) as j from order_lines l where l.order_id = o.id order by l.id`)},
      'payments', ${list(`select json_build_object('status', p.status) as j from payments p where p.order_id = o.id order by p.created_at, p.id`)},
      'shipments', ${list(`
        select json_build_object('trackingNumber', s.tracking_number, 'status', s.status,
          'carrier', (select json_build_object('name', k.name) from carriers k where k.id = s.carrier_id),
          'events', ${edges(`select json_build_object('seq', t.seq, 'status', t.status, 'occurredAt', ${iso("t.occurred_at")}) as j from tracking_events t where t.shipment_id = s.id order by t.seq limit 5`)}) as j
        from shipments s where s.order_id = o.id order by s.created_at, s.id`)}) as j
    from orders o where o.customer_id = c.id order by o.placed_at desc, o.id desc limit 5`)},
  'interactions', ${edges(`select json_build_object('subject', i.subject, 'channel', i.channel, 'occurredAt', ${iso("i.occurred_at")}) as j from interactions i where i.customer_id = c.id order by i.occurred_at desc, i.id desc limit 5`)}
)::text as data
from customers c where c.id = $1::uuid`;

// The union the platform's timeline loader reads (src/analytics/timeline.service.ts), for one customer.
const TIMELINE = `
select json_build_object('timeline', ${edges(`
  select json_build_object('kind', f.kind, 'occurredAt', ${iso("f.at")}, 'title', f.title, 'refId', ${globalId("f.ref_type", "f.id")}) as j from (
    select 'ORDER_PLACED' as kind, 'Order' as ref_type, placed_at as at, id, 'Order ' || number || ' placed' as title from orders where customer_id = $1::uuid
    union all select 'SHIPMENT_EVENT', 'TrackingEvent', t.occurred_at, t.id, s.tracking_number || ': ' || t.status::text || coalesce(' — ' || t.place, '')
      from shipments s cross join lateral (select id, occurred_at, status, place from tracking_events where shipment_id = s.id offset 0) t where s.customer_id = $1::uuid
    union all select 'SERVICE_VISIT', 'ServiceRecord', performed_at, id, initcap(kind::text) || ' at ' || mileage_km || ' km' from service_records where customer_id = $1::uuid
    union all select 'INTERACTION', 'Interaction', occurred_at, id, subject from interactions where customer_id = $1::uuid
    union all select 'CASE_OPENED', 'Case', opened_at, id, 'Case ' || number || ': ' || subject from cases where customer_id = $1::uuid
    union all select 'REVIEW', 'Review', created_at, id, stars || '-star review' from reviews where customer_id = $1::uuid
    union all select 'SURVEY', 'SurveyResponse', responded_at, id, 'Survey: satisfaction ' || overall_satisfaction || '/5' from survey_responses where customer_id = $1::uuid
    union all select 'PROFILE_MERGED', 'CustomerMerge', created_at, id, 'Profiles merged' from customer_merges where $1::uuid in (survivor_id, merged_id)
    union all select 'PROFILE_UNMERGED', 'CustomerMerge', undone_at, id, 'Merge undone' from customer_merges where undone_at is not null and $1::uuid in (survivor_id, merged_id)
    union all select 'SOURCE_RECORD_MOVED', 'Customer', at, (details->>'otherId')::uuid,
      'Source record ' || (details->>'source') || case action when 'DETACH' then ' moved to another profile' else ' moved here from another profile' end
      from audit_log where action in ('DETACH', 'ATTACH') and target_type = 'Customer' and target_id = $1::text
    union all select case m.change when 'ENTERED' then 'SEGMENT_ENTERED' else 'SEGMENT_LEFT' end, 'Segment', m.at, g.id,
      case m.change when 'ENTERED' then 'Entered segment ' else 'Left segment ' end || g.name
      from segment_membership_events m join segments g on g.id = m.segment_id where m.customer_id = $1::uuid
  ) f order by f.at desc, f.id desc limit 50`)})::text as data
from customers c where c.id = $1::uuid`;

const statements = { "/360": CUSTOMER_360, "/timeline": TIMELINE };

function customerId(body) {
  const id = JSON.parse(body)?.variables?.id;
  const decoded = typeof id === "string" ? Buffer.from(id, "base64url").toString("utf8") : "";
  return decoded.startsWith("Customer:") && UUID.test(decoded.slice(9)) ? decoded.slice(9) : null;
}

const answer = (response, status, text) => response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);

createServer((request, response) => {
  const statement = statements[request.url];
  if (request.method !== "POST" || !statement) return answer(response, 404, '{"errors":[{"message":"POST /360 or /timeline"}]}');
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const id = customerId(Buffer.concat(chunks).toString("utf8"));
      if (!id) return answer(response, 200, '{"data":{"customer":null},"errors":[{"message":"not a Customer id"}]}');
      const [row] = await sql.unsafe(statement, [id], { prepare: true });
      answer(response, 200, `{"data":{"customer":${row?.data ?? "null"}}}`);
    } catch (error) {
      answer(response, 500, JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
    }
  });
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));
