//! Results: the radar over all categories, a radar per category, the numbers as tables, and
//! strengths and growth areas in words. Partial results are marked as partial.

use super::confirm_button::ConfirmButton;
use super::hand_over::HandOver;
use super::plan_section::PlanSection;
use super::share_section::ShareSection;
use super::radar_chart::{RadarAxis, RadarChart};
use super::{browser, Dispatch};
use super::text::{use_text, Text};
use crate::core::assessment::Answers;
use crate::core::competency_set::{CompetencySet, Scale};
use crate::core::csv_export::{assessment_csv, CsvWords};
use crate::core::history::{snapshots_of, Rater, Snapshot};
use crate::core::rating::Rating;
use crate::core::scoring::{competency_scores, highlights, summarize, CategoryScore, CompetencyScore};
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
    let t = use_text();
    let session = &props.session;
    let shown = match props.snapshot.as_deref().and_then(|id| session.snapshot(id)) {
        Some(snapshot) => Shown { set: snapshot.set().unwrap_or_else(|| session.set()), answers: snapshot.answers.clone(), snapshot: Some(snapshot) },
        None => Shown { set: session.set(), answers: session.current_answers(), snapshot: None },
    };
    let set = t.set(shown.set);
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
            let csv = assessment_csv(set, &answers, &CsvWords { header: t.csv_header, not_applicable: t.not_applicable, not_answered: t.not_answered });
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
            value_text: t.mean(score.mean),
        })
        .collect();
    let heading = match (shown.snapshot, rating_other) {
        (Some(snapshot), _) => t.snapshot_heading(&snapshot.rater, snapshot.date()),
        (None, true) => t.rating_of_heading(session.rating_of_someone_else.as_ref().map(|o| o.person.as_str()).unwrap_or("")),
        (None, false) => t.results_heading.to_string(),
    };

    html! {
        <section class="pa-screen pa-results" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ heading }</h2>
            <p class="pa-set-title">{ t.report_line(&set.title, &shown.snapshot.map(|s| s.date().to_string()).unwrap_or_else(browser::today), in_progress) }</p>
            if let Some(Snapshot { rater: Rater::Other { name, role }, .. }) = shown.snapshot {
                <p class="pa-not-anonymous" role="note">{ t.received_rating_note(name, *role) }</p>
            }
            if rating_other {
                <HandOver session={session.clone()} dispatch={dispatch.clone()} />
            }
            if summary.is_partial() {
                <p class="pa-partial" role="note">{ t.partial_results(summary.answered, summary.total) }</p>
            }
            if rated == 0 {
                <p>{ t.nothing_rated }</p>
            } else {
                <p class="pa-overall">{ t.overall_mean(&t.mean(summary.overall_mean), levels, rated, not_applicable) }</p>
            }
            <div class="pa-button-row pa-toolbar">
                if in_progress && own && summary.answered > 0 {
                    <button type="button" class="pa-button pa-primary" onclick={finish}>{ t.finish }</button>
                }
                <button type="button" class="pa-button pa-secondary" onclick={print}>{ t.print }</button>
                <button type="button" class="pa-button pa-secondary" onclick={download_csv}>{ t.download_csv }</button>
            </div>
            if in_progress && own && summary.answered > 0 {
                <p class="pa-hint pa-no-print">{ t.finish_hint }</p>
            }
            if !others.is_empty() && !rating_other {
                <CompareChooser this_id={this_id.clone()} others={others.iter().map(|s| (s.id.clone(), t.snapshot_label(s))).collect::<Vec<_>>()} dispatch={dispatch.clone()} />
            }
            <RadarChart
                id="pa-chart-overall"
                title={t.overall_chart_title}
                description={chart_description(t, &set.scale, &overall_axes)}
                levels={levels}
                axes={overall_axes.clone()}
            />
            { category_table(t, &summary.categories, levels, summary.is_partial()) }
            { highlights_section(t, set, answers) }
            if own && summary.answered > 0 {
                <ShareSection set={set} answers={answers.clone()}
                    date={shown.snapshot.map(|s| s.date().to_string()).unwrap_or_else(browser::today)} />
            }
            if own {
                <PlanSection set={set} answers={answers.clone()} plan={session.plan.clone()} dispatch={dispatch.clone()} />
            }
            <h3>{ t.by_category_heading }</h3>
            { for summary.categories.iter().map(|score| category_section(t, score, answers, &set.scale)) }
            <div class="pa-button-row">
                if in_progress {
                    <button type="button" class="pa-button pa-primary" onclick={send(Action::Begin)}>{ t.back_to_questions }</button>
                } else {
                    <button type="button" class="pa-button pa-primary" onclick={send(Action::GoTo(Screen::History))}>{ t.history }</button>
                }
                <button type="button" class="pa-button pa-secondary" onclick={send(Action::GoTo(Screen::Welcome))}>{ t.home }</button>
            </div>
            if in_progress {
                <ConfirmButton label={t.start_over} question={t.start_over_question}
                    confirm_label={t.start_over_confirm} on_confirm={start_over} />
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
    let t = use_text();
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
            <label for="pa-compare-with">{ t.compare_with }</label>
            <div class="pa-inline-form">
                <select id="pa-compare-with" ref={select}>
                    { for props.others.iter().rev().map(|(id, label)| html! { <option value={id.clone()}>{ label }</option> }) }
                </select>
                <button type="button" class="pa-button pa-secondary" onclick={compare}>{ t.compare }</button>
            </div>
        </div>
    }
}

/// The chart's text description: the scale, then every axis with its value.
pub(super) fn chart_description(t: &Text, scale: &Scale, axes: &[RadarAxis]) -> String {
    let levels = scale.levels();
    let lowest = scale.label(1).unwrap_or_default();
    let highest = scale.label(levels).unwrap_or_default();
    let values: Vec<String> = axes.iter().map(|a| format!("{}: {}", a.full, a.value_text)).collect();
    t.chart_description(lowest, levels, highest, &values.join("; "))
}

fn category_table(t: &Text, scores: &[CategoryScore], levels: u8, partial: bool) -> Html {
    html! {
        <div class="pa-table-wrap" tabindex="0" role="region" aria-label={t.category_table_caption}>
            <table class="pa-table">
                <caption>{ t.scale_caption(t.category_table_caption, levels) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.category }</th>
                        <th scope="col">{ t.mean }</th>
                        <th scope="col">{ t.col_rated }</th>
                        <th scope="col"><abbr title={t.not_applicable}>{ t.col_na }</abbr></th>
                        if partial {
                            <th scope="col">{ t.col_not_answered }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    { for scores.iter().map(|s| html! {
                        <tr key={s.category.id.clone()}>
                            <th scope="row">{ s.category.numbered_title() }</th>
                            <td class="pa-mean">{ t.mean(s.mean) }</td>
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

fn highlights_section(t: &Text, set: &CompetencySet, answers: &Answers) -> Html {
    let found = highlights(set, answers, 3);
    let scale = &set.scale;
    let category_line = |scores: &[CategoryScore], lead: &dyn Fn(&str) -> String| -> Html {
        if scores.is_empty() {
            return html! {};
        }
        let names: Vec<String> = scores
            .iter()
            .map(|s| format!("{} ({})", s.category.numbered_short_title(), t.mean(s.mean)))
            .collect();
        html! { <p>{ lead(&names.join(", ")) }</p> }
    };
    let competency_list = |scores: &[CompetencyScore]| -> Html {
        html! {
            <ul class="pa-highlight-list">
                { for scores.iter().map(|s| html! {
                    <li>
                        { &s.competency.text }
                        <span class="pa-highlight-level">
                            { format!(" — {} ({})", rating_text(t, s.rating, scale), s.category.numbered_short_title()) }
                        </span>
                    </li>
                }) }
            </ul>
        }
    };
    html! {
        <div class="pa-highlights">
            <section aria-labelledby="pa-strengths-heading">
                <h3 id="pa-strengths-heading">{ t.strengths_heading }</h3>
                if found.strongest_categories.is_empty() && found.strongest_competencies.is_empty() {
                    <p>{ t.no_strengths }</p>
                } else {
                    { category_line(&found.strongest_categories, &|list: &str| t.highest_categories(list)) }
                    if !found.strongest_competencies.is_empty() {
                        <p>{ t.highest_competencies }</p>
                        { competency_list(&found.strongest_competencies) }
                    }
                }
            </section>
            <section aria-labelledby="pa-growth-heading">
                <h3 id="pa-growth-heading">{ t.growth_heading }</h3>
                if found.growth_categories.is_empty() && found.growth_competencies.is_empty() {
                    <p>{ t.no_growth }</p>
                } else {
                    { category_line(&found.growth_categories, &|list: &str| t.growth_categories(list)) }
                    if !found.growth_competencies.is_empty() {
                        <p>{ t.lowest_competencies }</p>
                        { competency_list(&found.growth_competencies) }
                    }
                }
            </section>
        </div>
    }
}

pub(super) fn rating_text(t: &Text, rating: Option<Rating>, scale: &Scale) -> String {
    match rating {
        Some(Rating::Level(level)) => format!("{level} · {}", scale.label(level).unwrap_or_default()),
        Some(Rating::NotApplicable) => t.not_applicable.to_string(),
        None => t.not_answered.to_string(),
    }
}

fn category_section(t: &Text, score: &CategoryScore, answers: &Answers, scale: &Scale) -> Html {
    let category = score.category;
    let scores = competency_scores(category, answers);
    let axes: Vec<RadarAxis> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| RadarAxis {
            label: format!("#{}", i + 1),
            full: format!("{}. {}", i + 1, s.competency.text),
            values: vec![s.level().map(f64::from)],
            value_text: rating_text(t, s.rating, scale),
        })
        .collect();
    let heading_id = format!("pa-category-{}", category.id);
    let caption = t.category_ratings_caption(&category.numbered_short_title());
    html! {
        <section class="pa-category-result" aria-labelledby={heading_id.clone()} key={category.id.clone()}>
            <h4 id={heading_id}>{ category.numbered_title() }</h4>
            <p class="pa-category-mean">{ t.category_mean(&t.mean(score.mean)) }</p>
            <RadarChart
                id={format!("pa-chart-{}", category.id)}
                title={t.category_chart_title(&category.numbered_title())}
                description={chart_description(t, scale, &axes)}
                levels={scale.levels()}
                axes={axes}
            />
            <div class="pa-table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
                <table class="pa-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            <th scope="col">{ t.competency }</th>
                            <th scope="col">{ t.col_your_rating }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for scores.iter().enumerate().map(|(i, s)| html! {
                            <tr key={s.competency.id.clone()}>
                                <td>{ i + 1 }</td>
                                <th scope="row" class="pa-competency-cell">
                                    { &s.competency.text }
                                    if !answers.note(&s.competency.id).is_empty() {
                                        <span class="pa-table-note">{ t.note_prefix(answers.note(&s.competency.id)) }</span>
                                    }
                                </th>
                                <td class="pa-rating-cell">{ rating_text(t, s.rating, scale) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
