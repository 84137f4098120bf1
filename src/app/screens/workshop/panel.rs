//! A running workshop: its line, a code waiting from a link, the field to add codes, what
//! happened to the last code, the room's profile and its CSV, and clearing it.

use super::group_results::group_results;
use crate::app::edge::files;
use crate::app::state::{sender, use_dispatch};
use crate::app::text::{use_text, Text};
use crate::app::widgets::{ConfirmButton, LinkedOffer};
use crate::core::session::Action;
use crate::core::share_code::display_form;
use crate::core::shared::Shared;
use crate::core::workshop::{group_csv, summarize_group, AddError, Workshop};
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
    /// The same code is already in; offer to add it anyway.
    Repeat(String),
}

#[function_component(WorkshopPanel)]
pub fn workshop_panel(props: &WorkshopPanelProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let message = use_state_eq(|| None::<Message>);
    let input = use_node_ref();
    let workshop = &props.workshop;
    let Some(set) = workshop.set().map(|s| t.set(s)) else {
        return html! { <p>{ t.workshop_unknown_set }</p> };
    };
    let try_add = {
        let (workshop, dispatch) = (workshop.clone(), dispatch.clone());
        let (message, input) = (message.clone(), input.clone());
        move |code: String, allow_repeat: bool| match workshop.check(&code, allow_repeat) {
            Ok(_) => {
                dispatch.dispatch(Action::AddParticipantCode { code, allow_repeat });
                message.set(Some(Message::Added));
                if let Some(input) = input.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
            Err(AddError::AlreadyAdded) => message.set(Some(Message::Repeat(code))),
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
        Callback::from(move |_: MouseEvent| try_add(typed(), false))
    };
    let on_enter = {
        let try_add = try_add.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                try_add(typed(), false);
            }
        })
    };
    let participants = workshop.participants();
    let summary = summarize_group(set, &participants);
    let download = {
        let csv = group_csv(&summary, t.group_csv_header);
        let name = format!("workshop-{}-{}.csv", workshop.started_on, workshop.set_id);
        Callback::from(move |_: MouseEvent| {
            files::download(&name, "text/csv;charset=utf-8", &csv);
        })
    };
    let pending = props.pending_code.clone().map(|code| {
        let (try_add, done) = (try_add.clone(), props.on_pending_done.clone());
        let typed_code = code.to_string();
        let add = Callback::from(move |_: MouseEvent| {
            try_add(typed_code.clone(), false);
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
            let added = t.workshop_added(summary.participants);
            html! { <p class="pa-done" role="status">{ added }</p> }
        }
        Some(Message::Refused(error)) => html! {
            <div class="pa-notice" role="alert">
                <p>{ add_error_text(t, error) }</p>
                <p>{ t.workshop_nothing_lost }</p>
            </div>
        },
        Some(Message::Repeat(code)) => {
            let code = code.clone();
            let again = Callback::from(move |_: MouseEvent| try_add(code.clone(), true));
            html! {
                <div class="pa-notice" role="alert">
                    <p>{ t.workshop_repeat }</p>
                    <button type="button" class="pa-button pa-secondary" onclick={again}>
                        { t.workshop_add_anyway }
                    </button>
                </div>
            }
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
            <p class="pa-overall">{ t.workshop_participants(summary.participants) }</p>
            { pending.unwrap_or_default() }
            <div class="pa-code-form">
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
            if summary.participants > 0 {
                { group_results(t, set, &summary) }
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

fn add_error_text(t: &Text, error: &AddError) -> String {
    match error {
        AddError::Code(code_error) => t.code_error(code_error),
        AddError::NotAParticipantCode => t.workshop_not_participant.to_string(),
        AddError::OtherSet { .. } => t.workshop_other_set.to_string(),
        AddError::AlreadyAdded => t.workshop_repeat.to_string(),
    }
}
