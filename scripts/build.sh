#!/usr/bin/env bash
# Builds the release widget into dist/ (installing missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
source scripts/release-toolchain.sh
trunk build --release
