// The workbench map: bundled outlines, offline place labels from the gazetteer, optional tiles, and one marker
// per event (or report) from /api/markers (same filters): coloured by type, a dot for a settlement or point, a
// dashed square with a shaded circle for a district or region (the uncertainty). Clusters count events.
// No inline script (the CSP forbids it): the page passes URLs in data- attributes; text goes in via textContent.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var status = document.getElementById("map-status");
  if (!box || typeof L === "undefined") { return; }
  var map = L.map(box, { preferCanvas: true, minZoom: 3, maxZoom: 16 }).setView([49.0, 33.0], 5);
  if (box.dataset.tiles) {
    L.tileLayer(box.dataset.tiles, { maxZoom: 18, attribution: "map tiles: see WARLOG_TILE_URL" }).addTo(map);
  }
  // Outlines draw whether or not tiles load, so the map is readable offline.
  fetch(box.dataset.outlines).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
    if (!data) { return; }
    L.geoJSON(data, {
      interactive: false,
      style: function (f) {
        var country = f.properties && f.properties.level === "country";
        return { color: country ? "#444" : "#999", weight: country ? 1.5 : 0.7, fill: country, fillColor: "#f4f1ea",
                 fillOpacity: country ? 0.6 : 0 };
      }
    }).addTo(map);
    box.dataset.outlinesLoaded = "yes";
  }).catch(function () { /* no outlines: markers still work */ });

  // Place labels: the largest gazetteer settlements in view, fewer when zoomed out.
  var labels = L.layerGroup().addTo(map);
  var labelRequest = 0;
  function loadLabels() {
    if (!box.dataset.places) { return; }
    var b = map.getBounds(), mine = ++labelRequest;
    var url = new URL(box.dataset.places, window.location.origin);
    url.searchParams.set("west", b.getWest().toFixed(3)); url.searchParams.set("east", b.getEast().toFixed(3));
    url.searchParams.set("south", b.getSouth().toFixed(3)); url.searchParams.set("north", b.getNorth().toFixed(3));
    url.searchParams.set("zoom", String(map.getZoom()));
    fetch(url.pathname + url.search, { credentials: "same-origin" }).then(function (r) {
      return r.ok ? r.json() : { places: [] };
    }).then(function (data) {
      if (mine !== labelRequest) { return; }
      labels.clearLayers();
      data.places.forEach(function (p, n) {
        var icon = L.divIcon({ className: "place-label" + (n < 5 ? " big" : ""), html: "", iconSize: null,
                               iconAnchor: [3, 8] });
        var marker = L.marker([p.lat, p.lon], { icon: icon, interactive: false, keyboard: false });
        marker.on("add", function () { marker.getElement().textContent = p.name; });
        labels.addLayer(marker);
      });
      box.dataset.labels = String(data.places.length);
    }).catch(function () { box.dataset.labels = "0"; });
  }
  map.on("moveend", loadLabels);

  var AREA = { district: 15000, region: 80000, country: 250000 };
  var uncertainty = L.layerGroup().addTo(map);

  function clusterIcon(cluster) {
    var total = 0;  // events, not markers: a marker may stand for several events at one point
    cluster.getAllChildMarkers().forEach(function (m) { total += m.options.count || 1; });
    var size = total < 10 ? "small" : (total < 100 ? "medium" : "large");
    // total is a number: safe as markup.
    return L.divIcon({ html: "<div><span>" + total + "</span></div>", className: "marker-cluster marker-cluster-" + size,
                       iconSize: L.point(40, 40) });
  }
  var clusters = L.markerClusterGroup({ iconCreateFunction: clusterIcon, chunkedLoading: true });

  function row(dl, term, value) {
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = term; dd.textContent = value; dl.appendChild(dt); dl.appendChild(dd);
  }
  function popup(m) {
    var div = document.createElement("div");
    div.className = "popup";
    var title = document.createElement("strong");
    title.textContent = (m.n > 1 ? "" : m.type.replace(/_/g, " ") + " · ") + (m.place || "(unnamed place)");
    div.appendChild(title);
    if (m.n > 1) {  // several unlinked events at one point: how many of each type, and a link to list them
      var list = new URL(box.dataset.list, window.location.origin);
      list.searchParams.set("place", m.place || "");
      var kinds = Object.keys(m.types || {}).sort(function (a, b) { return m.types[b] - m.types[a]; });
      if (kinds.length === 1) { list.searchParams.append("type", kinds[0]); }
      var breakdown = document.createElement("dl");
      kinds.forEach(function (k) { row(breakdown, k.replace(/_/g, " "), String(m.types[k])); });
      div.appendChild(breakdown);
      var more = document.createElement("a");
      more.href = list.pathname + list.search;
      more.textContent = m.n + " " + (box.dataset.level === "reports" ? "reports" : "events") + " here, latest " +
        (m.date || "undated") + ": list them";
      div.appendChild(document.createElement("br"));
      div.appendChild(more);
      return div;
    }
    var dl = document.createElement("dl");
    row(dl, "date", m.date || "unknown");
    row(dl, "killed", m.killed === null ? "not stated" : String(m.killed));
    row(dl, "sources", String(m.sources) + (m.reports > 1 ? " (" + m.reports + " reports)" : ""));
    row(dl, "grade", m.grade || "not linked");
    row(dl, "place", m.precision + (m.admin1 && m.admin1 !== m.place ? ", " + m.admin1 : ""));
    div.appendChild(dl);
    var link = document.createElement("a");
    link.href = m.href;
    link.textContent = m.canonical ? "open the event and its reports" : "open the incident";
    div.appendChild(link);
    return div;
  }

  function legend(types) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "map-legend");
      div.setAttribute("data-testid", "map-legend");
      types.forEach(function (t) {
        var line = document.createElement("div"), swatch = document.createElement("span");
        swatch.className = "swatch t-" + t;
        line.appendChild(swatch);
        line.appendChild(document.createTextNode(t.replace(/_/g, " ")));
        div.appendChild(line);
      });
      var precise = document.createElement("div"), area = document.createElement("div");
      var dot = document.createElement("span"), square = document.createElement("span");
      dot.className = "swatch"; square.className = "swatch area";
      precise.appendChild(dot); precise.appendChild(document.createTextNode("settlement or point"));
      area.appendChild(square); area.appendChild(document.createTextNode("district or region (circle: extent)"));
      div.appendChild(precise); div.appendChild(area);
      return div;
    };
    control.addTo(map);
  }

  fetch(box.dataset.markers, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) { throw new Error("markers: HTTP " + r.status); }
    return r.json();
  }).then(function (data) {
    var bounds = [], types = [];
    data.markers.forEach(function (m) {
      var area = AREA[m.precision];
      var size = (area ? 16 : 14) + (m.n > 1 ? 6 : 0);
      // m.n is a number: safe as markup.
      var icon = L.divIcon({ className: "event-marker t-" + m.type + (area ? " area" : " precise"),
                             html: m.n > 1 ? "<span>" + Number(m.n) + "</span>" : "", iconSize: L.point(size, size) });
      var marker = L.marker([m.lat, m.lon], { icon: icon, count: m.n, title: m.type + ": " + (m.place || "") });
      marker.bindPopup(function () { return popup(m); });
      clusters.addLayer(marker);
      if (area) {
        uncertainty.addLayer(L.circle([m.lat, m.lon], { radius: area, interactive: false, weight: 1, dashArray: "4",
                                                        color: "#555", fillOpacity: 0.06 }));
      }
      if (types.indexOf(m.type) < 0) { types.push(m.type); }
      bounds.push([m.lat, m.lon]);
    });
    map.addLayer(clusters);
    legend(types.sort());
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 }); }
    var noun = data.level === "reports" ? "reports" : "events";
    box.dataset.level = data.level;
    status.textContent = data.located + " of these " + noun + " have coordinates";
    box.dataset.markersLoaded = String(data.markers.length);
    loadLabels();
  }).catch(function (err) {
    status.textContent = "Could not load the markers (" + String((err && err.message) || err) + ")";
  });
}());
