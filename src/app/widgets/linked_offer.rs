//! A code that came in the page's link, offered before anything is added: what it is, and two
//! buttons, to add it or to leave it for now.

use crate::app::text::use_text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkedOfferProps {
    /// What the code is and what adding it does.
    pub children: Html,
    pub add_label: AttrValue,
    pub on_add: Callback<MouseEvent>,
    pub on_dismiss: Callback<MouseEvent>,
}

#[function_component(LinkedOffer)]
pub fn linked_offer(props: &LinkedOfferProps) -> Html {
    let t = use_text();
    html! {
        <div class="pa-import-preview" role="region" aria-label={t.workshop_link_code}>
            { props.children.clone() }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={props.on_add.clone()}>
                    { &props.add_label }
                </button>
                <button type="button" class="pa-button pa-secondary"
                    onclick={props.on_dismiss.clone()}>{ t.not_now }</button>
            </div>
        </div>
    }
}
