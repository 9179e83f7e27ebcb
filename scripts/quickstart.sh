#!/usr/bin/env bash
# The main job on a fresh machine: install what the build needs, build newsgraph, extract the
# seed articles into the default store (./newsgraph-store) and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cargo run --release -- build seeds/
