//! The page itself: its address and fragment, printing, the browser's language, persistent
//! storage, and whether the page is hidden.

use crate::core::page_address::{
    filter_query, is_address_setting, is_tracking_parameter, same_origin,
};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Opens the browser's print dialog (where "Save as PDF" is offered).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The language the browser prefers, e.g. "es-MX".
pub fn browser_language() -> Option<String> {
    web_sys::window().and_then(|w| w.navigator().language())
}

/// Asks the browser not to evict this site's storage. The answer is not needed: backups are
/// reminded of either way.
pub fn ask_for_persistent_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(storage) = js_sys::Reflect::get(&window.navigator(), &"storage".into()) {
        if storage.is_undefined() {
            return;
        }
        let manager: web_sys::StorageManager = storage.unchecked_into();
        let _ = manager.persist();
    }
}

/// The page's address without its fragment, for links that carry a code after `#`.
pub fn address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The address a share link puts its code after: the page as a facilitator can open it, with
/// nothing that follows the visitor. On the widget's own page, its path and documented
/// settings only (`?lang=es&set=…`); on an agency's page, the address the page declares as its
/// own (`<link rel="canonical">`, on the same site) without tracking or session parameters, or
/// else its path alone.
pub fn share_address(embedded: bool) -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let Ok(url) = web_sys::Url::new(&address()) else {
        return String::new();
    };
    let origin = window.location().origin().unwrap_or_default();
    let canonical = embedded
        .then(|| canonical_address(&window))
        .flatten()
        .filter(|c| same_origin(&origin, &c.origin()));
    let query = match &canonical {
        Some(canonical) => filter_query(&canonical.search(), |n| !is_tracking_parameter(n)),
        None if embedded => String::new(),
        None => filter_query(&url.search(), is_address_setting),
    };
    let url = canonical.unwrap_or(url);
    url.set_search(&query);
    url.set_hash("");
    url.href()
}

fn canonical_address(window: &web_sys::Window) -> Option<web_sys::Url> {
    let link = window
        .document()?
        .query_selector("link[rel~='canonical'][href]")
        .ok()??;
    let href = link.get_attribute("href")?;
    web_sys::Url::new_with_base(&href, &address()).ok()
}

/// The page's fragment (`#…`), if any.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let no_state = wasm_bindgen::JsValue::NULL;
        let _ = history.replace_state_with_url(&no_state, "", Some(&address()));
    }
}

/// True while the page is hidden (another tab, minimised, being left).
pub fn hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Calls `on_change(hidden)` whenever the page is hidden, left (hidden is then true) or shown
/// again. Stops when the returned guard drops.
pub fn watch_visibility(on_change: impl Fn(bool) + 'static) -> Option<VisibilityListener> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        on_change(event.type_() == "pagehide" || hidden())
    });
    let function: &js_sys::Function = listener.as_ref().unchecked_ref();
    window
        .add_event_listener_with_callback("pagehide", function)
        .ok()?;
    document
        .add_event_listener_with_callback("visibilitychange", function)
        .ok()?;
    Some(VisibilityListener {
        window,
        document,
        listener,
    })
}

/// Keeps a visibility listener registered while it lives.
pub struct VisibilityListener {
    window: web_sys::Window,
    document: web_sys::Document,
    listener: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for VisibilityListener {
    fn drop(&mut self) {
        let function: &js_sys::Function = self.listener.as_ref().unchecked_ref();
        let _ = self
            .window
            .remove_event_listener_with_callback("pagehide", function);
        let _ = self
            .document
            .remove_event_listener_with_callback("visibilitychange", function);
    }
}
