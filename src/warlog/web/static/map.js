// The workbench map: bundled outlines, optional tiles, clustered markers from /api/markers (same filters).
// No inline script (the CSP forbids it): the page passes URLs in data- attributes; text goes in via textContent.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var status = document.getElementById("map-status");
  if (!box || typeof L === "undefined") { return; }
  // maxZoom is set here because markercluster needs it and there may be no tile layer to give one.
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

  function clusterIcon(cluster) {
    var total = 0;
    cluster.getAllChildMarkers().forEach(function (m) { total += m.options.count || 1; });
    var size = total < 10 ? "small" : (total < 100 ? "medium" : "large");
    return L.divIcon({ html: "<div><span>" + total + "</span></div>", className: "marker-cluster marker-cluster-" + size,
                       iconSize: L.point(40, 40) });
  }
  var clusters = L.markerClusterGroup({ iconCreateFunction: clusterIcon, chunkedLoading: true });

  function popup(m) {
    var div = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = m.place || "(unnamed place)";
    div.appendChild(title);
    div.appendChild(document.createElement("br"));
    var link = document.createElement("a");
    if (m.n === 1) {
      link.href = "/incidents/" + encodeURIComponent(m.id);
      link.textContent = "open the incident";
    } else {
      var list = new URL(box.dataset.list, window.location.origin);
      list.searchParams.set("place", m.place || "");
      link.href = list.pathname + list.search;
      link.textContent = m.n + " incidents: list them";
    }
    div.appendChild(link);
    return div;
  }

  fetch(box.dataset.markers, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) { throw new Error("markers: HTTP " + r.status); }
    return r.json();
  }).then(function (data) {
    var bounds = [];
    data.markers.forEach(function (m) {
      var icon = L.divIcon({ className: "incident-marker", html: "<span>" + m.n + "</span>", iconSize: L.point(26, 26) });
      var marker = L.marker([m.lat, m.lon], { icon: icon, count: m.n, title: m.place });
      marker.bindPopup(function () { return popup(m); });
      clusters.addLayer(marker);
      bounds.push([m.lat, m.lon]);
    });
    map.addLayer(clusters);
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 }); }
    status.textContent = data.located + " of these incidents have coordinates, at " + data.markers.length + " places";
    box.dataset.markersLoaded = String(data.markers.length);
  }).catch(function (err) {
    status.textContent = "Could not load the markers (" + String((err && err.message) || err) + ")";
  });
}());
