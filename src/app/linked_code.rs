//! A code that arrived in the page's link (`#code=…`): a rating someone gave the person is
//! offered for the history; a damaged code is explained. Participants' codes go to the workshop.

use super::text::{use_text, Text};
use super::Dispatch;
use crate::core::competency_set::built_in_sets;
use crate::core::history::{new_snapshot_id, Rater, RaterRole, Snapshot};
use crate::core::session::{Action, Screen};
use crate::core::share_code::{decode, CodeKind, SharedRatings};
use yew::prelude::*;

/// Reads a code against the built-in sets.
pub fn read_code(code: &str) -> Result<SharedRatings, crate::core::share_code::CodeError> {
    let sets: Vec<_> = built_in_sets().iter().collect();
    decode(code, &sets)
}

/// The snapshot a supervisor's code stands for (the code carries no name).
pub fn received_snapshot(shared: &SharedRatings, history: &[Snapshot]) -> Snapshot {
    let rater = Rater::Other { name: String::new(), role: RaterRole::Supervisor };
    let taken_at = shared.date();
    Snapshot {
        id: new_snapshot_id(&taken_at, &rater, history),
        taken_at,
        set_id: shared.set_id.clone(),
        rater,
        answers: shared.answers(),
    }
}

/// Words describing a supervisor's code before it is added.
pub fn describe_received(t: &Text, shared: &SharedRatings) -> String {
    let set = built_in_sets().iter().find(|s| s.id == shared.set_id).map(|s| t.set(s).short_title.clone()).unwrap_or_default();
    let rater = t.rater_inline("", RaterRole::Supervisor);
    t.code_received(&rater, &shared.date(), &set, shared.ratings.len())
}

#[derive(Properties, PartialEq)]
pub struct LinkedCodeProps {
    pub code: AttrValue,
    pub history: Vec<Snapshot>,
    pub dispatch: Dispatch,
    pub on_done: Callback<()>,
}

#[function_component(LinkedCode)]
pub fn linked_code(props: &LinkedCodeProps) -> Html {
    let t = use_text();
    let dismiss = {
        let done = props.on_done.clone();
        Callback::from(move |_: MouseEvent| done.emit(()))
    };
    match read_code(&props.code) {
        Ok(shared) if shared.kind == CodeKind::Supervisor => {
            let add = {
                let (dispatch, done) = (props.dispatch.clone(), props.on_done.clone());
                let snapshot = received_snapshot(&shared, &props.history);
                Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(Action::Receive(Box::new(snapshot.clone())));
                    dispatch.dispatch(Action::GoTo(Screen::History));
                    done.emit(());
                })
            };
            html! {
                <div class="pa-import-preview" role="region" aria-label={t.workshop_link_code}>
                    <p>{ t.linked_rating }</p>
                    <p>{ describe_received(t, &shared) }</p>
                    <div class="pa-button-row">
                        <button type="button" class="pa-button pa-primary" onclick={add}>{ t.code_add }</button>
                        <button type="button" class="pa-button pa-secondary" onclick={dismiss}>{ t.not_now }</button>
                    </div>
                </div>
            }
        }
        Ok(_) => html! {},
        Err(error) => html! {
            <div class="pa-notice" role="alert">
                <p>{ t.code_error(&error) }</p>
                <button type="button" class="pa-button pa-secondary" onclick={dismiss}>{ t.dismiss }</button>
            </div>
        },
    }
}
