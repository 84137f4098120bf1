#!/usr/bin/env bash
# Builds the release widget and compares it with the same assessment made with SurveyJS + Chart.js:
# bytes loaded, time to the first question, time from an answer to its paint, time to the drawn
# results, in headless Chromium at 4x CPU slowdown on a phone viewport (benchmark/run.mjs).
# Writes benchmark/results.md and benchmark/results.json and prints the table beside the previous
# figures. Runs: BENCH_RUNS (default 5). With --update-docs (or its earlier name, --update-readme)
# it also rewrites the table of docs/benchmark.md between <!-- benchmark:start --> and
# <!-- benchmark:end -->. The same runs time answers with a
# large history saved (made by `cargo run --example large-saved-state`); BENCH_ONLY=widget runs
# only the widget's cases, without the comparison page and the floor.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
source scripts/env.sh

# The comparison page's libraries and the browser driver, pinned in benchmark/package-lock.json.
if [ ! -d benchmark/node_modules ] || [ benchmark/package-lock.json -nt benchmark/node_modules/.package-lock.json ]; then
  echo "[benchmark] installing the npm packages pinned in benchmark/package-lock.json"
  (cd benchmark && npm ci --no-audit --no-fund --loglevel=error)
fi

exec node benchmark/run.mjs "$@"
