//! Prints the welcome screen as a first-time visitor sees it, rendered by the widget's own
//! components (`FirstView`) without a browser, in every language the widget speaks, as JSON:
//! `{"en": "<div class=\"pa-app\" …>…</div>", "es": …}`. The build's post_build hook
//! (scripts/prerender-welcome.mjs) writes it into index.html.
//!
//!   cargo run --example prerender-welcome

// Rendered on the build machine only; for the browser target (`cargo clippy --all-targets
// --target wasm32-unknown-unknown`) the example is empty.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use peer_assessment::app::text::LANGUAGES;
    use peer_assessment::app::{FirstView, FirstViewProps};
    use std::collections::BTreeMap;
    use yew::LocalServerRenderer;

    pub fn main() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime to render in");
        let local = tokio::task::LocalSet::new();
        let mut pages = BTreeMap::new();
        for t in LANGUAGES {
            let props = FirstViewProps {
                lang: t.lang.into(),
            };
            let renderer = LocalServerRenderer::<FirstView>::with_props(props).hydratable(false);
            let html = local.block_on(&runtime, renderer.render());
            pages.insert(t.lang, html);
        }
        println!(
            "{}",
            serde_json::to_string(&pages).expect("strings always serialize")
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
