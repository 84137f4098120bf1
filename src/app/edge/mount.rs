//! Putting widgets on a page. The widget's own page has one, in `#peer-assessment`. An agency's
//! page marks any number of elements with `data-peer-assessment`; each gets its own widget in a
//! shadow root (so the page's CSS and the widget's cannot touch each other), configured by its
//! `data-` attributes (see `core::embed_config`), with its own storage keys and language.

use super::frame_height::report_height_to_parent;
use super::own_files::own_stylesheet;
use super::set_loading::start;
use super::widget::{mask_from_recordings, Widget};
use crate::app::shell::Audience;
use crate::core::embed_config::read_config;
use crate::core::page_address::setting_attribute;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Mounts every widget the page asks for, as the participant's or the facilitator's page.
pub fn mount(audience: Audience) {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let marked = document
        .query_selector_all("[data-peer-assessment]")
        .expect("a valid selector");
    if marked.length() == 0 {
        mount_own_page(&document, audience);
        return;
    }
    for i in 0..marked.length() {
        if let Some(element) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount_embedded(&element, audience);
        }
    }
}

/// The widget's own page (also the page agencies put in an iframe).
fn mount_own_page(document: &web_sys::Document, audience: Audience) {
    let root = document
        .get_element_by_id("peer-assessment")
        .or_else(|| document.body().map(Into::into))
        .expect("an element to mount into");
    let config = read_config(|name| root.get_attribute(name).or_else(|| query_parameter(name)));
    let widget = Widget::new(root, config, false, audience);
    report_height_to_parent();
    start(widget);
}

/// In an iframe, `?lang=es&set=…&namespace=…` configure the page like the `data-` attributes:
/// only the documented settings (`core::page_address::ADDRESS_SETTINGS`), never a file to load
/// or a colour.
fn query_parameter(attribute: &str) -> Option<String> {
    let name = setting_attribute(attribute)?;
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

fn mount_embedded(host: &Element, audience: Audience) {
    if host.shadow_root().is_some() {
        return;
    }
    let config = read_config(|name| host.get_attribute(name));
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let Ok(shadow) = host.attach_shadow(&init) else {
        return;
    };
    let Some(document) = host.owner_document() else {
        return;
    };
    mask_from_recordings(host);
    // The stylesheet comes from the widget's own folder only (own_stylesheet.js): a `data-css`
    // on the element, as an author could write one into a post, is not read.
    let css = own_stylesheet();
    if !css.is_empty() {
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", &css);
            let _ = shadow.append_child(&link);
        }
    }
    let Ok(root) = document.create_element("div") else {
        return;
    };
    let _ = shadow.append_child(&root);
    if let (Some(theme), Ok(host)) = (&config.theme, host.clone().dyn_into::<HtmlElement>()) {
        let style = host.style();
        let _ = style.set_property("--pa-theme-accent", &theme.accent);
        let _ = style.set_property("--pa-theme-accent-strong", &theme.accent_strong);
        let _ = style.set_property("--pa-theme-accent-soft", &theme.accent_soft);
    }
    start(Widget::new(root, config, true, audience));
}
