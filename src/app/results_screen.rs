//! Results: the radar over all categories, a radar per category, the numbers as tables, and
//! strengths and growth areas in words. Partial results are marked as partial.

use super::confirm_button::ConfirmButton;
use super::hand_over::HandOver;
use super::plan_section::PlanSection;
use super::radar_chart::{RadarAxis, RadarChart};
use super::{browser, text, Dispatch};
use crate::core::assessment::Answers;
use crate::core::competency_set::{CompetencySet, Scale};
use crate::core::csv_export::{assessment_csv, CsvWords};
use crate::core::history::{snapshots_of, Rater, Snapshot};
use crate::core::rating::Rating;
use crate::core::scoring::{competency_scores, format_mean, highlights, summarize, CategoryScore, CompetencyScore};
use crate::core::session::{Action, Screen, Session, CURRENT};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
    /// A finished assessment to show; `None` shows the assessment in progress.
    #[prop_or_default]
    pub snapshot: Option<String>,
}

/// What the results are of, and who gave the ratings.
struct Shown<'a> {
    set: &'static CompetencySet,
    answers: Answers,
    snapshot: Option<&'a Snapshot>,
}

#[function_component(ResultsScreen)]
pub fn results_screen(props: &ResultsScreenProps) -> Html {
    let session = &props.session;
    let shown = match props.snapshot.as_deref().and_then(|id| session.snapshot(id)) {
        Some(snapshot) => Shown { set: snapshot.set().unwrap_or_else(|| session.set()), answers: snapshot.answers.clone(), snapshot: Some(snapshot) },
        None => Shown { set: session.set(), answers: session.current_answers(), snapshot: None },
    };
    let set = shown.set;
    let answers = &shown.answers;
    let summary = summarize(set, answers);
    let levels = set.scale.levels();
    let dispatch = props.dispatch.clone();
    let in_progress = shown.snapshot.is_none();
    let rating_other = in_progress && session.rating_someone_else();
    let own = shown.snapshot.is_none_or(Snapshot::is_own) && !rating_other;

    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let start_over = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::StartOver))
    };
    let finish = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Finish { at: browser::now() }))
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    let download_csv = {
        let answers = answers.clone();
        let date = shown.snapshot.map(|s| s.date().to_string()).unwrap_or_else(browser::today);
        Callback::from(move |_: MouseEvent| {
            let csv = assessment_csv(set, &answers, &CsvWords { not_applicable: text::NOT_APPLICABLE, not_answered: text::NOT_ANSWERED });
            browser::download(&format!("peer-assessment-{}-{date}.csv", set.id), "text/csv;charset=utf-8", &csv);
        })
    };
    let this_id = shown.snapshot.map(|s| s.id.clone()).unwrap_or_else(|| CURRENT.to_string());
    let others: Vec<&Snapshot> = snapshots_of(&session.history, &set.id).into_iter().filter(|s| s.id != this_id).collect();

    let rated: usize = summary.categories.iter().map(|c| c.rated).sum();
    let not_applicable: usize = summary.categories.iter().map(|c| c.not_applicable).sum();
    let overall_axes: Vec<RadarAxis> = summary
        .categories
        .iter()
        .map(|score| RadarAxis {
            label: score.category.numbered_short_title(),
            full: score.category.numbered_title(),
            values: vec![score.mean],
            value_text: format_mean(score.mean),
        })
        .collect();
    let heading = match (shown.snapshot, rating_other) {
        (Some(snapshot), _) => text::snapshot_heading(&snapshot.rater, snapshot.date()),
        (None, true) => text::rating_of_heading(session.rating_of_someone_else.as_ref().map(|o| o.person.as_str()).unwrap_or("")),
        (None, false) => text::RESULTS_HEADING.to_string(),
    };

    html! {
        <section class="pa-screen pa-results" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ heading }</h2>
            <p class="pa-set-title">{ text::report_line(&set.title, &shown.snapshot.map(|s| s.date().to_string()).unwrap_or_else(browser::today), in_progress) }</p>
            if let Some(Snapshot { rater: Rater::Other { name, role }, .. }) = shown.snapshot {
                <p class="pa-not-anonymous" role="note">{ text::received_rating_note(name, *role) }</p>
            }
            if rating_other {
                <HandOver session={session.clone()} dispatch={dispatch.clone()} />
            }
            if summary.is_partial() {
                <p class="pa-partial" role="note">{ text::partial_results(summary.answered, summary.total) }</p>
            }
            if rated == 0 {
                <p>{ text::NOTHING_RATED }</p>
            } else {
                <p class="pa-overall">{ text::overall_mean(&format_mean(summary.overall_mean), levels, rated, not_applicable) }</p>
            }
            <div class="pa-button-row pa-toolbar">
                if in_progress && own && summary.answered > 0 {
                    <button type="button" class="pa-button pa-primary" onclick={finish}>{ text::FINISH }</button>
                }
                <button type="button" class="pa-button pa-secondary" onclick={print}>{ text::PRINT }</button>
                <button type="button" class="pa-button pa-secondary" onclick={download_csv}>{ text::DOWNLOAD_CSV }</button>
            </div>
            if in_progress && own && summary.answered > 0 {
                <p class="pa-hint pa-no-print">{ text::FINISH_HINT }</p>
            }
            if !others.is_empty() && !rating_other {
                <CompareChooser this_id={this_id.clone()} others={others.iter().map(|s| (s.id.clone(), text::snapshot_label(s))).collect::<Vec<_>>()} dispatch={dispatch.clone()} />
            }
            <RadarChart
                id="pa-chart-overall"
                title={text::OVERALL_CHART_TITLE}
                description={chart_description(&set.scale, &overall_axes)}
                levels={levels}
                axes={overall_axes.clone()}
            />
            { category_table(&summary.categories, levels, summary.is_partial()) }
            { highlights_section(set, answers) }
            if own {
                <PlanSection set={set} answers={answers.clone()} plan={session.plan.clone()} dispatch={dispatch.clone()} />
            }
            <h3>{ text::BY_CATEGORY_HEADING }</h3>
            { for summary.categories.iter().map(|score| category_section(score, answers, &set.scale)) }
            <div class="pa-button-row">
                if in_progress {
                    <button type="button" class="pa-button pa-primary" onclick={send(Action::Begin)}>{ text::BACK_TO_QUESTIONS }</button>
                } else {
                    <button type="button" class="pa-button pa-primary" onclick={send(Action::GoTo(Screen::History))}>{ text::HISTORY }</button>
                }
                <button type="button" class="pa-button pa-secondary" onclick={send(Action::GoTo(Screen::Welcome))}>{ text::HOME }</button>
            </div>
            if in_progress {
                <ConfirmButton label={text::START_OVER} question={text::START_OVER_QUESTION}
                    confirm_label={text::START_OVER_CONFIRM} on_confirm={start_over} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CompareChooserProps {
    this_id: String,
    /// Snapshot ids with their labels.
    others: Vec<(String, String)>,
    dispatch: Dispatch,
}

/// "Compare with…": a list of the other assessments of the same set, and a button.
#[function_component(CompareChooser)]
fn compare_chooser(props: &CompareChooserProps) -> Html {
    let select = use_node_ref();
    let compare = {
        let select = select.clone();
        let dispatch = props.dispatch.clone();
        let this_id = props.this_id.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                // The other one is the baseline; these results are the later side.
                dispatch.dispatch(Action::GoTo(Screen::Compare { first: select.value(), second: this_id.clone() }));
            }
        })
    };
    html! {
        <div class="pa-compare-with pa-no-print">
            <label for="pa-compare-with">{ text::COMPARE_WITH }</label>
            <div class="pa-inline-form">
                <select id="pa-compare-with" ref={select}>
                    { for props.others.iter().rev().map(|(id, label)| html! { <option value={id.clone()}>{ label }</option> }) }
                </select>
                <button type="button" class="pa-button pa-secondary" onclick={compare}>{ text::COMPARE }</button>
            </div>
        </div>
    }
}

/// The chart's text description: the scale, then every axis with its value.
pub(super) fn chart_description(scale: &Scale, axes: &[RadarAxis]) -> String {
    let levels = scale.levels();
    let lowest = scale.label(1).unwrap_or_default();
    let highest = scale.label(levels).unwrap_or_default();
    let values: Vec<String> = axes.iter().map(|a| format!("{}: {}", a.full, a.value_text)).collect();
    format!("Radar chart on a scale from 1 ({lowest}) to {levels} ({highest}). {}.", values.join("; "))
}

fn category_table(scores: &[CategoryScore], levels: u8, partial: bool) -> Html {
    html! {
        <div class="pa-table-wrap" tabindex="0" role="region" aria-label={text::CATEGORY_TABLE_CAPTION}>
            <table class="pa-table">
                <caption>{ format!("{} (1 to {levels})", text::CATEGORY_TABLE_CAPTION) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Category" }</th>
                        <th scope="col">{ "Mean" }</th>
                        <th scope="col">{ "Rated" }</th>
                        <th scope="col"><abbr title="Not applicable">{ "N/A" }</abbr></th>
                        if partial {
                            <th scope="col">{ "Not answered" }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    { for scores.iter().map(|s| html! {
                        <tr key={s.category.id.clone()}>
                            <th scope="row">{ s.category.numbered_title() }</th>
                            <td class="pa-mean">{ format_mean(s.mean) }</td>
                            <td>{ s.rated }</td>
                            <td>{ s.not_applicable }</td>
                            if partial {
                                <td>{ s.unanswered }</td>
                            }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn highlights_section(set: &CompetencySet, answers: &Answers) -> Html {
    let found = highlights(set, answers, 3);
    let scale = &set.scale;
    let category_line = |scores: &[CategoryScore], lead: &str| -> Html {
        if scores.is_empty() {
            return html! {};
        }
        let names: Vec<String> = scores
            .iter()
            .map(|s| format!("{} ({})", s.category.numbered_short_title(), format_mean(s.mean)))
            .collect();
        html! { <p>{ format!("{lead}: {}.", names.join(", ")) }</p> }
    };
    let competency_list = |scores: &[CompetencyScore]| -> Html {
        html! {
            <ul class="pa-highlight-list">
                { for scores.iter().map(|s| html! {
                    <li>
                        { &s.competency.text }
                        <span class="pa-highlight-level">
                            { format!(" — {} ({})", rating_text(s.rating, scale), s.category.numbered_short_title()) }
                        </span>
                    </li>
                }) }
            </ul>
        }
    };
    html! {
        <div class="pa-highlights">
            <section aria-labelledby="pa-strengths-heading">
                <h3 id="pa-strengths-heading">{ text::STRENGTHS_HEADING }</h3>
                if found.strongest_categories.is_empty() && found.strongest_competencies.is_empty() {
                    <p>{ text::NO_STRENGTHS }</p>
                } else {
                    { category_line(&found.strongest_categories, "Your highest-rated categories") }
                    if !found.strongest_competencies.is_empty() {
                        <p>{ "Competencies you rated highest:" }</p>
                        { competency_list(&found.strongest_competencies) }
                    }
                }
            </section>
            <section aria-labelledby="pa-growth-heading">
                <h3 id="pa-growth-heading">{ text::GROWTH_HEADING }</h3>
                if found.growth_categories.is_empty() && found.growth_competencies.is_empty() {
                    <p>{ text::NO_GROWTH }</p>
                } else {
                    { category_line(&found.growth_categories, "Categories with the most room to grow") }
                    if !found.growth_competencies.is_empty() {
                        <p>{ "Competencies you rated lowest:" }</p>
                        { competency_list(&found.growth_competencies) }
                    }
                }
            </section>
        </div>
    }
}

pub(super) fn rating_text(rating: Option<Rating>, scale: &Scale) -> String {
    match rating {
        Some(Rating::Level(level)) => format!("{level} · {}", scale.label(level).unwrap_or_default()),
        Some(Rating::NotApplicable) => text::NOT_APPLICABLE.to_string(),
        None => text::NOT_ANSWERED.to_string(),
    }
}

fn category_section(score: &CategoryScore, answers: &Answers, scale: &Scale) -> Html {
    let category = score.category;
    let scores = competency_scores(category, answers);
    let axes: Vec<RadarAxis> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| RadarAxis {
            label: format!("#{}", i + 1),
            full: format!("{}. {}", i + 1, s.competency.text),
            values: vec![s.level().map(f64::from)],
            value_text: rating_text(s.rating, scale),
        })
        .collect();
    let heading_id = format!("pa-category-{}", category.id);
    let caption = format!("{}: ratings", category.numbered_short_title());
    html! {
        <section class="pa-category-result" aria-labelledby={heading_id.clone()} key={category.id.clone()}>
            <h4 id={heading_id}>{ category.numbered_title() }</h4>
            <p class="pa-category-mean">{ format!("Mean: {}", format_mean(score.mean)) }</p>
            <RadarChart
                id={format!("pa-chart-{}", category.id)}
                title={format!("{}: rating per competency", category.numbered_title())}
                description={chart_description(scale, &axes)}
                levels={scale.levels()}
                axes={axes}
            />
            <div class="pa-table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
                <table class="pa-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            <th scope="col">{ "Competency" }</th>
                            <th scope="col">{ "Your rating" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for scores.iter().enumerate().map(|(i, s)| html! {
                            <tr key={s.competency.id.clone()}>
                                <td>{ i + 1 }</td>
                                <th scope="row" class="pa-competency-cell">
                                    { &s.competency.text }
                                    if !answers.note(&s.competency.id).is_empty() {
                                        <span class="pa-table-note">{ format!("Note: {}", answers.note(&s.competency.id)) }</span>
                                    }
                                </th>
                                <td class="pa-rating-cell">{ rating_text(s.rating, scale) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
