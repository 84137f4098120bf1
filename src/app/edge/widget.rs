//! One widget about to be rendered: where, how it is configured, and the language its error
//! screen speaks. Made by `mount`, rendered by `set_loading` once its competency set is known.

use super::facilitator_address::facilitator_address;
use super::first_view::remove_first_view;
use super::panic_screen::{install_panic_screen, PanicLanguage};
use super::storage::StorageKeys;
use super::{clock, page};
use crate::app::shell::{App, AppProps, Audience};
use crate::core::embed_config::EmbedConfig;
use crate::core::share_code::code_from_fragment;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::AttrValue;

/// Attributes that tell the common session-replay tools (Hotjar, Microsoft Clarity, LogRocket,
/// Sentry, Smartlook, Matomo) to mask what is inside, so a host page's recording does not show a
/// person's answers; FullStory and PostHog read classes instead (`MASKING_CLASSES`).
pub const MASKING_ATTRIBUTES: [(&str, &str); 6] = [
    ("data-hj-suppress", ""),
    ("data-clarity-mask", "true"),
    ("data-private", ""),
    ("data-sentry-mask", ""),
    ("data-recording-sensitive", ""),
    ("data-matomo-mask", ""),
];
pub const MASKING_CLASSES: [&str; 3] = ["fs-mask", "ph-no-capture", "sentry-mask"];

/// Marks `element` for session-replay tools to mask (see `MASKING_ATTRIBUTES`).
pub fn mask_from_recordings(element: &Element) {
    for (name, value) in MASKING_ATTRIBUTES {
        let _ = element.set_attribute(name, value);
    }
    for class in MASKING_CLASSES {
        let _ = element.class_list().add_1(class);
    }
}

#[derive(Clone)]
pub struct Widget {
    pub root: Element,
    pub config: EmbedConfig,
    /// True on an agency's page, false on the widget's own page (or its iframe).
    pub embedded: bool,
    pub audience: Audience,
    panic_language: PanicLanguage,
}

impl Widget {
    pub fn new(root: Element, config: EmbedConfig, embedded: bool, audience: Audience) -> Self {
        report_ignored(&config);
        mask_from_recordings(&root);
        let panic_language = PanicLanguage::default();
        let keys = StorageKeys::for_namespace(&config.namespace);
        install_panic_screen(root.clone(), keys, panic_language.clone());
        Widget {
            root,
            config,
            embedded,
            audience,
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
            address: page::share_address(self.embedded).into(),
            facilitator_address: facilitator_address(self.embedded, config).into(),
            audience: self.audience,
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

fn report_ignored(config: &EmbedConfig) {
    for reason in &config.ignored {
        let message = format!("peer-assessment: ignored {reason}");
        web_sys::console::warn_1(&JsValue::from_str(&message));
    }
}
