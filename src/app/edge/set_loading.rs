//! The competency set a page configured: a built-in one, one inline in the page (in a
//! `<script type="application/json">` only), or one fetched from the same site as a plain file
//! (other sites, and pages with no origin, are refused without a request). Renders the widget
//! once the set is known, or with the reason it cannot be used.

use super::widget::Widget;
use crate::core::competency_set::{find_set, register_set};
use crate::core::embed_config::SetSource;
use crate::core::page_address::same_origin;
use crate::core::set_file::{parse_set, MAX_SET_BYTES};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen(module = "/src/app/edge/fetch_set.js")]
extern "C" {
    /// Resolves to `{ text }` or `{ problem, status?, bytes? }`, never rejects.
    fn fetch_set(url: &str, max_bytes: f64) -> js_sys::Promise;
}

/// Loads the configured set if needed, then renders.
pub fn start(widget: Widget) {
    match widget.config.set.clone() {
        None => widget.render(None, None),
        Some(SetSource::BuiltIn(id)) => match find_set(&id) {
            Some(_) => widget.render(Some(id), None),
            None => widget.refuse(format!("data-set: there is no built-in set \"{id}\"")),
        },
        Some(SetSource::Inline(id)) => match inline_set(&widget, &id) {
            Ok(text) => use_set_text(widget, &text, &format!("#{id}")),
            Err(problem) => widget.refuse(format!("data-set-json: {problem}")),
        },
        Some(SetSource::Url(url)) => load_set(widget, url),
    }
}

/// The text of the `<script type="application/json">` with this id; no other element's.
fn inline_set(widget: &Widget, id: &str) -> Result<String, String> {
    let element = widget
        .root
        .owner_document()
        .and_then(|d| d.get_element_by_id(id))
        .ok_or_else(|| format!("no element with id \"{id}\""))?;
    let json_script = element.tag_name().eq_ignore_ascii_case("script")
        && element
            .get_attribute("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    if !json_script {
        return Err(format!(
            "the element with id \"{id}\" is not a <script type=\"application/json\">"
        ));
    }
    Ok(element.text_content().unwrap_or_default())
}

fn use_set_text(widget: Widget, text: &str, place: &str) {
    match parse_set(text).and_then(register_set) {
        Ok(set) => widget.render(Some(set.id.clone()), None),
        Err(problem) => widget.refuse(format!("{place}: {problem}")),
    }
}

/// Fetches a set from the page's own origin (see `fetch_set.js` for how).
fn load_set(widget: Widget, url: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(&url, &base).ok();
    let origin = window.location().origin().unwrap_or_default();
    let place = format!("data-set-url \"{url}\"");
    let Some(resolved) = resolved.filter(|u| same_origin(&origin, &u.origin())) else {
        let reason = "only a file on this same site can be used";
        widget.refuse(format!("{place}: {reason}"));
        return;
    };
    let on_answer = Closure::once(move |answer: JsValue| {
        let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok();
        if let Some(text) = field("text").and_then(|t| t.as_string()) {
            use_set_text(widget, &text, &place);
            return;
        }
        let number = |name: &str| field(name).and_then(|v| v.as_f64()).unwrap_or(0.0);
        let problem = match field("problem").and_then(|p| p.as_string()).as_deref() {
            Some("too-large") => format!(
                "the file is larger than {} KB ({} KB); it was not read",
                MAX_SET_BYTES / 1024,
                (number("bytes") / 1024.0).ceil()
            ),
            Some("status") => format!(
                "the file could not be loaded (the server answered {})",
                number("status")
            ),
            _ => "the file could not be loaded (no answer, or an answer from another \
                  address: redirects are not followed)"
                .to_string(),
        };
        widget.refuse(format!("{place}: {problem}"));
    });
    let _ = fetch_set(&resolved.href(), MAX_SET_BYTES as f64).then(&on_answer);
    on_answer.forget();
}
