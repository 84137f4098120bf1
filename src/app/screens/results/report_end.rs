//! The end of the printed report: the notes written beside ratings, gathered in one list, and
//! a block to sign when the results are discussed in supervision. Print only.

use crate::app::text::Text;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use yew::prelude::*;

/// Every note, after its competency's number and text; nothing when there are none.
pub fn printed_notes(t: &Text, set: &CompetencySet, answers: &Answers) -> Html {
    let notes: Vec<Html> = set
        .competencies()
        .filter(|(_, c)| !answers.note(&c.id).is_empty())
        .map(|(_, c)| {
            html! {
                <li key={c.id.clone()}>
                    <span class="pa-note-competency">{ format!("{} {}", c.id, c.text) }</span>
                    { format!(" — {}", answers.note(&c.id)) }
                </li>
            }
        })
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <section class="pa-printed-notes pa-print-only" aria-labelledby="pa-notes-heading">
            <h3 id="pa-notes-heading">{ t.notes_heading }</h3>
            <ul>{ for notes }</ul>
        </section>
    }
}

/// "Discussed with … on … / signatures", with lines to write on.
pub fn sign_off(t: &Text) -> Html {
    let line = |label: &'static str| {
        html! {
            <div class="pa-sign-line">
                <span>{ label }</span>
                <span class="pa-write-in"></span>
            </div>
        }
    };
    html! {
        <section class="pa-sign-off pa-print-only" aria-labelledby="pa-sign-off-heading">
            <h3 id="pa-sign-off-heading">{ t.sign_off_heading }</h3>
            <p>{ t.sign_off_intro }</p>
            <div class="pa-sign-pair">
                { line(t.sign_off_with) }
                { line(t.report_when) }
            </div>
            <div class="pa-sign-pair">
                { line(t.sign_off_peer) }
                { line(t.report_when) }
            </div>
            <div class="pa-sign-pair">
                { line(t.sign_off_supervisor) }
                { line(t.report_when) }
            </div>
        </section>
    }
}
