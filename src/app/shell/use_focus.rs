//! Moving keyboard focus to the new screen's heading whenever the screen changes (not on the
//! first load), so keyboard and screen-reader users land at the start of the new screen.

use crate::core::session::Screen;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The node ref to put on the element that holds the screens.
#[hook]
pub fn use_focus_heading_on_change(screen: Screen) -> NodeRef {
    let main = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let main = main.clone();
        use_effect_with(screen, move |_| {
            if first.replace(false) {
                return;
            }
            let heading = main
                .cast::<web_sys::Element>()
                .and_then(|m| m.query_selector("h2").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
                heading.scroll_into_view();
            }
        });
    }
    main
}
