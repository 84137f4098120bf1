//! What the widget's own script (embed.js) told the wasm about the widget's files: its folder
//! and its stylesheet (`own_stylesheet.js`), never read from the page.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/app/edge/own_stylesheet.js")]
extern "C" {
    /// The widget's own stylesheet, as embed.js named it ("" where it did not).
    pub fn own_stylesheet() -> String;
    /// The widget's own folder, from the address of its scripts.
    pub fn widget_folder() -> String;
}
