//! How the page configures a widget, and what the page read for it when it mounted.

use super::audience::Audience;
use crate::app::edge::panic_screen::PanicLanguage;
use crate::app::edge::storage::StorageKeys;
use crate::core::embed_config::Parts;
use yew::prelude::*;

/// How the page configures the widget, and what the page read for it when it mounted.
#[derive(Properties, PartialEq, Default, Clone)]
pub struct AppProps {
    /// A language fixed by the embedding page (`data-lang`); hides the language switch.
    #[prop_or_default]
    pub fixed_language: Option<AttrValue>,
    /// The browser's preferred language, used until the person picks one.
    #[prop_or_default]
    pub browser_language: Option<AttrValue>,
    /// Where this widget saves; widgets with different keys never share data.
    #[prop_or_default]
    pub keys: StorageKeys,
    /// A title replacing the default one.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// The competency set the page chose; hides the set choice.
    #[prop_or_default]
    pub fixed_set: Option<AttrValue>,
    /// Why the page's competency set could not be used, shown instead of the assessment.
    #[prop_or_default]
    pub set_problem: Option<AttrValue>,
    #[prop_or_default]
    pub parts: Parts,
    /// Today, "YYYY-MM-DD", when the widget was mounted.
    #[prop_or_default]
    pub today: AttrValue,
    /// The page's address without its fragment.
    #[prop_or_default]
    pub address: AttrValue,
    /// The facilitator's page for this widget (its settings, no fragment): where a
    /// participant's code is collected.
    #[prop_or_default]
    pub facilitator_address: AttrValue,
    /// The participant's page or the facilitator's.
    #[prop_or_default]
    pub audience: Audience,
    /// A share code that came in the page's link.
    #[prop_or_default]
    pub linked_code: Option<AttrValue>,
    /// Where this widget tells its error screen which language it speaks.
    #[prop_or_default]
    pub panic_language: PanicLanguage,
}
