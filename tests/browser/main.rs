//! Components, storage and the widget's wiring in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test browser` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

mod components;
mod print_footer;
mod shell;
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
