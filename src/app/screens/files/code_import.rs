//! A supervisor's short code, typed in: checked and described, then added on request.

use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::core::history::Snapshot;
use crate::core::received_code::{read_code, received_snapshot};
use crate::core::session::{Action, Session};
use crate::core::share_code::{CodeError, CodeKind, SharedRatings};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CodeImportProps {
    pub session: Rc<Session>,
}

#[derive(Clone, PartialEq)]
enum CodeState {
    Idle,
    /// The snapshot the code stands for, and what it carries.
    Ready(Box<(Snapshot, SharedRatings)>),
    Refused(Option<CodeError>),
    Added,
}

#[function_component(CodeImport)]
pub fn code_import(props: &CodeImportProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let state = use_state_eq(|| CodeState::Idle);
    let input = use_node_ref();
    let check = {
        let (state, input, session) = (state.clone(), input.clone(), props.session.clone());
        Callback::from(move |_: MouseEvent| {
            let code = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            state.set(match read_code(&code) {
                Ok(shared) if shared.kind == CodeKind::Supervisor => CodeState::Ready(Box::new((
                    received_snapshot(&shared, &session.history),
                    shared,
                ))),
                // A participant's code belongs in a workshop.
                Ok(_) => CodeState::Refused(None),
                Err(error) => CodeState::Refused(Some(error)),
            });
        })
    };
    let add = {
        let (state, input) = (state.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            if let CodeState::Ready(ready) = &*state {
                dispatch.dispatch(Action::Receive(Box::new(ready.0.clone())));
                state.set(CodeState::Added);
                if let Some(input) = input.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    let outcome = match &*state {
        CodeState::Idle => html! {},
        CodeState::Refused(error) => {
            let reason = match error {
                Some(error) => t.code_error(error),
                None => t.code_is_participant.to_string(),
            };
            html! {
                <div class="pa-notice" role="alert">
                    <p>{ reason }</p>
                    <p>{ t.nothing_changed }</p>
                </div>
            }
        }
        CodeState::Added => html! { <p class="pa-done" role="status">{ t.code_added }</p> },
        CodeState::Ready(ready) => html! {
            <div class="pa-import-preview" role="region" aria-label={t.import_preview}>
                <p>{ t.describe_received(&ready.1) }</p>
                <div class="pa-button-row">
                    <button type="button" class="pa-button pa-primary" onclick={add}>
                        { t.code_add }
                    </button>
                </div>
            </div>
        },
    };
    html! {
        <section aria-labelledby="pa-code-import-heading" class="pa-code-form">
            <h3 id="pa-code-import-heading">{ t.code_import_heading }</h3>
            <p>{ t.code_import_intro }</p>
            <label for="pa-code-import">{ t.code_import_label }</label>
            <div class="pa-inline-form">
                <input type="text" id="pa-code-import" autocomplete="off"
                    autocapitalize="characters" spellcheck="false" ref={input} />
                <button type="button" class="pa-button pa-secondary" onclick={check}>
                    { t.code_check }
                </button>
            </div>
            { outcome }
        </section>
    }
}
