//! Browser effects other than storage: the clock, downloads, reading a chosen file, printing,
//! and asking for persistent storage. Components call these from event handlers only.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The current time as an ISO 8601 timestamp in UTC.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date on the person's calendar (local time), "YYYY-MM-DD".
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Offers `contents` as a file download. Returns false when the browser refused.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime_type);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        document.body()?.append_child(&link).ok()?;
        link.click();
        link.remove();
        // Revoked later: some browsers start the download only after the click handler returns.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)
            .ok()?;
        Some(())
    };
    attempt().is_some()
}

/// Reads a chosen file as text and calls `done` with it, or with an error message.
pub fn read_text(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else {
        done(Err("this browser cannot read files".into()));
        return;
    };
    let reader_in_callback = reader.clone();
    let done = std::cell::RefCell::new(Some(done));
    let on_load_end = Closure::once_into_js(move || {
        let Some(done) = done.borrow_mut().take() else { return };
        match reader_in_callback.result().ok().and_then(|value| value.as_string()) {
            Some(text) => done(Ok(text)),
            None => done(Err("the file could not be read".into())),
        }
    });
    reader.set_onloadend(Some(on_load_end.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        reader.set_onloadend(None);
    }
}

/// Opens the browser's print dialog (where "Save as PDF" is offered).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Asks the browser not to evict this site's storage. The answer is not needed: backups are
/// reminded of either way.
pub fn ask_for_persistent_storage() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(storage) = js_sys::Reflect::get(&window.navigator(), &"storage".into()) {
        if storage.is_undefined() {
            return;
        }
        let manager: web_sys::StorageManager = storage.unchecked_into();
        let _ = manager.persist();
    }
}

/// The page's address without its fragment, for links that carry a code after `#`.
pub fn page_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The page's fragment (`#…`), if any.
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}
