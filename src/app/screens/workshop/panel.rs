//! A running workshop: its line, its rounds, a code waiting from a link, the field to add codes
//! to the open round, what happened to the last code, a round's profile, what changed between
//! two rounds, the CSV of every round, and clearing it.

use super::group_results::group_results;
use super::round_comparison::round_comparison;
use super::round_select::round_select;
use super::rounds::Rounds;
use crate::app::edge::{files, print_footer};
use crate::app::state::{sender, use_dispatch};
use crate::app::text::use_text;
use crate::app::widgets::{ConfirmButton, LinkedOffer};
use crate::core::session::Action;
use crate::core::share_code::display_form;
use crate::core::shared::Shared;
use crate::core::workshop::GroupSummary;
use crate::core::workshop::Workshop;
use crate::core::workshop::{compare_summaries, rounds_csv, summarize_group, AddError, Allow};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopPanelProps {
    pub workshop: Shared<Workshop>,
    /// A code that arrived in a link, waiting for the facilitator to add it.
    pub pending_code: Option<AttrValue>,
    pub on_pending_done: Callback<()>,
}

/// What happened to the last code.
#[derive(Clone, PartialEq)]
enum Message {
    Added,
    Refused(AddError),
    /// The same code is already in the open round; offer to add it anyway.
    Repeat(String),
    /// The code is dated before the open round started; offer to add it anyway.
    Earlier {
        code: String,
        code_date: String,
        round_start: String,
    },
}

#[function_component(WorkshopPanel)]
pub fn workshop_panel(props: &WorkshopPanelProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let message = use_state_eq(|| None::<Message>);
    let input = use_node_ref();
    // The round whose profile is shown (the open one unless chosen), and the two compared
    // (the first and the open one unless chosen).
    let shown = use_state_eq(|| None::<usize>);
    let compared = use_state_eq(|| (0usize, None::<usize>));
    let workshop = &props.workshop;
    let set = workshop.set().map(|s| t.set(s));
    // The printed pages' footer: the set's name and the page numbers.
    print_footer::use_print_footer(set.map(|s| s.short_title.clone()), t.print_page);
    let Some(set) = set else {
        return html! { <p>{ t.workshop_unknown_set }</p> };
    };
    let try_add = {
        let (workshop, dispatch) = (workshop.clone(), dispatch.clone());
        let (message, input) = (message.clone(), input.clone());
        move |code: String, allow: Allow| match workshop.check(&code, allow) {
            Ok(_) => {
                dispatch.dispatch(Action::AddParticipantCode { code, allow });
                message.set(Some(Message::Added));
                if let Some(input) = input.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
            Err(AddError::AlreadyAdded) => message.set(Some(Message::Repeat(code))),
            Err(AddError::BeforeRound {
                code_date,
                round_start,
            }) => message.set(Some(Message::Earlier {
                code,
                code_date,
                round_start,
            })),
            Err(error) => message.set(Some(Message::Refused(error))),
        }
    };
    let typed = {
        let input = input.clone();
        move || {
            input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default()
        }
    };
    let add = {
        let (try_add, typed) = (try_add.clone(), typed.clone());
        Callback::from(move |_: MouseEvent| try_add(typed(), Allow::default()))
    };
    let on_enter = {
        let try_add = try_add.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                try_add(typed(), Allow::default());
            }
        })
    };
    let open = workshop.rounds.len() - 1;
    let names: Vec<String> = (workshop.rounds.iter().enumerate())
        .map(|(i, round)| t.round_name(i, round))
        .collect();
    let shown_round = shown.unwrap_or(open).min(open);
    // Each round's profile, once: shown, printed and compared.
    let summaries: Vec<GroupSummary> = (0..workshop.rounds.len())
        .map(|index| summarize_group(set, &workshop.participants(index)))
        .collect();
    let summary = &summaries[shown_round];
    let in_open_round = workshop.open_round().codes.len();
    let (first, second) = (compared.0.min(open), compared.1.unwrap_or(open).min(open));
    let comparison = (open > 0 && first != second)
        .then(|| compare_summaries(&summaries[first], &summaries[second]));
    // Printed: a page per round with its profile (the level counts left to the CSV).
    let printed_rounds = workshop.rounds.iter().enumerate().map(|(index, round)| {
        let summary = &summaries[index];
        let line = t.round_line(&names[index], &round.started_on, summary.participants);
        html! {
            <section class="pa-round-print pa-print-only" key={round.started_on.clone()}>
                <h3>{ line }</h3>
                if summary.participants > 0 {
                    { group_results(t, set, summary, &format!("round-{index}"), false) }
                }
            </section>
        }
    });
    let download = {
        let (workshop, names) = (workshop.clone(), names.clone());
        let name = format!("workshop-{}-{}.csv", workshop.started_on, workshop.set_id);
        Callback::from(move |_: MouseEvent| {
            let csv = rounds_csv(set, &workshop, &names, t.rounds_csv_header);
            files::download(&name, "text/csv;charset=utf-8", &csv);
        })
    };
    let pending = props.pending_code.clone().map(|code| {
        let (try_add, done) = (try_add.clone(), props.on_pending_done.clone());
        let typed_code = code.to_string();
        let add = Callback::from(move |_: MouseEvent| {
            try_add(typed_code.clone(), Allow::default());
            done.emit(());
        });
        let dismiss = props.on_pending_done.reform(|_: MouseEvent| ());
        let offer = LinkedOffer {
            add_label: t.workshop_add,
            on_add: add,
            on_dismiss: dismiss,
        };
        offer.view(
            t,
            html! {
                <>
                    <p>{ t.workshop_add_linked(&workshop.name) }</p>
                    <p class="pa-code">{ display_form(&code) }</p>
                </>
            },
        )
    });
    let outcome = match &*message {
        None => html! {},
        Some(Message::Added) => {
            let added = t.workshop_added_to(&names[open], in_open_round);
            html! { <p class="pa-done" role="status">{ added }</p> }
        }
        Some(Message::Earlier {
            code,
            code_date,
            round_start,
        }) => {
            let allow = Allow {
                earlier: true,
                ..Allow::default()
            };
            let (try_add, code) = (try_add.clone(), code.clone());
            let anyway = Callback::from(move |_: MouseEvent| try_add(code.clone(), allow));
            question(
                t.code_before_round(code_date, round_start),
                t.add_anyway,
                anyway,
            )
        }
        Some(Message::Refused(error)) => html! {
            <div class="pa-notice pa-no-print" role="alert">
                <p>{ t.workshop_add_error(error) }</p>
                <p>{ t.workshop_nothing_lost }</p>
            </div>
        },
        Some(Message::Repeat(code)) => {
            let allow = Allow {
                repeat: true,
                ..Allow::default()
            };
            let code = code.clone();
            let again = Callback::from(move |_: MouseEvent| try_add(code.clone(), allow));
            question(t.workshop_repeat.to_string(), t.workshop_add_anyway, again)
        }
    };
    let line = t.workshop_line(
        &workshop.name,
        &set.short_title,
        &t.date(&workshop.started_on),
    );
    html! {
        <>
            <p class="pa-set-title">{ line }</p>
            <Rounds workshop={workshop.clone()} />
            { pending.unwrap_or_default() }
            <div class="pa-code-form pa-no-print">
                <label for="pa-workshop-code">{ t.workshop_code_label }</label>
                <div class="pa-inline-form">
                    <input type="text" id="pa-workshop-code" autocomplete="off"
                        autocapitalize="characters" spellcheck="false" ref={input}
                        onkeydown={on_enter} />
                    <button type="button" class="pa-button pa-primary" onclick={add}>
                        { t.workshop_add }
                    </button>
                </div>
                <p class="pa-hint">{ t.workshop_code_hint }</p>
            </div>
            { outcome }
            { for printed_rounds }
            if open > 0 {
                <div class="pa-compare-form pa-no-print">
                    { round_select("pa-round-first", t.compare_first, &names, first, {
                        let compared = compared.clone();
                        Callback::from(move |i| compared.set((i, compared.1)))
                    }) }
                    { round_select("pa-round-second", t.compare_second, &names, second, {
                        let compared = compared.clone();
                        Callback::from(move |i| compared.set((compared.0, Some(i))))
                    }) }
                </div>
                if let Some(comparison) = &comparison {
                    { round_comparison(t, set, (&names[first], &names[second]), comparison) }
                }
            }
            <section class="pa-round-profile pa-no-print" aria-labelledby="pa-round-profile-heading">
                <h3 id="pa-round-profile-heading">{ &names[shown_round] }</h3>
                if open > 0 {
                    { round_select("pa-round-shown", t.round_shown, &names, shown_round, {
                        let shown = shown.clone();
                        Callback::from(move |i| shown.set(Some(i)))
                    }) }
                }
                <p class="pa-overall">{ t.workshop_participants(summary.participants) }</p>
                if summary.participants > 0 {
                    { group_results(t, set, summary, "group", true) }
                }
            </section>
            if workshop.all_codes().next().is_some() {
                <div class="pa-button-row">
                    <button type="button" class="pa-button pa-secondary" onclick={download}>
                        { t.download_csv }
                    </button>
                </div>
            }
            <ConfirmButton label={t.workshop_clear} question={t.workshop_clear_question}
                confirm_label={t.workshop_clear_confirm}
                on_confirm={sender(&dispatch, Action::ClearWorkshop)} />
        </>
    }
}

/// A question about the code just entered, with the button that adds it all the same.
fn question(text: String, button: &str, add_anyway: Callback<MouseEvent>) -> Html {
    html! {
        <div class="pa-notice" role="alert">
            <p>{ text }</p>
            <button type="button" class="pa-button pa-secondary" onclick={add_anyway}>
                { button.to_string() }
            </button>
        </div>
    }
}
