#!/usr/bin/env bash
# Runs every test: formatting and lints, the documentation's links, native core tests, browser component tests
# (wasm-bindgen-test in headless Chromium) and end-to-end tests of the release build in headless Chromium, Firefox
# and WebKit (docs/testing.md).
# Installs missing tools first. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
source scripts/env.sh

passed=0
failed=0
log="$ROOT/target/test-logs"
mkdir -p "$log"

# Adds up "test result: ok. N passed; M failed" lines of cargo test output.
count_cargo() {
  local file=$1
  local p f
  p=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed/) s += $i } END { print s + 0 }' "$file")
  f=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) s += $i } END { print s + 0 }' "$file")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

stage() {
  local name=$1; shift
  echo "== $name"
  if "$@" 2>&1 | tee "$log/$name.log"; then
    return 0
  else
    echo "!! $name: command failed"
    return 1
  fi
}

# 0. Formatting and lints are tests: rustfmt (rustfmt.toml), and clippy with warnings as errors
#    for the host and for the browser build.
if stage format cargo fmt --check; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
if stage lint-host cargo clippy --all-targets -- -D warnings; then
  passed=$((passed + 1)); else failed=$((failed + 1)); fi
if stage lint-wasm cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings; then
  passed=$((passed + 1)); else failed=$((failed + 1)); fi

# Adds up the "ℹ pass N" and "ℹ fail N" lines of node --test output; no such line is a failure.
count_node() {
  local file=$1
  local p f
  p=$(grep -E '^ℹ pass ' "$file" | awk '{print $3}' | tail -1)
  f=$(grep -E '^ℹ fail ' "$file" | awk '{print $3}' | tail -1)
  if [ -z "$p" ]; then failed=$((failed + 1)); fi
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

# 1. The documentation: every relative link and anchor of README.md and docs/ resolves, and the
#    README stays within 200 lines (node --test, no browser).
stage docs node --test --test-reporter=spec --test-reporter-destination=stdout tests/docs.test.mjs
count_node "$log/docs.log"

# 2. Native tests of the pure core.
if stage native cargo test --lib --test core --test text --test fuzz --test layout; then :; else failed=$((failed + 1)); fi
count_cargo "$log/native.log"

# 3. Components and storage in headless Chromium.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
if stage browser cargo test --target wasm32-unknown-unknown --test browser; then :; else failed=$((failed + 1)); fi
count_cargo "$log/browser.log"

# 4. End-to-end against the release build in dist/, built as scripts/build.sh builds it (with the
#    pinned nightly of scripts/release-toolchain.sh): the Chromium-only tests, then (5.) the tests
#    written once for every engine, in each engine.
if stage build bash -c 'source scripts/release-toolchain.sh && trunk build --release'; then
  stage e2e bash -c 'cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout ./*.test.mjs'
  count_node "$log/e2e.log"
  for engine in chromium firefox webkit; do
    stage "e2e-$engine" bash -c "cd tests/e2e && ENGINE=$engine node --test --test-concurrency=1 --test-timeout=300000 --test-reporter=spec --test-reporter-destination=stdout everywhere/*.test.mjs"
    count_node "$log/e2e-$engine.log"
  done
else
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
