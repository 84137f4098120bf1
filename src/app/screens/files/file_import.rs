//! Importing a backup or a rating someone gave: the file is read and checked completely, what
//! it holds and what would change is shown, and only then, on request, added. A file that
//! cannot be used is refused with the reason in the person's language, and nothing changes.

use crate::app::edge::files::{read_text, ReadError};
use crate::app::state::use_dispatch;
use crate::app::text::{use_text, Text};
use crate::core::session::{Action, Session};
use crate::core::transfer::{
    merge, preview, read, ImportError, Incoming, Preview, MAX_IMPORT_BYTES,
};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FileImportProps {
    pub session: Rc<Session>,
}

#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    /// Read and checked; waiting for the person to confirm.
    Ready(Rc<Incoming>),
    Refused(ImportError),
    /// The browser could not read the file at all.
    Unreadable,
    Done(Preview),
}

#[function_component(FileImport)]
pub fn file_import(props: &FileImportProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let state = use_state_eq(|| ImportState::Idle);
    let file_input = use_node_ref();
    let session = &props.session;
    let on_file = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let input: Option<HtmlInputElement> = event.target().and_then(|t| t.dyn_into().ok());
            let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) else {
                return;
            };
            let state = state.clone();
            read_text(file, MAX_IMPORT_BYTES, move |contents| {
                state.set(match contents.map(|text| read(&text)) {
                    Ok(Ok(incoming)) => ImportState::Ready(Rc::new(incoming)),
                    Ok(Err(error)) => ImportState::Refused(error),
                    Err(ReadError::TooLarge { bytes }) => {
                        ImportState::Refused(ImportError::TooLarge { bytes })
                    }
                    Err(ReadError::Unreadable) => ImportState::Unreadable,
                })
            });
        })
    };
    let finish = {
        let (state, file_input) = (state.clone(), file_input.clone());
        move |next: ImportState| {
            state.set(next);
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.set_value("");
            }
        }
    };
    let confirm = {
        let (state, session, finish) = (state.clone(), session.clone(), finish.clone());
        Callback::from(move |_: MouseEvent| {
            if let ImportState::Ready(incoming) = &*state {
                let counted = preview(&session, incoming);
                dispatch.dispatch(Action::Imported(Box::new(merge(&session, incoming))));
                finish(ImportState::Done(counted));
            }
        })
    };
    let cancel = Callback::from(move |_: MouseEvent| finish(ImportState::Idle));
    let outcome = match &*state {
        ImportState::Idle => html! {},
        ImportState::Refused(error) => refused(t, &t.import_error(error)),
        ImportState::Unreadable => refused(t, t.file_unreadable),
        ImportState::Done(counted) => {
            html! { <p class="pa-done" role="status">{ t.import_done(counted) }</p> }
        }
        ImportState::Ready(incoming) => {
            let changes = preview(session, incoming);
            let lines = t
                .import_changes(&changes)
                .into_iter()
                .map(|line| html! { <li>{ line }</li> });
            html! {
                <div class="pa-import-preview" role="region" aria-label={t.import_preview}>
                    <h4>{ t.import_preview }</h4>
                    <p>{ describe(t, incoming) }</p>
                    <ul>{ for lines }</ul>
                    if changes.changes_nothing() {
                        <p>{ t.import_nothing_new }</p>
                    }
                    <div class="pa-button-row">
                        <button type="button" class="pa-button pa-primary" onclick={confirm}
                            disabled={changes.changes_nothing()}>{ t.import_confirm }</button>
                        <button type="button" class="pa-button pa-secondary" onclick={cancel}>
                            { t.cancel }
                        </button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <section aria-labelledby="pa-import-heading">
            <h3 id="pa-import-heading">{ t.import_heading }</h3>
            <p>{ t.import_intro }</p>
            <label for="pa-import-file" class="pa-file-label">{ t.choose_file }</label>
            <input type="file" id="pa-import-file" accept=".json,application/json"
                ref={file_input} onchange={on_file} />
            { outcome }
        </section>
    }
}

fn refused(t: &Text, reason: &str) -> Html {
    html! {
        <div class="pa-notice" role="alert">
            <p><strong>{ t.import_refused }</strong></p>
            <p>{ reason }</p>
            <p>{ t.nothing_changed }</p>
        </div>
    }
}

/// What a file holds, in a sentence.
fn describe(t: &Text, incoming: &Incoming) -> String {
    match incoming {
        Incoming::Backup(session) => {
            let answers = session.answers.values().map(|a| a.ratings.len()).sum();
            t.backup_contents(session.history.len(), session.plan.len(), answers)
        }
        Incoming::Rating { person, snapshot } => {
            let set = snapshot
                .set()
                .map(|s| t.set(s).short_title.clone())
                .unwrap_or_default();
            let answered = snapshot.answers.ratings.len();
            let rater = t.rater_in_sentence(&snapshot.rater);
            t.rating_contents(&rater, person, snapshot.date(), &set, answered)
        }
    }
}
