# Sourced before the release wasm build (scripts/build.sh, serve.sh, test.sh, benchmark.sh): builds
# it with a pinned nightly Rust that also compiles the standard library for size, which makes the
# wasm smaller (figures in docs/benchmark.md, "Size"). Only the release wasm: lints, native
# tests and browser tests keep the stable toolchain. scripts/setup.sh installs this nightly.
export RELEASE_NIGHTLY=nightly-2026-05-20
export RUSTUP_TOOLCHAIN="$RELEASE_NIGHTLY"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# A panic aborts on the spot (no panic messages, no locations, no unwinding code): the error
# screen is drawn after the trap (src/app/edge/on_trap.js), not by a panic hook.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
