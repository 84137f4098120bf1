//! Which table a widget speaks: chosen from a language code, and handed down as a Yew context,
//! so two widgets on one page can speak two languages.

use super::{Text, EN, ES};
use yew::prelude::*;

/// Every language the widget speaks, the first being the fallback.
pub static LANGUAGES: [&Text; 2] = [&EN, &ES];

/// The table for a language code ("es", "es-MX", "en-US"…), or English.
pub fn for_language(code: &str) -> &'static Text {
    let primary = code
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .copied()
        .find(|t| t.lang == primary)
        .unwrap_or(&EN)
}

/// The table in use, as a Yew context; compared by identity.
#[derive(Clone, Copy, Debug)]
pub struct Texts(pub &'static Text);

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The table of the language this widget speaks (English outside any widget).
#[hook]
pub fn use_text() -> &'static Text {
    use_context::<Texts>().map(|t| t.0).unwrap_or(&EN)
}
