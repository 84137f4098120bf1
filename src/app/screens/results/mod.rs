//! Results: the radar over all categories, a radar per category, the numbers as tables, and
//! strengths and growth areas in words, with the plan and the ways to share or keep them.
//! Partial results are marked as partial.

mod category_detail;
mod compare_chooser;
mod hand_over;
mod overview;
mod plan;
mod plan_item;
mod share;
mod strengths_growth;
mod toolbar;

use crate::app::state::{sender, use_dispatch, use_page_facts};
use crate::app::text::use_text;
use crate::app::widgets::ConfirmButton;
use crate::core::history::{snapshots_of, Rater, Snapshot};
use crate::core::scoring::summarize;
use crate::core::session::{Action, Screen, Session, CURRENT};
use category_detail::category_detail;
use compare_chooser::CompareChooser;
use hand_over::HandOver;
use overview::overview;
use plan::PlanSection;
use share::ShareSection;
use std::rc::Rc;
use strengths_growth::strengths_and_growth;
use toolbar::Toolbar;
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
        (Some(snapshot), _) => t.snapshot_heading(&snapshot.rater, snapshot.date()),
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
    let toolbar = Toolbar {
        set,
        answers: answers.clone(),
        date: date.clone(),
        can_finish,
    };
    let toolbar = toolbar.view(t, &dispatch);
    let (back, back_label) = match in_progress {
        true => (Action::Begin, t.back_to_questions),
        false => (Action::GoTo(Screen::History), t.history),
    };

    html! {
        <section class="pa-screen pa-results" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ heading }</h2>
            <p class="pa-set-title">{ t.report_line(&set.title, &date, in_progress) }</p>
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
            { toolbar }
            if !others.is_empty() && !rating_other {
                <CompareChooser this_id={this_id.clone()} {others} />
            }
            { overview(t, set, &summary) }
            { strengths_and_growth(t, set, &answers) }
            if own && summary.answered > 0 {
                <ShareSection {set} answers={answers.clone()} date={date.clone()} />
            }
            if own {
                <PlanSection {set} answers={answers.clone()} plan={session.plan.clone()} />
            }
            <h3>{ t.by_category_heading }</h3>
            { for summary.categories.iter().map(|s| category_detail(t, s, &answers, &set.scale)) }
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
