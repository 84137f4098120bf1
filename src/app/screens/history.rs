//! Finished assessments and ratings received, newest first, with a choice of two to compare.

use crate::app::state::{sender, use_dispatch};
use crate::app::text::use_text;
use crate::app::widgets::{ConfirmButton, DataTable};
use crate::core::history::Snapshot;
use crate::core::mapping::corresponding;
use crate::core::session::{Action, Screen, Session};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryScreenProps {
    pub session: Rc<Session>,
}

#[function_component(HistoryScreen)]
pub fn history_screen(props: &HistoryScreenProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let first_ref = use_node_ref();
    let second_ref = use_node_ref();
    let problem = use_state_eq(|| None::<&'static str>);
    let mut history: Vec<&Snapshot> = props.session.history.iter().collect();
    history.sort_by(|a, b| b.taken_at.cmp(&a.taken_at));
    let compare = {
        let (first_ref, second_ref) = (first_ref.clone(), second_ref.clone());
        let (dispatch, problem, session) =
            (dispatch.clone(), problem.clone(), props.session.clone());
        Callback::from(move |_: MouseEvent| {
            let value = |r: &NodeRef| {
                r.cast::<web_sys::HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default()
            };
            let (first, second) = (value(&first_ref), value(&second_ref));
            let set_of = |id: &str| {
                session
                    .snapshot(id)
                    .map(|s| s.set_id.clone())
                    .unwrap_or_default()
            };
            let (first_set, second_set) = (set_of(&first), set_of(&second));
            if first == second {
                problem.set(Some(t.compare_same));
            } else if first_set != second_set && corresponding(&first_set, &second_set).is_none() {
                problem.set(Some(t.compare_other_set));
            } else {
                problem.set(None);
                dispatch.dispatch(Action::GoTo(Screen::Compare { first, second }));
            }
        })
    };
    let rows = history.iter().map(|snapshot| {
        let overview = snapshot.overview();
        let set_name = match snapshot.set() {
            Some(set) => t.set(set).short_title.clone(),
            None => snapshot.set_id.clone(),
        };
        let view = sender(
            &dispatch,
            Action::GoTo(Screen::Snapshot(snapshot.id.clone())),
        );
        let delete = sender(&dispatch, Action::DeleteSnapshot(snapshot.id.clone()));
        let completion = overview.map(|o| t.answered_count(o.answered, o.total));
        html! {
            <tr key={snapshot.id.clone()}>
                <th scope="row">{ t.when(&snapshot.taken_at) }</th>
                <td>{ t.rater_phrase(&snapshot.rater) }</td>
                <td>{ set_name }</td>
                <td>{ completion.unwrap_or_default() }</td>
                <td class="pa-mean">{ t.mean(overview.and_then(|o| o.overall_mean)) }</td>
                <td>
                    <div class="pa-actions">
                        if snapshot.set().is_some() {
                            <button type="button" class="pa-button pa-secondary" onclick={view}
                                aria-label={t.view_snapshot(&t.snapshot_label(snapshot))}>
                                { t.view }
                            </button>
                        }
                        <ConfirmButton label={t.delete} question={t.delete_snapshot_question}
                            confirm_label={t.delete_snapshot_confirm} on_confirm={delete} />
                    </div>
                </td>
            </tr>
        }
    });
    let options = |default: Option<&str>| -> Html {
        let option = |s: &&Snapshot| {
            let selected = Some(s.id.as_str()) == default;
            html! { <option value={s.id.clone()} {selected}>{ t.snapshot_label(s) }</option> }
        };
        history.iter().map(option).collect()
    };
    // By default the oldest of the newest assessment's set is the baseline.
    let latest = history.first().map(|s| s.id.as_str());
    let baseline = history.first().and_then(|newest| {
        let same_set = |s: &&&Snapshot| s.set_id == newest.set_id && s.id != newest.id;
        history.iter().rev().find(same_set).map(|s| s.id.as_str())
    });

    html! {
        <section class="pa-screen pa-history" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.history_heading }</h2>
            if history.is_empty() {
                <p>{ t.history_empty }</p>
            } else {
                <p>{ t.history_intro }</p>
                { DataTable::labelled(t.history_caption, t.history_heading).view(html! { <>
                    <thead>
                        <tr>
                            <th scope="col">{ t.date }</th>
                            <th scope="col">{ t.rated_by }</th>
                            <th scope="col">{ t.set }</th>
                            <th scope="col">{ t.completion }</th>
                            <th scope="col">{ t.mean }</th>
                            <th scope="col">
                                <span class="pa-visually-hidden">{ t.actions }</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </> }) }
                if history.len() >= 2 {
                    <fieldset class="pa-set-choice pa-compare-form">
                        <legend>{ t.compare_two }</legend>
                        <label for="pa-compare-first">{ t.baseline }</label>
                        <select id="pa-compare-first" ref={first_ref}>{ options(baseline) }</select>
                        <label for="pa-compare-second">{ t.later }</label>
                        <select id="pa-compare-second" ref={second_ref}>{ options(latest) }</select>
                        if let Some(problem) = *problem {
                            <p class="pa-error" role="alert">{ problem }</p>
                        }
                        <div class="pa-button-row">
                            <button type="button" class="pa-button pa-primary" onclick={compare}>
                                { t.compare }
                            </button>
                        </div>
                    </fieldset>
                }
            }
        </section>
    }
}
