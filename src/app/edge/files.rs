//! Files in and out: offering text as a download, a `data:` link for one, and reading a file
//! the person chose.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Offers `contents` as a file download. Returns false when the browser refused.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime_type);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
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

/// A `data:` URL holding `content` as text, for a download link that needs no network.
pub fn data_url(content: &str) -> String {
    let encoded = String::from(js_sys::encode_uri_component(content));
    format!("data:application/json;charset=utf-8,{encoded}")
}

/// Why a chosen file was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// No reader in this browser, or the read failed.
    Unreadable,
    /// Larger than the reader takes: refused by its size, before any of it is read.
    TooLarge { bytes: usize },
}

/// Reads a chosen file of at most `max_bytes` as text and calls `done` with it.
pub fn read_text(
    file: web_sys::File,
    max_bytes: usize,
    done: impl FnOnce(Result<String, ReadError>) + 'static,
) {
    let bytes = file.size();
    if bytes > max_bytes as f64 {
        done(Err(ReadError::TooLarge {
            bytes: bytes as usize,
        }));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        done(Err(ReadError::Unreadable));
        return;
    };
    let reader_in_callback = reader.clone();
    let done = std::cell::RefCell::new(Some(done));
    let on_load_end = Closure::once_into_js(move || {
        let Some(done) = done.borrow_mut().take() else {
            return;
        };
        match reader_in_callback
            .result()
            .ok()
            .and_then(|value| value.as_string())
        {
            Some(text) => done(Ok(text)),
            None => done(Err(ReadError::Unreadable)),
        }
    });
    reader.set_onloadend(Some(on_load_end.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        reader.set_onloadend(None);
    }
}
