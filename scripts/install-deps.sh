#!/usr/bin/env bash
# System packages newsgraph needs on Debian/Ubuntu: libclang for bindgen in Oxigraph's RocksDB
# (without it the build fails only after ~14 minutes), Graphviz for `newsgraph dot --format svg`
# and its tests, python3-rdflib for the round-trip test; pySHACL (a second SHACL engine for the
# publish and validate tests) in a virtual environment of its own; for the tests of `serve` and
# `push`: Python's SPARQLWrapper (a real SPARQL client), Selenium with Chromium and ChromeDriver
# (the query page in a real browser), and Virtuoso open-source (a real external store;
# tests/push.rs starts one of its own on loopback); zsh and fish to load the generated completion
# scripts and man-db to render the manual pages in tests/cli_habits.rs. Installs only what is
# missing.
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
command -v zsh >/dev/null 2>&1 || missing+=(zsh)
command -v fish >/dev/null 2>&1 || missing+=(fish)
command -v man >/dev/null 2>&1 || missing+=(man-db)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# pySHACL is not packaged by Debian, and needs a newer rdflib than Debian's: it lives in its own
# virtual environment, where tests/common finds it ($NEWSGRAPH_VENV, by default this path).
venv="${NEWSGRAPH_VENV:-$HOME/.cache/newsgraph/venv}"
if ! "$venv/bin/python" -c 'import pyshacl' >/dev/null 2>&1; then
  echo "installing pyshacl into $venv" >&2
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # Debian's python3 makes virtual environments only with python3-venv.
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$venv"
    /usr/bin/python3 -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pyshacl==0.40.1
fi
