# Sourced by the build, serve and test scripts: tool paths and offline settings.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Trunk must use the tools installed by scripts/setup.sh and never download its own.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
# Chromium leaves profiles in TMPDIR; keep them inside target/ where `cargo clean` removes them.
export TMPDIR="$ROOT/target/tmp"
mkdir -p "$TMPDIR"
