//! What a person sees if the widget ever hits a bug (a Rust panic): a plain message, a link to
//! download their saved answers and a way to reload. Built with plain DOM calls, because the Yew
//! app cannot be trusted to render any more. Saved data is never touched.

use super::storage::StorageKeys;
use std::cell::RefCell;

use web_sys::{Document, Element};

/// Replaces the widget's content with the error screen.
pub fn show_error_screen(root: &Element, keys: &StorageKeys, detail: &str) {
    let t = super::text::current();
    let Some(document) = root.owner_document() else { return };
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    let build = || -> Option<Element> {
        let box_ = element(&document, "div", "pa-app pa-error-screen", None)?;
        box_.set_attribute("role", "alert").ok()?;
        add(&box_, element(&document, "h2", "", Some(t.error_heading))?)?;
        add(&box_, element(&document, "p", "", Some(t.error_safe))?)?;
        let saved = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(&keys.state).ok().flatten());
        if let Some(saved) = saved {
            let link = element(&document, "a", "pa-button pa-secondary", Some(t.error_download))?;
            link.set_attribute("href", &data_url(&saved)).ok()?;
            link.set_attribute("download", "peer-assessment-answers.json").ok()?;
            add(&box_, link)?;
        }
        let reload = element(&document, "a", "pa-button pa-primary", Some(t.error_reload))?;
        reload.set_attribute("href", "").ok()?;
        add(&box_, reload)?;
        add(&box_, element(&document, "p", "pa-error-detail", Some(detail))?)?;
        Some(box_)
    };
    if let Some(screen) = build() {
        let _ = root.append_child(&screen);
    }
}

/// A `data:` URL holding `content` as text, for a download link that needs no network.
pub fn data_url(content: &str) -> String {
    format!("data:application/json;charset=utf-8,{}", String::from(js_sys::encode_uri_component(content)))
}

fn add(parent: &Element, child: Element) -> Option<()> {
    parent.append_child(&child).ok().map(|_| ())
}

fn element(document: &Document, tag: &str, class: &str, content: Option<&str>) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_attribute("class", class).ok()?;
    }
    element.set_text_content(content);
    Some(element)
}

thread_local! {
    /// Every widget on the page; a panic stops them all, so each shows the error screen.
    static ROOTS: RefCell<Vec<(Element, StorageKeys)>> = const { RefCell::new(Vec::new()) };
}

/// Shows the error screen in `root` (and every other widget's) whenever Rust panics.
///
/// Installed through Yew's `set_custom_panic_hook`: a plain `std::panic::set_hook` would be
/// replaced by Yew's own console-only hook when the first app renders.
pub fn install_panic_screen(root: Element, keys: StorageKeys) {
    let first = ROOTS.with(|roots| {
        let mut roots = roots.borrow_mut();
        roots.push((root, keys));
        roots.len() == 1
    });
    if first {
        yew::set_custom_panic_hook(Box::new(move |info| {
            web_sys::console::error_1(&info.to_string().into());
            let detail = panic_detail(info.payload_as_str(), info.location().map(|l| (l.file(), l.line())));
            ROOTS.with(|roots| {
                if let Ok(roots) = roots.try_borrow() {
                    for (root, keys) in roots.iter() {
                        show_error_screen(root, keys, &detail);
                    }
                }
            });
        }));
    }
}

/// The line of detail under the error screen: the panic's message and where it happened, by file
/// name only (a full path would show the build machine's folders).
pub fn panic_detail(message: Option<&str>, location: Option<(&str, u32)>) -> String {
    let message = message.unwrap_or("unexpected error");
    match location {
        Some((file, line)) => {
            let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
            format!("{message} ({name}:{line})")
        }
        None => message.to_string(),
    }
}
