//! Files: download a backup of everything (re-importable), and import a backup or a rating
//! someone gave. An import is checked completely and shown before anything changes; it only adds.

use super::{browser, linked_code, Dispatch};
use crate::core::share_code::CodeKind;
use super::text::{use_text, Text};
use crate::core::session::{Action, Session};
use crate::core::transfer::{backup_file, merge, preview, read, Incoming};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TransferScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
}

#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    /// Read and checked; waiting for the person to confirm.
    Ready(Rc<Incoming>),
    Refused(String),
    Done(String),
}

#[function_component(TransferScreen)]
pub fn transfer_screen(props: &TransferScreenProps) -> Html {
    let t = use_text();
    let state = use_state_eq(|| ImportState::Idle);
    let file_input = use_node_ref();
    let session = &props.session;

    let backup = {
        let session = session.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let today = browser::today();
            let file = backup_file(&session, &browser::now());
            if browser::download(&format!("peer-assessment-backup-{today}.json"), "application/json", &file) {
                dispatch.dispatch(Action::BackedUp { on: today });
            }
        })
    };
    let on_file = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let input: Option<HtmlInputElement> = event.target().and_then(|t| t.dyn_into().ok());
            let Some(file) = input.and_then(|i| i.files()).and_then(|files| files.get(0)) else { return };
            let state = state.clone();
            browser::read_text(file, move |result| match result {
                Ok(contents) => match read(&contents) {
                    Ok(incoming) => state.set(ImportState::Ready(Rc::new(incoming))),
                    Err(error) => state.set(ImportState::Refused(error.to_string())),
                },
                Err(_) => state.set(ImportState::Refused(t.file_unreadable.to_string())),
            });
        })
    };
    let reset_input = {
        let file_input = file_input.clone();
        move || {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.set_value("");
            }
        }
    };
    let confirm = {
        let state = state.clone();
        let session = session.clone();
        let dispatch = props.dispatch.clone();
        let reset_input = reset_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let ImportState::Ready(incoming) = &*state {
                let counted = preview(&session, incoming);
                dispatch.dispatch(Action::Imported(Box::new(merge(&session, incoming))));
                state.set(ImportState::Done(t.import_done(&counted)));
                reset_input();
            }
        })
    };
    let cancel = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.set(ImportState::Idle);
            reset_input();
        })
    };

    html! {
        <section class="pa-screen pa-transfer" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.files_heading }</h2>
            <section aria-labelledby="pa-backup-heading">
                <h3 id="pa-backup-heading">{ t.backup_heading }</h3>
                <p>{ t.backup_intro }</p>
                <p class="pa-progress-text">{ t.last_backup(session.last_backup.as_deref()) }</p>
                <div class="pa-button-row">
                    <button type="button" class="pa-button pa-primary" onclick={backup}>{ t.download_backup }</button>
                </div>
            </section>
            <section aria-labelledby="pa-import-heading">
                <h3 id="pa-import-heading">{ t.import_heading }</h3>
                <p>{ t.import_intro }</p>
                <label for="pa-import-file" class="pa-file-label">{ t.choose_file }</label>
                <input type="file" id="pa-import-file" accept=".json,application/json" ref={file_input} onchange={on_file} />
                { match &*state {
                    ImportState::Idle => html! {},
                    ImportState::Refused(message) => html! {
                        <div class="pa-notice" role="alert">
                            <p><strong>{ t.import_refused }</strong></p>
                            <p>{ message }</p>
                            <p>{ t.nothing_changed }</p>
                        </div>
                    },
                    ImportState::Done(message) => html! { <p class="pa-done" role="status">{ message }</p> },
                    ImportState::Ready(incoming) => {
                        let changes = preview(session, incoming);
                        html! {
                            <div class="pa-import-preview" role="region" aria-label={t.import_preview}>
                                <h4>{ t.import_preview }</h4>
                                <p>{ describe(t, incoming) }</p>
                                <ul>{ for t.import_changes(&changes).into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                                if changes.changes_nothing() {
                                    <p>{ t.import_nothing_new }</p>
                                }
                                <div class="pa-button-row">
                                    <button type="button" class="pa-button pa-primary" onclick={confirm}
                                        disabled={changes.changes_nothing()}>{ t.import_confirm }</button>
                                    <button type="button" class="pa-button pa-secondary" onclick={cancel}>{ t.cancel }</button>
                                </div>
                            </div>
                        }
                    }
                } }
            </section>
            <CodeImport session={session.clone()} dispatch={props.dispatch.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CodeImportProps {
    session: Session,
    dispatch: Dispatch,
}

#[derive(Clone, PartialEq)]
enum CodeState {
    Idle,
    Ready(crate::core::history::Snapshot, String),
    Refused(String),
    Added,
}

/// A supervisor's short code, typed in: checked and described, then added on request.
#[function_component(CodeImport)]
fn code_import(props: &CodeImportProps) -> Html {
    let t = use_text();
    let state = use_state_eq(|| CodeState::Idle);
    let input = use_node_ref();
    let check = {
        let (state, input, history) = (state.clone(), input.clone(), props.session.history.clone());
        Callback::from(move |_: MouseEvent| {
            let code = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            state.set(match linked_code::read_code(&code) {
                Ok(shared) if shared.kind == CodeKind::Supervisor => {
                    CodeState::Ready(linked_code::received_snapshot(&shared, &history), linked_code::describe_received(t, &shared))
                }
                Ok(_) => CodeState::Refused(t.code_is_participant.to_string()),
                Err(error) => CodeState::Refused(t.code_error(&error)),
            });
        })
    };
    let add = {
        let (state, dispatch, input) = (state.clone(), props.dispatch.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            if let CodeState::Ready(snapshot, _) = &*state {
                dispatch.dispatch(Action::Receive(Box::new(snapshot.clone())));
                state.set(CodeState::Added);
                if let Some(input) = input.cast::<HtmlInputElement>() {
                    input.set_value("");
                }
            }
        })
    };
    html! {
        <section aria-labelledby="pa-code-import-heading" class="pa-code-form">
            <h3 id="pa-code-import-heading">{ t.code_import_heading }</h3>
            <p>{ t.code_import_intro }</p>
            <label for="pa-code-import">{ t.code_import_label }</label>
            <div class="pa-inline-form">
                <input type="text" id="pa-code-import" autocomplete="off" autocapitalize="characters" spellcheck="false" ref={input} />
                <button type="button" class="pa-button pa-secondary" onclick={check}>{ t.code_check }</button>
            </div>
            { match &*state {
                CodeState::Idle => html! {},
                CodeState::Refused(reason) => html! { <div class="pa-notice" role="alert"><p>{ reason }</p><p>{ t.nothing_changed }</p></div> },
                CodeState::Added => html! { <p class="pa-done" role="status">{ t.code_added }</p> },
                CodeState::Ready(_, description) => html! {
                    <div class="pa-import-preview" role="region" aria-label={t.import_preview}>
                        <p>{ description }</p>
                        <div class="pa-button-row">
                            <button type="button" class="pa-button pa-primary" onclick={add}>{ t.code_add }</button>
                        </div>
                    </div>
                },
            } }
        </section>
    }
}

fn describe(t: &Text, incoming: &Incoming) -> String {
    match incoming {
        Incoming::Backup(session) => t.backup_contents(session.history.len(), session.plan.len(), session.answers.values().map(|a| a.ratings.len()).sum()),
        Incoming::Rating { person, snapshot } => {
            let set = snapshot.set().map(|s| t.set(s).short_title.clone()).unwrap_or_default();
            let answered = snapshot.answers.ratings.len();
            t.rating_contents(&t.rater_in_sentence(&snapshot.rater), person, snapshot.date(), &set, answered)
        }
    }
}
