//! The printed pages' footer is a stylesheet adopted by the host page's document: no text put
//! in it can end its string and add rules of its own to the agency's page.

use peer_assessment::app::edge::print_footer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

fn footer_rules() -> Vec<String> {
    let document = web_sys::window().unwrap().document().unwrap();
    let sheets = document.adopted_style_sheets();
    let sheet: web_sys::CssStyleSheet = sheets.get(sheets.length() - 1).unchecked_into();
    let rules = sheet.css_rules().unwrap();
    (0..rules.length())
        .map(|i| rules.item(i).unwrap().css_text())
        .collect()
}

#[wasm_bindgen_test]
fn control_characters_in_the_footer_text_stay_inside_its_string() {
    let document = web_sys::window().unwrap().document().unwrap();
    let body = document.body().unwrap();
    for hostile in [
        "Set\u{c}} body { display: none } .x {",
        "Set\u{b}} body { display: none } .x {",
        "Set\r} body { display: none } .x {",
        "Set\"} body { display: none } .x {",
        "Set\\\"} body { display: none } .x {",
    ] {
        print_footer::set(hostile, "Page {page} of {pages}");
        let rules = footer_rules();
        assert_eq!(rules.len(), 2, "{hostile:?}: {rules:?}");
        assert!(rules[0].starts_with("@page"), "{rules:?}");
        assert!(
            rules[0].contains("display: none"),
            "kept as text: {rules:?}"
        );
        let display = web_sys::window()
            .unwrap()
            .get_computed_style(&body)
            .unwrap()
            .unwrap()
            .get_property_value("display")
            .unwrap();
        assert_eq!(display, "block", "{hostile:?}");
    }
}
