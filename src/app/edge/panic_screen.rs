//! What a person sees if the widget ever hits a bug (a Rust panic, which stops the wasm): a plain
//! message, a link to download their saved answers and a way to reload. Built with plain DOM
//! calls, because the Yew app cannot be trusted to render any more. Saved data is never touched.

use super::files::data_url;
use super::storage::StorageKeys;
use crate::app::text::{Text, EN};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// The language one widget speaks, kept up to date by that widget, for its error screen (which
/// is drawn outside Yew). Compared by identity.
#[derive(Clone, Debug)]
pub struct PanicLanguage(Rc<Cell<&'static Text>>);

impl Default for PanicLanguage {
    fn default() -> Self {
        PanicLanguage(Rc::new(Cell::new(&EN)))
    }
}

impl PartialEq for PanicLanguage {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl PanicLanguage {
    pub fn set(&self, text: &'static Text) {
        self.0.set(text);
    }

    pub fn get(&self) -> &'static Text {
        self.0.get()
    }
}

/// Replaces the widget's content with the error screen, in the language `t`.
pub fn show_error_screen(root: &Element, keys: &StorageKeys, detail: &str, t: &Text) {
    let Some(document) = root.owner_document() else {
        return;
    };
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
            let link = element(
                &document,
                "a",
                "pa-button pa-secondary",
                Some(t.error_download),
            )?;
            link.set_attribute("href", &data_url(&saved)).ok()?;
            link.set_attribute("download", "peer-assessment-answers.json")
                .ok()?;
            add(&box_, link)?;
        }
        let reload = element(&document, "a", "pa-button pa-primary", Some(t.error_reload))?;
        reload.set_attribute("href", "").ok()?;
        add(&box_, reload)?;
        add(
            &box_,
            element(&document, "p", "pa-error-detail", Some(detail))?,
        )?;
        Some(box_)
    };
    if let Some(screen) = build() {
        let _ = root.append_child(&screen);
    }
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

/// One widget's place on the page, where it saves, and the language it speaks.
type Widget = (Element, StorageKeys, PanicLanguage);

thread_local! {
    /// Every widget on the page. A stopped wasm stops every widget, so each shows the error
    /// screen. This list is the one piece of state shared by all widgets, read only when the
    /// wasm has stopped.
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
    /// What the panic hook learnt of the panic, in builds that run it (see below).
    static DETAIL: RefCell<Option<String>> = const { RefCell::new(None) };
}

#[wasm_bindgen(module = "/src/app/edge/on_trap.js")]
extern "C" {
    /// Calls `handler` once with the error's message when this widget's wasm traps.
    fn on_trap(handler: JsValue);
}

/// Shows the error screen in `root` (and every other widget's) whenever the wasm stops.
///
/// A Rust panic ends in a trap: at once in the release build (built with `immediate-abort`,
/// which keeps no panic messages and runs no panic hook), or after the panic hook elsewhere.
/// The page's script sees the trap (`on_trap.js`) and calls back in to draw the screen, with
/// the panic's message where the hook could note it. The hook goes through Yew's
/// `set_custom_panic_hook`: a plain `std::panic::set_hook` would be replaced by Yew's own.
pub fn install_panic_screen(root: Element, keys: StorageKeys, language: PanicLanguage) {
    let first = WIDGETS.with(|widgets| {
        let mut widgets = widgets.borrow_mut();
        widgets.push((root, keys, language));
        widgets.len() == 1
    });
    if first {
        yew::set_custom_panic_hook(Box::new(move |info| {
            web_sys::console::error_1(&info.to_string().into());
            let location = info.location().map(|l| (l.file(), l.line()));
            let detail = panic_detail(info.payload_as_str(), location);
            DETAIL.with(|noted| noted.replace(Some(detail)));
        }));
        on_trap(Closure::once_into_js(show_every_error_screen));
    }
}

/// Draws every widget's error screen, after a trap whose message is `trap`.
fn show_every_error_screen(trap: String) {
    let detail = DETAIL.with(|noted| noted.borrow().clone()).unwrap_or(trap);
    WIDGETS.with(|widgets| {
        if let Ok(widgets) = widgets.try_borrow() {
            for (root, keys, language) in widgets.iter() {
                show_error_screen(root, keys, &detail, language.get());
            }
        }
    });
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
