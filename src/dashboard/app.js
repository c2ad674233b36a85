// The live tracking dashboard: an initial state over HTTP, then the deliveryFeed subscription
// over graphql-ws; after a reconnect the state is reloaded, so nothing that moved meanwhile is lost.
(() => {
  const ACTIVE = ["LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "DELAYED", "OUT_FOR_DELIVERY", "ATTEMPTED_DELIVERY"];
  const SHIPMENT_FIELDS = "id trackingNumber status destinationCity estimatedArrival lastPosition { lat lng } carrier { name }";
  const svgNs = "http://www.w3.org/2000/svg";
  const $ = (selector) => document.querySelector(selector);
  const state = { token: localStorage.getItem("cdp-token") || "", parcels: new Map(), selected: null, client: null };

  async function gql(query, variables) {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${state.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  function showError(message) {
    const box = $("#error");
    box.hidden = !message;
    box.textContent = message || "";
  }

  function setConnection(text) {
    const badge = $("#connection");
    badge.dataset.state = text;
    badge.textContent = text;
  }

  function drawBase() {
    const map = $("#map");
    map.replaceChildren();
    const land = document.createElementNS(svgNs, "polygon");
    land.setAttribute("class", "land");
    land.setAttribute("points", GEO.outline.map(([lng, lat]) => GEO.project(lat, lng).join(",")).join(" "));
    map.append(land);
    for (const [name, lat, lng] of GEO.cities) {
      const [x, y] = GEO.project(lat, lng);
      const dot = document.createElementNS(svgNs, "circle");
      dot.setAttribute("cx", x);
      dot.setAttribute("cy", y);
      dot.setAttribute("r", 2);
      dot.setAttribute("fill", "#555");
      const label = document.createElementNS(svgNs, "text");
      label.setAttribute("x", x + 4);
      label.setAttribute("y", y - 3);
      label.setAttribute("class", "city");
      label.textContent = name;
      map.append(dot, label);
    }
    const layer = document.createElementNS(svgNs, "g");
    layer.id = "parcels";
    map.append(layer);
    $("#legend").replaceChildren(
      ...Object.entries(GEO.colors).map(([status, color]) => {
        const item = document.createElement("li");
        item.innerHTML = `<i style="background:${color}"></i>${status.replaceAll("_", " ").toLowerCase()}`;
        return item;
      }),
    );
  }

  function render() {
    const active = [...state.parcels.values()].filter((p) => ACTIVE.includes(p.status) || p.recentlyArrived);
    active.sort((a, b) => String(a.estimatedArrival).localeCompare(String(b.estimatedArrival)));
    $("#count").textContent = String(active.filter((p) => ACTIVE.includes(p.status)).length);
    $("#deliveries tbody").replaceChildren(
      ...active.map((p) => {
        const row = document.createElement("tr");
        row.dataset.tracking = p.trackingNumber;
        if (p.trackingNumber === state.selected) row.className = "selected";
        const eta = p.estimatedArrival ? new Date(p.estimatedArrival).toLocaleString() : "—";
        row.innerHTML = `<td>${p.trackingNumber}</td><td>${p.carrier ? p.carrier.name : ""}</td>
          <td class="status" style="color:${GEO.colors[p.status]}">${p.status}</td><td>${p.destinationCity || ""}</td><td>${eta}</td>`;
        row.addEventListener("click", () => select(p.trackingNumber));
        return row;
      }),
    );
    const layer = $("#parcels");
    layer.replaceChildren(
      ...active
        .filter((p) => p.lastPosition)
        .map((p) => {
          const [x, y] = GEO.project(p.lastPosition.lat, p.lastPosition.lng);
          const dot = document.createElementNS(svgNs, "circle");
          dot.setAttribute("class", "parcel");
          dot.dataset.tracking = p.trackingNumber;
          dot.setAttribute("cx", x);
          dot.setAttribute("cy", y);
          dot.setAttribute("r", p.trackingNumber === state.selected ? 7 : 5);
          dot.setAttribute("fill", GEO.colors[p.status]);
          dot.addEventListener("click", () => select(p.trackingNumber));
          const title = document.createElementNS(svgNs, "title");
          title.textContent = `${p.trackingNumber} ${p.status}`;
          dot.append(title);
          return dot;
        }),
    );
  }

  async function select(trackingNumber) {
    state.selected = trackingNumber;
    render();
    const data = await gql(
      `query Detail($tn: String!) { shipment(trackingNumber: $tn) { trackingNumber status originCity destinationCity
         events(first: 100) { edges { node { seq status occurredAt place } } } } }`,
      { tn: trackingNumber },
    );
    const s = data.shipment;
    $("#detail").hidden = false;
    $("#detail-title").textContent = `${s.trackingNumber}: ${s.originCity || "?"} → ${s.destinationCity || "?"} (${s.status})`;
    $("#history").replaceChildren(
      ...s.events.edges.map(({ node }) => {
        const item = document.createElement("li");
        item.textContent = `${new Date(node.occurredAt).toLocaleString()} — ${node.status} — ${node.place || ""}`;
        return item;
      }),
    );
  }

  // Updates that arrive while the state is being (re)loaded may be newer than what the load reads:
  // they are kept and applied on top of it, in arrival order (the feed sends a parcel's events in order).
  let reload = null;

  async function loadState() {
    const mine = { arrived: [] };
    reload = mine;
    const parcels = new Map();
    try {
      let after = null;
      for (let page = 0; page < 10; page++) {
        const data = await gql(
          `query Active($after: String, $statuses: [ShipmentStatus!]) { shipments(first: 100, after: $after, filter: { statuses: $statuses }) {
             pageInfo { hasNextPage endCursor } edges { node { ${SHIPMENT_FIELDS} } } } }`,
          { after, statuses: ACTIVE },
        );
        for (const { node } of data.shipments.edges) parcels.set(node.trackingNumber, node);
        if (!data.shipments.pageInfo.hasNextPage) break;
        after = data.shipments.pageInfo.endCursor;
      }
    } catch (error) {
      if (reload === mine) reload = null;
      throw error;
    }
    // A later reload has started meanwhile: its result will be the newer one.
    if (reload !== mine) return;
    reload = null;
    state.parcels = parcels;
    for (const update of mine.arrived) apply(update);
    render();
  }

  function apply(update) {
    const parcel = { ...update.shipment, recentlyArrived: !ACTIVE.includes(update.shipment.status) };
    state.parcels.set(parcel.trackingNumber, parcel);
    return parcel;
  }

  function onUpdate(update) {
    if (reload) reload.arrived.push(update);
    const parcel = apply(update);
    render();
    if (state.selected === parcel.trackingNumber) void select(parcel.trackingNumber);
  }

  async function connect() {
    showError("");
    if (state.client) await state.client.dispose();
    try {
      await loadState();
    } catch (error) {
      showError(`Could not load deliveries: ${error.message}`);
      return;
    }
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
    state.client = graphqlWs.createClient({
      url,
      connectionParams: { authorization: `Bearer ${state.token}` },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        // Reloaded on every connection, the first too: whatever moved before the feed was
        // listening (while away, or between the first load and now) shows up.
        connected: () => {
          setConnection("live");
          loadState().catch((error) => showError(`Could not reload deliveries: ${error.message}`));
        },
        closed: () => setConnection("reconnecting"),
      },
    });
    state.client.subscribe(
      { query: `subscription Feed { deliveryFeed { shipment { ${SHIPMENT_FIELDS} } event { seq status occurredAt place } } }` },
      {
        next: (result) => (result.data ? onUpdate(result.data.deliveryFeed) : showError(result.errors[0].message)),
        error: (error) => showError(String(error && error.reason ? error.reason : error)),
        complete: () => setConnection("offline"),
      },
    );
  }

  $("#login").addEventListener("submit", (event) => {
    event.preventDefault();
    state.token = $("#token").value.trim();
    localStorage.setItem("cdp-token", state.token);
    void connect();
  });
  drawBase();
  if (state.token) {
    $("#token").value = state.token;
    void connect();
  }
})();
