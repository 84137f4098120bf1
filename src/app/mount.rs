//! Putting widgets on a page. The widget's own page has one, in `#peer-assessment`. An agency's
//! page marks any number of elements with `data-peer-assessment`; each gets its own widget in a
//! shadow root (so the page's CSS and the widget's cannot touch each other), configured by its
//! `data-` attributes (see `core::embed_config`), with its own storage keys.

use super::error_screen;
use super::storage::StorageKeys;
use super::{App, AppProps};
use crate::core::competency_set::{find_set, register_set};
use crate::core::embed_config::{read_config, EmbedConfig, SetSource};
use crate::core::set_file::parse_set;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::AttrValue;

/// Mounts every widget the page asks for.
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let marked = document.query_selector_all("[data-peer-assessment]").expect("a valid selector");
    if marked.length() == 0 {
        mount_own_page(&document);
        return;
    }
    for i in 0..marked.length() {
        if let Some(element) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount_embedded(&element);
        }
    }
}

fn browser_language() -> Option<AttrValue> {
    web_sys::window().and_then(|w| w.navigator().language()).map(AttrValue::from)
}

/// The widget's own page (also the page agencies put in an iframe).
fn mount_own_page(document: &web_sys::Document) {
    let root = document
        .get_element_by_id("peer-assessment")
        .or_else(|| document.body().map(Into::into))
        .expect("an element to mount into");
    let config = read_config(|name| root.get_attribute(name).or_else(|| query_parameter(name)));
    report_ignored(&config);
    error_screen::install_panic_screen(root.clone(), StorageKeys::for_namespace(&config.namespace));
    report_height_to_parent();
    start(root, config);
}

/// In an iframe, `?lang=es&set=…&namespace=…` configure the page like the `data-` attributes.
fn query_parameter(attribute: &str) -> Option<String> {
    let name = attribute.strip_prefix("data-")?;
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

fn mount_embedded(host: &Element) {
    if host.shadow_root().is_some() {
        return;
    }
    let config = read_config(|name| host.get_attribute(name));
    report_ignored(&config);
    let Ok(shadow) = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) else { return };
    let Some(document) = host.owner_document() else { return };
    if let Some(css) = host.get_attribute("data-css").or_else(|| own_stylesheet(&document)) {
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", &css);
            let _ = shadow.append_child(&link);
        }
    }
    let Ok(root) = document.create_element("div") else { return };
    let _ = shadow.append_child(&root);
    if let (Some(theme), Ok(host)) = (&config.theme, host.clone().dyn_into::<HtmlElement>()) {
        let style = host.style();
        let _ = style.set_property("--pa-theme-accent", &theme.accent);
        let _ = style.set_property("--pa-theme-accent-strong", &theme.accent_strong);
        let _ = style.set_property("--pa-theme-accent-soft", &theme.accent_soft);
    }
    error_screen::install_panic_screen(root.clone(), StorageKeys::for_namespace(&config.namespace));
    start(root, config);
}

/// The page's own stylesheet link, when the widget's page itself has one.
fn own_stylesheet(document: &web_sys::Document) -> Option<String> {
    let link = document.query_selector("link[rel=stylesheet][href*='main-']").ok()??;
    link.get_attribute("href")
}

fn report_ignored(config: &EmbedConfig) {
    for reason in &config.ignored {
        web_sys::console::warn_1(&JsValue::from_str(&format!("peer-assessment: ignored {reason}")));
    }
}

/// Loads the configured set if needed, then renders.
fn start(root: Element, config: EmbedConfig) {
    match config.set.clone() {
        None => render(root, &config, None, None),
        Some(SetSource::BuiltIn(id)) => match find_set(&id) {
            Some(_) => render(root, &config, Some(id), None),
            None => render(root, &config, None, Some(format!("data-set: there is no built-in set \"{id}\""))),
        },
        Some(SetSource::Inline(id)) => {
            let text = root
                .owner_document()
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|e| e.text_content());
            match text {
                Some(text) => use_set_text(root, &config, &text, &format!("#{id}")),
                None => render(root, &config, None, Some(format!("data-set-json: no element with id \"{id}\""))),
            }
        }
        Some(SetSource::Url(url)) => fetch_set(root, config, url),
    }
}

fn use_set_text(root: Element, config: &EmbedConfig, text: &str, place: &str) {
    match parse_set(text).and_then(register_set) {
        Ok(set) => render(root, config, Some(set.id.clone()), None),
        Err(problem) => render(root, config, None, Some(format!("{place}: {problem}"))),
    }
}

/// Fetches a set from the same site (other sites are refused: nothing leaves the page).
fn fetch_set(root: Element, config: EmbedConfig, url: String) {
    let Some(window) = web_sys::window() else { return };
    let base = window.document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(&url, &base).ok();
    let same_site = resolved.as_ref().is_some_and(|u| Some(u.origin()) == window.location().origin().ok());
    if !same_site {
        render(root, &config, None, Some(format!("data-set-url \"{url}\": only a file on this same site can be used")));
        return;
    }
    let href = resolved.map(|u| u.href()).unwrap_or(url.clone());
    let problem = format!("data-set-url \"{url}\": the file could not be loaded");
    let on_error = {
        let (root, config, problem) = (root.clone(), config.clone(), problem.clone());
        Closure::once(move |_: JsValue| render(root, &config, None, Some(problem)))
    };
    let on_response = {
        let (root, config) = (root.clone(), config.clone());
        Closure::once(move |response: JsValue| {
            let text = response.dyn_into::<web_sys::Response>().ok().filter(|r| r.ok()).and_then(|r| r.text().ok());
            let Some(text) = text else {
                render(root, &config, None, Some(problem));
                return;
            };
            let on_text = Closure::once(move |text: JsValue| {
                use_set_text(root, &config, &text.as_string().unwrap_or_default(), &format!("data-set-url \"{url}\""));
            });
            let _ = text.then(&on_text);
            on_text.forget();
        })
    };
    let _ = window.fetch_with_str(&href).then2(&on_response, &on_error);
    on_response.forget();
    on_error.forget();
}

fn render(root: Element, config: &EmbedConfig, fixed_set: Option<String>, set_problem: Option<String>) {
    let props = AppProps {
        fixed_language: config.language.clone().map(AttrValue::from),
        browser_language: browser_language(),
        keys: StorageKeys::for_namespace(&config.namespace),
        title: config.title.clone().map(AttrValue::from),
        fixed_set: fixed_set.map(AttrValue::from),
        set_problem: set_problem.map(AttrValue::from),
        parts: config.parts,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Inside an iframe, tells the parent page the content's height whenever it changes, so the
/// parent can size the frame (the parent checks the origin; see `embed/frame-parent.js`).
fn report_height_to_parent() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.document_element()) else { return };
    let measured = body.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"peer-assessment:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(measured.scroll_height()));
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    callback.forget();
}
