//! Disclosures (`<details>`) whose content is built only while open: their open state.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The open state (closed at first) and the `ontoggle` callback that keeps it in step with the
/// element. Setting the state to false closes the element when it is rendered with `open={..}`.
#[hook]
pub fn use_details_open() -> (UseStateHandle<bool>, Callback<Event>) {
    let open = use_state_eq(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            open.set(details.is_some_and(|details| details.open()))
        })
    };
    (open, on_toggle)
}
