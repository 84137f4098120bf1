//! The facilitator's workshop: start one, add participants' codes (typed, pasted or from a
//! scanned link) round by round (before and after the training, a follow-up), and see the room's
//! profile in each round (group means with their range, how many chose each level, the
//! lowest-rated competencies as training topics) and what changed between two rounds.

mod group_results;
mod panel;
mod round_comparison;
mod round_select;
mod rounds;
mod start_form;

use crate::app::text::use_text;
use crate::core::session::Session;
use panel::WorkshopPanel;
use start_form::StartForm;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopScreenProps {
    pub session: Rc<Session>,
    /// A code that arrived in a link, waiting for the facilitator to add it.
    #[prop_or_default]
    pub pending_code: Option<AttrValue>,
    #[prop_or_default]
    pub on_pending_done: Callback<()>,
}

#[function_component(WorkshopScreen)]
pub fn workshop_screen(props: &WorkshopScreenProps) -> Html {
    let t = use_text();
    html! {
        <section class="pa-screen pa-workshop" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.workshop_heading }</h2>
            if let Some(workshop) = &props.session.workshop {
                <WorkshopPanel workshop={workshop.clone()} pending_code={props.pending_code.clone()}
                    on_pending_done={props.on_pending_done.clone()} />
            } else {
                <StartForm set_id={props.session.set_id.clone()}
                    has_pending={props.pending_code.is_some()} />
            }
        </section>
    }
}
