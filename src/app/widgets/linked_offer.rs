//! A code that came in the page's link, offered before anything is added: what it is, and two
//! buttons, to add it or to leave it for now.

use crate::app::text::Text;
use yew::prelude::*;

pub struct LinkedOffer {
    pub add_label: &'static str,
    pub on_add: Callback<MouseEvent>,
    pub on_dismiss: Callback<MouseEvent>,
}

impl LinkedOffer {
    /// The offer, with `about` saying what the code is and what adding it does.
    pub fn view(self, t: &Text, about: Html) -> Html {
        html! {
            <div class="pa-import-preview" role="region" aria-label={t.workshop_link_code}>
                { about }
                <div class="pa-button-row">
                    <button type="button" class="pa-button pa-primary" onclick={self.on_add}>
                        { self.add_label }
                    </button>
                    <button type="button" class="pa-button pa-secondary" onclick={self.on_dismiss}>
                        { t.not_now }
                    </button>
                </div>
            </div>
        }
    }
}
