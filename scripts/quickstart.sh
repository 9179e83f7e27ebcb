#!/usr/bin/env bash
# The main job on a fresh machine: install what the build needs, build newsgraph and install it
# where the shell finds it (~/.cargo/bin, with its manual pages and bash completion), extract the
# seed articles into the default store (./newsgraph-store) and print a summary, whose "Try
# next" lines then run as printed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# The same target directory as .ci/run: the ~14-minute RocksDB build is done once for both.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph/target}"
cargo install --path . --locked --force
bin="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
# man finds DIR/../share/man for every DIR on the PATH, so the pages go beside the binary.
"$bin/newsgraph" man --output "$bin/../share/man/man1"
completions="${XDG_DATA_HOME:-$HOME/.local/share}/bash-completion/completions"
mkdir -p "$completions"
"$bin/newsgraph" completions bash > "$completions/newsgraph"
echo "installed $bin/newsgraph, its manual pages (man newsgraph) and bash completion" >&2
"$bin/newsgraph" build seeds/
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "note: $bin is not on your PATH; add it (export PATH=\"$bin:\$PATH\") to run the lines above" >&2 ;;
esac
