//! Results, first what a person asks ("how did I do, and what now"): the overall mean, the radar
//! over all categories and the ways to keep, share, print or download them; then the numbers as a
//! table, strengths and growth areas in words, each category folded with its radar and ratings,
//! and the plan. Printed, the same screen is a report: facts first, every category unfolded as
//! small multiples, notes, the plan as text and a block to sign. Partial results are marked.

mod actions;
mod category_detail;
mod compare_chooser;
mod hand_over;
mod overview;
mod plan;
mod plan_item;
mod plan_text;
mod report_end;
mod report_facts;
mod share;
mod strengths_growth;

use crate::app::edge::print_footer;
use crate::app::state::{sender, use_dispatch, use_page_facts};
use crate::app::text::use_text;
use crate::app::widgets::ConfirmButton;
use crate::core::history::{snapshots_of, Rater, Snapshot};
use crate::core::scoring::summarize;
use crate::core::session::{Action, Screen, Session, CURRENT};
use actions::ResultActions;
use category_detail::{category_detail, scale_legend};
use compare_chooser::CompareChooser;
use hand_over::HandOver;
use overview::{overall_chart, overall_table};
use plan::PlanSection;
use report_end::{printed_notes, sign_off};
use report_facts::ReportFacts;
use std::rc::Rc;
use strengths_growth::strengths_and_growth;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub session: Rc<Session>,
    /// A finished assessment to show; `None` shows the assessment in progress.
    #[prop_or_default]
    pub snapshot: Option<String>,
}

#[function_component(ResultsScreen)]
pub fn results_screen(props: &ResultsScreenProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let today = use_page_facts().today;
    let session = &props.session;
    let snapshot: Option<&Snapshot> = props
        .snapshot
        .as_deref()
        .and_then(|id| session.snapshot(id));
    let (set, answers) = match snapshot {
        Some(s) => (s.set().unwrap_or_else(|| session.set()), s.answers.clone()),
        None => (session.set(), session.current_answers()),
    };
    let set = t.set(set);
    let summary = summarize(set, &answers);
    let in_progress = snapshot.is_none();
    let rating_other = in_progress && session.rating_someone_else();
    let own = snapshot.is_none_or(Snapshot::is_own) && !rating_other;
    let date = snapshot
        .map(|s| AttrValue::from(s.date().to_string()))
        .unwrap_or(today);
    // When, to the minute where known: two results of one day are told apart.
    let when = snapshot.map_or(date.to_string(), |s| s.taken_at.clone());
    print_footer::use_print_footer(Some(set.short_title.clone()), t.print_page);
    let this_id = snapshot
        .map(|s| s.id.clone())
        .unwrap_or_else(|| CURRENT.to_string());
    let others: Vec<(String, String)> = snapshots_of(&session.history, &set.id)
        .into_iter()
        .filter(|s| s.id != this_id)
        .map(|s| (s.id.clone(), t.snapshot_label(s)))
        .collect();
    let rated: usize = summary.categories.iter().map(|c| c.rated).sum();
    let not_applicable: usize = summary.categories.iter().map(|c| c.not_applicable).sum();
    let heading = match (snapshot, &session.rating_of_someone_else) {
        (Some(snapshot), _) => t.snapshot_heading(&snapshot.rater, &snapshot.taken_at),
        (None, other) if rating_other => {
            t.rating_of_heading(other.as_ref().map(|o| o.person.as_str()).unwrap_or(""))
        }
        (None, _) => t.results_heading.to_string(),
    };
    let overall = t.overall_mean(
        &t.mean(summary.overall_mean),
        set.scale.levels(),
        rated,
        not_applicable,
    );
    let can_finish = in_progress && own && summary.answered > 0;
    let can_share = own && summary.answered > 0;
    let report_line = t.report_line(&set.short_title, &when, in_progress);
    let facts = ReportFacts {
        person: rating_other
            .then(|| session.rating_of_someone_else.as_ref())
            .flatten()
            .map(|o| o.person.as_str()),
        set_title: &set.title,
        when: &when,
        rated_by: match (snapshot, rating_other) {
            (Some(snapshot), _) if !snapshot.is_own() => Some(t.rater_phrase(&snapshot.rater)),
            (_, true) => None,
            _ => Some(t.report_self_rating.to_string()),
        },
    };
    let (back, back_label) = match in_progress {
        true => (Action::Begin, t.back_to_questions),
        false => (Action::GoTo(Screen::History), t.history),
    };

    html! {
        <section class="pa-screen pa-results" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ heading }</h2>
            <p class="pa-set-title pa-no-print">{ report_line }</p>
            { facts.view(t) }
            if let Some(Snapshot { rater: Rater::Other { name, role }, .. }) = snapshot {
                <p class="pa-not-anonymous" role="note">{ t.received_rating_note(name, *role) }</p>
            }
            if rating_other {
                <HandOver rating={session.rating_of_someone_else.clone()} />
            }
            if summary.is_partial() {
                <p class="pa-partial" role="note">
                    { t.partial_results(summary.answered, summary.total) }
                </p>
            }
            if rated == 0 {
                <p>{ t.nothing_rated }</p>
            } else {
                <p class="pa-overall">{ overall }</p>
            }
            <div class="pa-overview">
                { overall_chart(t, set, &summary) }
                <ResultActions {set} answers={answers.clone()} date={date.clone()} {can_finish}
                    {can_share} />
                { overall_table(t, set, &summary) }
            </div>
            if !others.is_empty() && !rating_other {
                <CompareChooser this_id={this_id.clone()} {others} />
            }
            { strengths_and_growth(t, set, &answers) }
            <section class="pa-by-category" aria-labelledby="pa-by-category-heading">
                <h3 id="pa-by-category-heading">{ t.by_category_heading }</h3>
                <p class="pa-no-print">{ t.by_category_hint }</p>
                { scale_legend(t, &set.scale) }
                <div class="pa-category-results">
                    { for summary.categories.iter()
                        .map(|s| category_detail(t, s, &answers, &set.scale)) }
                </div>
            </section>
            { printed_notes(t, set, &answers) }
            if own {
                <PlanSection {set} answers={answers.clone()} plan={session.plan.clone()} />
            }
            { sign_off(t) }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary"
                    onclick={sender(&dispatch, back)}>
                    { back_label }
                </button>
                <button type="button" class="pa-button pa-secondary"
                    onclick={sender(&dispatch, Action::GoTo(Screen::Welcome))}>{ t.home }</button>
            </div>
            if in_progress {
                <ConfirmButton label={t.start_over} question={t.start_over_question}
                    confirm_label={t.start_over_confirm}
                    on_confirm={sender(&dispatch, Action::StartOver)} />
            }
        </section>
    }
}
