#!/usr/bin/env bash
# Installs the web page's npm packages, pinned by $1/package-lock.json, into $2 with `npm ci` (at build time, never
# at run time; npm's cache makes a rebuild after `mvn clean` cheap) and copies the files the page loads into $3
# (target/classes/web/vendor, so they are served from the jar). Called by the exec-maven-plugin in sitrep-core/pom.xml.
#
#   leaflet 1.9.4          the map (BSD-2-Clause)
#   topojson-client 3.1.0  turns the base map's TopoJSON into GeoJSON for Leaflet (ISC)
#   world-atlas 2.0.2      Natural Earth 1:110m country outlines as TopoJSON: the base map, no tile server
#                          (data public domain; package ISC)
#   playwright-core        drives Chromium in scripts/browser-test (Apache-2.0); stays in $2, not in the jar
set -euo pipefail
src="$1" node="$2" vendor="$3"
mkdir -p "$node"
stamp="$node/.installed-$(sha1sum "$src/package-lock.json" | cut -c1-12)"
if [ ! -f "$stamp" ] || [ ! -d "$node/node_modules" ]; then
  rm -f "$node"/.installed-*
  cp "$src/package.json" "$src/package-lock.json" "$node/"
  (cd "$node" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null 2>&1) \
    || { echo "npm ci failed in $node (is the npm registry reachable?)" >&2; exit 1; }
  touch "$stamp"
fi
m="$node/node_modules"
mkdir -p "$vendor/leaflet/images" "$vendor/topojson-client" "$vendor/world-atlas"
cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$m/leaflet/LICENSE" "$vendor/leaflet/"
cp "$m/leaflet/dist/images/"*.png "$vendor/leaflet/images/"
cp "$m/topojson-client/dist/topojson-client.min.js" "$m/topojson-client/LICENSE" "$vendor/topojson-client/"
cp "$m/world-atlas/countries-110m.json" "$m/world-atlas/LICENSE" "$vendor/world-atlas/"
