#!/usr/bin/env bash
# Refreshes the documentation's screenshots in docs/images/ from the real build: builds dist/ if
# it is missing (scripts/build.sh), runs the end-to-end tests that take the screenshots (they
# leave them in tests/e2e/artifacts/), then cuts, scales and copies them (scripts/docs-images.mjs).
# DOCS_IMAGES_SKIP_TESTS=1 only copies what the last test run left in tests/e2e/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${DOCS_IMAGES_SKIP_TESTS:-}" != 1 ]; then
  if [ ! -f dist/index.html ]; then
    scripts/build.sh
  else
    scripts/setup.sh
  fi
  source scripts/env.sh
  (cd tests/e2e && node --test --test-concurrency=1 \
    assessment.test.mjs growth.test.mjs report.test.mjs rounds.test.mjs workshop.test.mjs embed.test.mjs)
fi
node scripts/docs-images.mjs
