//! A workshop's rounds: each with its name, start and participants, the open one marked; and
//! the form that opens the next round ("After the training", a follow-up…).

use crate::app::state::{use_dispatch, use_page_facts};
use crate::app::text::use_text;
use crate::core::session::Action;
use crate::core::shared::Shared;
use crate::core::workshop::Workshop;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RoundsProps {
    pub workshop: Shared<Workshop>,
}

#[function_component(Rounds)]
pub fn rounds(props: &RoundsProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let today = use_page_facts().today;
    let name = use_node_ref();
    let workshop = &props.workshop;
    let open = workshop.rounds.len() - 1;
    let items = workshop.rounds.iter().enumerate().map(|(index, round)| {
        let line = t.round_line(
            &t.round_name(index, round),
            &round.started_on,
            round.codes.len(),
        );
        html! {
            <li key={round.started_on.clone()}>
                { line }
                if index == open {
                    <strong class="pa-round-open">{ format!(" · {}", t.round_open) }</strong>
                }
            </li>
        }
    });
    let next_name = t.round_name(workshop.rounds.len(), &Default::default());
    // A round left unnamed is named by its place, in whatever language is shown.
    let start = {
        let name = name.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(input) = name.cast::<HtmlInputElement>() else {
                return;
            };
            let typed = input.value();
            input.set_value("");
            dispatch.dispatch(Action::StartRound {
                name: typed,
                on: today.to_string(),
            });
        })
    };
    html! {
        <section class="pa-rounds" aria-labelledby="pa-rounds-heading">
            <h3 id="pa-rounds-heading">{ t.rounds_heading }</h3>
            <ol class="pa-round-list">{ for items }</ol>
            <div class="pa-no-print">
                <label for="pa-round-name">{ t.round_next_name }</label>
                <div class="pa-inline-form">
                    <input type="text" id="pa-round-name" maxlength="120"
                        placeholder={next_name} ref={name} />
                    <button type="button" class="pa-button pa-secondary" onclick={start}>
                        { t.round_start }
                    </button>
                </div>
                <p class="pa-hint">{ t.round_start_hint }</p>
            </div>
        </section>
    }
}
