#!/usr/bin/env bash
# Installs every tool the project needs, only where it is missing or at the wrong version.
# Safe to run again and again: it does nothing when all is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '[setup] %s\n' "$*"; }

# Tools installed by cargo land here, wherever CARGO_HOME points.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm is built with a pinned nightly that also compiles the standard library
# (scripts/release-toolchain.sh): it needs the library's source, and that source's own crates
# fetched once, because trunk builds offline.
RELEASE_NIGHTLY=$(sed -n 's/^export RELEASE_NIGHTLY=//p' scripts/release-toolchain.sh)
if ! rustup run "$RELEASE_NIGHTLY" rustc --version >/dev/null 2>&1; then
  say "installing the $RELEASE_NIGHTLY toolchain with rustup (for the release wasm)"
  rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal
fi
NIGHTLY_LIBRARY="$(rustup run "$RELEASE_NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library"
if [ ! -f "$NIGHTLY_LIBRARY/Cargo.lock" ]; then
  say "adding rust-src to $RELEASE_NIGHTLY"
  rustup component add rust-src --toolchain "$RELEASE_NIGHTLY"
fi
if [ ! -f "target/.std-fetched-$RELEASE_NIGHTLY" ]; then
  say "fetching the crates of $RELEASE_NIGHTLY's standard library with cargo"
  rustup run "$RELEASE_NIGHTLY" cargo fetch --manifest-path "$NIGHTLY_LIBRARY/Cargo.toml"
  mkdir -p target && touch "target/.std-fetched-$RELEASE_NIGHTLY"
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION with cargo (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $BINDGEN_VERSION" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION with cargo"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --locked --force \
    || cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium chromium-driver >/dev/null
fi

# poppler-utils: the report test reads printed PDFs (pdfinfo, pdftotext, pdftoppm).
if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null || ! command -v pdftoppm >/dev/null; then
  say "installing poppler-utils with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 poppler-utils >/dev/null
fi

# Firefox and WebKit for the cross-engine end-to-end tests: Firefox ESR (driven over WebDriver
# BiDi, no separate driver), WebKitGTK's WebKitWebDriver with its MiniBrowser, and Xvfb, the
# display MiniBrowser needs even when nobody looks.
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
   || [ ! -x "$MINIBROWSER" ] || ! command -v xvfb-run >/dev/null; then
  say "installing firefox-esr, webkit2gtk-driver and xvfb with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth >/dev/null
fi

# zip and unzip: scripts/package.sh writes the release's zips; the package test reads them.
if ! command -v zip >/dev/null || ! command -v unzip >/dev/null; then
  say "installing zip and unzip with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 zip unzip >/dev/null
fi

# npm packages: wasm-opt (binaryen), the browser drivers (playwright-core, puppeteer-core,
# selenium-webdriver) and axe-core, pinned in package-lock.json. None downloads a browser: the
# tests use the ones installed above.
if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  say "installing npm packages for wasm-opt and the browser tests"
  (cd tests/e2e && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

say "ready: trunk $TRUNK_VERSION, wasm-bindgen $BINDGEN_VERSION, $(chromium --version 2>/dev/null | head -1), $(firefox-esr --version 2>/dev/null | head -1), WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
