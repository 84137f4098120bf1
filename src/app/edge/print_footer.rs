//! The printed pages' footer: the set's name and "Page N of M", in the margin of every page, where
//! the browser draws CSS page-margin boxes. A stylesheet made in script (not an inline style, so
//! the strict CSP allows it) on the document, since `@page` rules in a shadow root do nothing.

use crate::core::css_string::css_string;
use wasm_bindgen::JsCast;

/// The last rule of the footer's stylesheet, by which it is found again to be replaced.
const MARKER: &str = ".pa-print-footer-rule";

/// Sets the footer: `left` on the left, the `page_template` ("Page {page} of {pages}") on the
/// right. Does nothing where the browser cannot make stylesheets in script.
pub fn set(left: &str, page_template: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    let css = format!(
        "@page {{ @bottom-left {{ content: {}; font: 9pt system-ui, sans-serif; color: #4a565d; }} \
         @bottom-right {{ content: {}; font: 9pt system-ui, sans-serif; color: #4a565d; }} }} \
         {MARKER} {{}}",
        css_string(left),
        page_numbers(page_template),
    );
    if sheet.replace_sync(&css).is_err() {
        return;
    }
    let kept: js_sys::Array = document
        .adopted_style_sheets()
        .iter()
        .filter(|s| !is_footer(s))
        .collect();
    kept.push(&sheet);
    document.set_adopted_style_sheets(&kept);
}

fn is_footer(sheet: &wasm_bindgen::JsValue) -> bool {
    let Some(sheet) = sheet.dyn_ref::<web_sys::CssStyleSheet>() else {
        return false;
    };
    let Ok(rules) = sheet.css_rules() else {
        return false;
    };
    let last = rules.length().checked_sub(1).and_then(|i| rules.item(i));
    last.is_some_and(|rule| rule.css_text().starts_with(MARKER))
}

/// "Page {page} of {pages}" as CSS content: strings around the page counters.
fn page_numbers(template: &str) -> String {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            parts.push(css_string(&rest[..start]));
        }
        match &rest[start + 1..start + end] {
            "page" => parts.push("counter(page)".to_string()),
            "pages" => parts.push("counter(pages)".to_string()),
            other => parts.push(css_string(other)),
        }
        rest = &rest[start + end + 1..];
    }
    if !rest.is_empty() {
        parts.push(css_string(rest));
    }
    parts.join(" ")
}

/// Sets the footer to `title` (when there is one) and `page_template` whenever either changes.
#[yew::hook]
pub fn use_print_footer(title: Option<String>, page_template: &'static str) {
    yew::use_effect_with((title, page_template), |(title, page_template)| {
        if let Some(title) = title {
            set(title, page_template);
        }
    });
}
