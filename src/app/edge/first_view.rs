//! The welcome screen written into the page at build time (`shell::FirstView`, shown until the
//! wasm has arrived): removed when the App draws its own screen in its place, in the same task,
//! so no frame shows both or neither. The page's first-view.js then replays taps made on it.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// Removes every prerendered copy of the welcome screen from `root`.
pub fn remove_first_view(root: &Element) {
    let Ok(copies) = root.query_selector_all("[data-first-view]") else {
        return;
    };
    for i in 0..copies.length() {
        if let Some(copy) = copies.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            copy.remove();
        }
    }
}
