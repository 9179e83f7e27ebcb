#!/usr/bin/env bash
# System packages newsgraph needs on Debian/Ubuntu: libclang for bindgen in Oxigraph's RocksDB
# (without it the build fails only after ~14 minutes), Graphviz for `newsgraph dot --svg` and
# its test, python3-rdflib for the round-trip test; for the tests of `serve` and `push`: Python's
# SPARQLWrapper (a real SPARQL client), Selenium with Chromium and ChromeDriver (the query page
# in a real browser), and Virtuoso open-source (a real external store; tests/push.rs starts one
# of its own on loopback, with a database in a temporary folder). Installs only what is missing.
set -euo pipefail
missing=()
dpkg -s libclang-dev >/dev/null 2>&1 || missing+=(libclang-dev)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
/usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1 || missing+=(python3-rdflib)
/usr/bin/python3 -c 'import SPARQLWrapper' >/dev/null 2>&1 || missing+=(python3-sparqlwrapper)
/usr/bin/python3 -c 'import selenium' >/dev/null 2>&1 || missing+=(python3-selenium)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v virtuoso-t >/dev/null 2>&1 || missing+=(virtuoso-opensource)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
