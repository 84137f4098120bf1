//! The competency set a page configured: a built-in one, one inline in the page, or one fetched
//! from the same site (other sites are refused without a request). Renders the widget once the
//! set is known, or with the reason it cannot be used.

use super::mount::Widget;
use crate::core::competency_set::{find_set, register_set};
use crate::core::embed_config::SetSource;
use crate::core::set_file::parse_set;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Loads the configured set if needed, then renders.
pub fn start(widget: Widget) {
    match widget.config.set.clone() {
        None => widget.render(None, None),
        Some(SetSource::BuiltIn(id)) => match find_set(&id) {
            Some(_) => widget.render(Some(id), None),
            None => widget.refuse(format!("data-set: there is no built-in set \"{id}\"")),
        },
        Some(SetSource::Inline(id)) => {
            let text = widget
                .root
                .owner_document()
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|e| e.text_content());
            match text {
                Some(text) => use_set_text(widget, &text, &format!("#{id}")),
                None => widget.refuse(format!("data-set-json: no element with id \"{id}\"")),
            }
        }
        Some(SetSource::Url(url)) => fetch_set(widget, url),
    }
}

fn use_set_text(widget: Widget, text: &str, place: &str) {
    match parse_set(text).and_then(register_set) {
        Ok(set) => widget.render(Some(set.id.clone()), None),
        Err(problem) => widget.refuse(format!("{place}: {problem}")),
    }
}

/// Fetches a set from the same site (other sites are refused: nothing leaves the page).
fn fetch_set(widget: Widget, url: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(&url, &base).ok();
    let origin = window.location().origin().ok();
    let same_site = resolved
        .as_ref()
        .is_some_and(|u| Some(u.origin()) == origin);
    if !same_site {
        let reason = "only a file on this same site can be used";
        widget.refuse(format!("data-set-url \"{url}\": {reason}"));
        return;
    }
    let href = resolved.map(|u| u.href()).unwrap_or(url.clone());
    let problem = format!("data-set-url \"{url}\": the file could not be loaded");
    let on_error = {
        let (widget, problem) = (widget.clone(), problem.clone());
        Closure::once(move |_: JsValue| widget.refuse(problem))
    };
    let on_response = Closure::once(move |response: JsValue| {
        let response = response
            .dyn_into::<web_sys::Response>()
            .ok()
            .filter(|r| r.ok());
        let Some(text) = response.and_then(|r| r.text().ok()) else {
            widget.refuse(problem);
            return;
        };
        let on_text = Closure::once(move |text: JsValue| {
            let place = format!("data-set-url \"{url}\"");
            use_set_text(widget, &text.as_string().unwrap_or_default(), &place);
        });
        let _ = text.then(&on_text);
        on_text.forget();
    });
    let _ = window.fetch_with_str(&href).then2(&on_response, &on_error);
    on_response.forget();
    on_error.forget();
}
