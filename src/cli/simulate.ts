import "reflect-metadata";
import { Command, InvalidArgumentError } from "commander";
import { createTokenService } from "../auth/tokens.js";
import { loadConfig } from "../config.js";
import { fromGlobalId } from "../graphql/global-id.js";
import { CITIES } from "../seed/world.js";
import { runCli } from "./run.js";

const positive = (value: string) => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError("must be a positive number");
  return n;
};

const options = new Command("simulate")
  .description("Couriers drive the demo parcels towards their customers and post tracking events through the API")
  .option("--url <url>", "the platform's GraphQL endpoint", `http://localhost:${process.env.PORT ?? 4000}/graphql`)
  .option("--rate <n>", "events per second across all couriers", positive, 2)
  .option("--duration <s>", "stop after this many seconds (default: run until Ctrl-C)", positive)
  .parse()
  .opts<{ url: string; rate: number; duration?: number }>();

interface Parcel {
  trackingNumber: string;
  status: string;
  originCity: string | null;
  destinationCity: string | null;
  lastPosition: { lat: number; lng: number } | null;
}

const ACTIVE = ["LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "DELAYED", "OUT_FOR_DELIVERY", "ATTEMPTED_DELIVERY"];
const cityByName = new Map(CITIES.map((c) => [c.name, c]));

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(options.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

/** The next step of a parcel's journey: a quarter of the way on, then the door. */
function nextEvent(parcel: Parcel) {
  const origin = cityByName.get(parcel.originCity ?? "") ?? CITIES[0]!;
  const destination = cityByName.get(parcel.destinationCity ?? "") ?? CITIES[1]!;
  const here = parcel.lastPosition ?? { lat: origin.lat, lng: origin.lng };
  const remaining = Math.hypot(destination.lat - here.lat, destination.lng - here.lng);
  switch (parcel.status) {
    case "LABEL_CREATED":
      return { status: "PICKED_UP", lat: origin.lat, lng: origin.lng, place: `${origin.name} warehouse` };
    case "OUT_FOR_DELIVERY":
    case "ATTEMPTED_DELIVERY":
      return { status: "DELIVERED", lat: destination.lat, lng: destination.lng, place: `${destination.name}, front door` };
    default: {
      if (remaining < 0.15) return { status: "OUT_FOR_DELIVERY", lat: destination.lat, lng: destination.lng, place: `${destination.name} depot` };
      const step = Math.min(1, 0.25 + 0.5 / Math.max(remaining, 0.5));
      return {
        status: "IN_TRANSIT",
        lat: here.lat + (destination.lat - here.lat) * step,
        lng: here.lng + (destination.lng - here.lng) * step,
        place: `en route to ${destination.name}`,
      };
    }
  }
}

runCli(async () => {
  const tokens = createTokenService(loadConfig().jwt);
  const { carriers } = await graphql<{ carriers: { edges: { node: { id: string; name: string } }[] } }>(`{ carriers(first: 100) { edges { node { id name } } } }`, {});
  const couriers = await Promise.all(
    carriers.edges.map(async ({ node }) => ({
      name: node.name,
      token: await tokens.sign({ role: "COURIER", sub: `simulator@${node.name}`, carrierId: fromGlobalId(node.id).id }),
      parcels: [] as Parcel[],
    })),
  );
  const refresh = async () => {
    for (const courier of couriers) {
      const data = await graphql<{ shipments: { edges: { node: Parcel }[] } }>(
        `query Work($statuses: [ShipmentStatus!]) { shipments(first: 100, filter: { statuses: $statuses }) {
           edges { node { trackingNumber status originCity destinationCity lastPosition { lat lng } } } } }`,
        { statuses: ACTIVE },
        courier.token,
      );
      courier.parcels = data.shipments.edges.map((e) => e.node);
    }
  };
  await refresh();
  const active = couriers.reduce((n, c) => n + c.parcels.length, 0);
  console.log(`simulating ${couriers.length} couriers with ${active} parcels on the way at ${options.rate} events/s against ${options.url}`);

  let turn = 0;
  let posted = 0;
  const started = Date.now();
  for (;;) {
    if (options.duration && Date.now() - started >= options.duration * 1000) break;
    const courier = couriers[turn++ % couriers.length]!;
    const parcel = courier.parcels[Math.floor(Math.random() * courier.parcels.length)];
    if (parcel) {
      const step = nextEvent(parcel);
      const event = { trackingNumber: parcel.trackingNumber, courierEventId: `sim-${parcel.trackingNumber}-${Date.now()}-${turn}`, occurredAt: new Date().toISOString(), ...step };
      const result = await graphql<{ recordTrackingEvents: { recorded: { shipment: Parcel }[]; rejected: { message: string }[] } }>(
        `mutation Post($input: RecordTrackingEventsInput!) { recordTrackingEvents(input: $input) {
           recorded { shipment { trackingNumber status originCity destinationCity lastPosition { lat lng } } } rejected { message } } }`,
        { input: { events: [event] } },
        courier.token,
      );
      const updated = result.recordTrackingEvents.recorded[0]?.shipment;
      if (updated) {
        posted++;
        Object.assign(parcel, updated);
        if (!ACTIVE.includes(updated.status)) courier.parcels = courier.parcels.filter((p) => p !== parcel);
        console.log(`${courier.name.padEnd(16)} ${parcel.trackingNumber} ${updated.status.padEnd(17)} ${step.place}`);
      } else {
        console.log(`${courier.name.padEnd(16)} ${parcel.trackingNumber} refused: ${result.recordTrackingEvents.rejected[0]?.message}`);
      }
    }
    if (turn % 50 === 0) await refresh();
    if (couriers.every((c) => c.parcels.length === 0)) {
      console.log("every parcel has arrived");
      break;
    }
    await new Promise((r) => setTimeout(r, 1000 / options.rate));
  }
  console.log(`posted ${posted} events`);
});
