#!/usr/bin/env bash
# Builds the release widget and serves it on http://127.0.0.1:8080/ (installing missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
source scripts/release-toolchain.sh
exec trunk serve --release "$@"
