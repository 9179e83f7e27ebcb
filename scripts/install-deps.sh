#!/usr/bin/env bash
# System packages newsgraph needs on Debian/Ubuntu: libclang for bindgen in Oxigraph's RocksDB
# (without it the build fails only after ~14 minutes), Graphviz for `newsgraph dot --format svg`
# and its tests, python3-rdflib for the round-trip test, zsh and fish to load the generated
# completion scripts and man-db to render the manual page in tests/cli_habits.rs. Installs only
# what is missing.
set -euo pipefail
missing=()
dpkg -s libclang-dev >/dev/null 2>&1 || missing+=(libclang-dev)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
/usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1 || missing+=(python3-rdflib)
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
