//! Inside an iframe, the widget's page tells the parent page its height.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Inside an iframe, tells the parent page the content's height whenever it changes, so the
/// parent can size the frame (the parent checks the origin; see `embed/frame-parent.js`).
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = body.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"peer-assessment:height".into());
        let _ = js_sys::Reflect::set(
            &message,
            &"height".into(),
            &JsValue::from(measured.scroll_height()),
        );
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    callback.forget();
}
