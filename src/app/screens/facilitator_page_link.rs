//! The workshop on the participant's page: workshops are run on the facilitator's page (its own
//! page and module, so participants' phones do not download what only a facilitator uses).
//! This screen says so and links there, carrying a participant's code that came in the link.

use crate::app::text::use_text;
use crate::core::share_code::fragment_for;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacilitatorPageLinkProps {
    /// The facilitator's page, with this widget's settings.
    pub address: AttrValue,
    /// A participant's code that came in this page's link, handed on to the facilitator's page.
    #[prop_or_default]
    pub pending_code: Option<AttrValue>,
}

#[function_component(FacilitatorPageLink)]
pub fn facilitator_page_link(props: &FacilitatorPageLinkProps) -> Html {
    let t = use_text();
    let fragment = props
        .pending_code
        .as_deref()
        .map(fragment_for)
        .unwrap_or_default();
    let href = format!("{}{fragment}", props.address);
    html! {
        <section class="pa-screen pa-workshop" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.workshop_heading }</h2>
            <p>{ t.facilitator_page_intro }</p>
            if props.pending_code.is_some() {
                <p class="pa-notice" role="status">{ t.facilitator_page_code }</p>
            }
            <p><a class="pa-button pa-primary" {href}>{ t.facilitator_page_open }</a></p>
        </section>
    }
}
