//! Putting widgets on a page. The widget's own page has one, in `#peer-assessment`. An agency's
//! page marks any number of elements with `data-peer-assessment`; each gets its own widget in a
//! shadow root (so the page's CSS and the widget's cannot touch each other), configured by its
//! `data-` attributes (see `core::embed_config`), with its own storage keys and language.

use super::first_view::remove_first_view;
use super::frame_height::report_height_to_parent;
use super::panic_screen::{install_panic_screen, PanicLanguage};
use super::set_loading::start;
use super::storage::StorageKeys;
use super::{clock, page};
use crate::app::shell::{App, AppProps};
use crate::core::embed_config::{read_config, EmbedConfig};
use crate::core::share_code::code_from_fragment;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::AttrValue;

/// Mounts every widget the page asks for.
pub fn mount() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let marked = document
        .query_selector_all("[data-peer-assessment]")
        .expect("a valid selector");
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

/// One widget about to be rendered: where, how it is configured, and the language its error
/// screen speaks.
#[derive(Clone)]
pub struct Widget {
    pub root: Element,
    pub config: EmbedConfig,
    panic_language: PanicLanguage,
}

impl Widget {
    fn new(root: Element, config: EmbedConfig) -> Self {
        report_ignored(&config);
        let panic_language = PanicLanguage::default();
        let keys = StorageKeys::for_namespace(&config.namespace);
        install_panic_screen(root.clone(), keys, panic_language.clone());
        Widget {
            root,
            config,
            panic_language,
        }
    }

    /// Renders the widget with the set the page fixed, if any.
    pub fn render(self, fixed_set: Option<String>, set_problem: Option<String>) {
        let config = &self.config;
        let props = AppProps {
            fixed_language: config.language.clone().map(AttrValue::from),
            browser_language: page::browser_language().map(AttrValue::from),
            keys: StorageKeys::for_namespace(&config.namespace),
            title: config.title.clone().map(AttrValue::from),
            fixed_set: fixed_set.map(AttrValue::from),
            set_problem: set_problem.map(AttrValue::from),
            parts: config.parts,
            today: clock::today().into(),
            address: page::address().into(),
            linked_code: code_from_fragment(&page::fragment()).map(AttrValue::from),
            panic_language: self.panic_language.clone(),
        };
        // Yew draws in a microtask of this same task: no frame shows both screens, or neither.
        remove_first_view(&self.root);
        yew::Renderer::<App>::with_root_and_props(self.root, props).render();
    }

    /// Renders the widget with the reason its set cannot be used instead of the assessment.
    pub fn refuse(self, problem: String) {
        self.render(None, Some(problem));
    }
}

/// The widget's own page (also the page agencies put in an iframe).
fn mount_own_page(document: &web_sys::Document) {
    let root = document
        .get_element_by_id("peer-assessment")
        .or_else(|| document.body().map(Into::into))
        .expect("an element to mount into");
    let config = read_config(|name| root.get_attribute(name).or_else(|| query_parameter(name)));
    let widget = Widget::new(root, config);
    report_height_to_parent();
    start(widget);
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
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let Ok(shadow) = host.attach_shadow(&init) else {
        return;
    };
    let Some(document) = host.owner_document() else {
        return;
    };
    if let Some(css) = host
        .get_attribute("data-css")
        .or_else(|| own_stylesheet(&document))
    {
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
    start(Widget::new(root, config));
}

/// The page's own stylesheet link, when the widget's page itself has one.
fn own_stylesheet(document: &web_sys::Document) -> Option<String> {
    let link = document
        .query_selector("link[rel=stylesheet][href*='main-']")
        .ok()??;
    link.get_attribute("href")
}

fn report_ignored(config: &EmbedConfig) {
    for reason in &config.ignored {
        let message = format!("peer-assessment: ignored {reason}");
        web_sys::console::warn_1(&JsValue::from_str(&message));
    }
}
