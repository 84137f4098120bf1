//! What the browser tests share: the page's storage, fresh roots to render into, waiting for
//! Yew and for the idle save, clicking by label, and another tab's save.

use peer_assessment::app::storage::STATE_KEY;
use peer_assessment::core::saved_state;
use peer_assessment::core::session::Session;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh element to render into, appended to the body.
pub fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets Yew's scheduler render.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits until the widget has saved: it saves once the browser is idle, at most 1 s after a change.
/// The widget renders (and asks for its idle moment) first, so that the idle callback asked for
/// here comes after the widget's.
pub async fn saved_when_idle() {
    settle().await;
    let promise = js_sys::Promise::new(&mut |done, _| {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(1500);
        web_sys::window()
            .unwrap()
            .request_idle_callback_with_options(&done, &options)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    settle().await;
}

pub fn click_button(root: &Element, label: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let button: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if button.text_content().unwrap_or_default().trim() == label {
            button.click();
            return;
        }
    }
    panic!("no button labelled {label:?}");
}

/// Another tab's save of `session`, delivered as the browser delivers it: the value is written
/// and a `storage` event reaches this window.
pub fn save_from_other_tab(session: &Session) {
    let text = saved_state::encode(session, Some("2026-12-01T10:00:00.000Z"));
    local_storage().set_item(STATE_KEY, &text).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(STATE_KEY));
    init.set_new_value(Some(&text));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

/// The session saved under the default key.
pub fn saved_session() -> Session {
    let text = local_storage().get_item(STATE_KEY).unwrap().expect("saved");
    saved_state::decode(&text).unwrap()
}

/// Clicks the element matched by `selector` inside `root`.
pub fn click(root: &Element, selector: &str) {
    let element = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"));
    element.dyn_into::<HtmlElement>().unwrap().click();
}
