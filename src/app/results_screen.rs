//! Results: the radar over all categories, a radar per category, the numbers as tables, and
//! strengths and growth areas in words. Partial results are marked as partial.

use super::confirm_button::ConfirmButton;
use super::radar_chart::{RadarAxis, RadarChart};
use super::{text, Dispatch};
use crate::core::competency_set::{CompetencySet, Scale};
use crate::core::rating::Rating;
use crate::core::scoring::{competency_scores, format_mean, highlights, summarize, CategoryScore, CompetencyScore};
use crate::core::session::{Action, Screen, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
}

#[function_component(ResultsScreen)]
pub fn results_screen(props: &ResultsScreenProps) -> Html {
    let set = props.session.set();
    let answers = props.session.current_answers();
    let summary = summarize(set, &answers);
    let levels = set.scale.levels();
    let dispatch = props.dispatch.clone();

    let back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Begin))
    };
    let home = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::GoTo(Screen::Welcome)))
    };
    let start_over = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::StartOver))
    };

    let rated: usize = summary.categories.iter().map(|c| c.rated).sum();
    let not_applicable: usize = summary.categories.iter().map(|c| c.not_applicable).sum();
    let overall_axes: Vec<RadarAxis> = summary
        .categories
        .iter()
        .map(|score| RadarAxis {
            label: score.category.numbered_short_title(),
            full: score.category.numbered_title(),
            value: score.mean,
            value_text: format_mean(score.mean),
        })
        .collect();

    html! {
        <section class="pa-screen pa-results" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ text::RESULTS_HEADING }</h2>
            <p class="pa-set-title">{ &set.title }</p>
            if summary.is_partial() {
                <p class="pa-partial" role="note">{ text::partial_results(summary.answered, summary.total) }</p>
            }
            if rated == 0 {
                <p>{ text::NOTHING_RATED }</p>
            } else {
                <p class="pa-overall">{ text::overall_mean(&format_mean(summary.overall_mean), levels, rated, not_applicable) }</p>
            }
            <RadarChart
                id="pa-chart-overall"
                title={text::OVERALL_CHART_TITLE}
                description={chart_description(&set.scale, &overall_axes)}
                levels={levels}
                axes={overall_axes.clone()}
            />
            { category_table(&summary.categories, levels, summary.is_partial()) }
            { highlights_section(set, &answers) }
            <h3>{ text::BY_CATEGORY_HEADING }</h3>
            { for summary.categories.iter().map(|score| category_section(score, &answers, &set.scale)) }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={back}>{ text::BACK_TO_QUESTIONS }</button>
                <button type="button" class="pa-button pa-secondary" onclick={home}>{ "Home" }</button>
            </div>
            <ConfirmButton label={text::START_OVER} question={text::START_OVER_QUESTION}
                confirm_label={text::START_OVER_CONFIRM} on_confirm={start_over} />
        </section>
    }
}

/// The chart's text description: the scale, then every axis with its value.
fn chart_description(scale: &Scale, axes: &[RadarAxis]) -> String {
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

fn highlights_section(set: &CompetencySet, answers: &crate::core::assessment::Answers) -> Html {
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

fn rating_text(rating: Option<Rating>, scale: &Scale) -> String {
    match rating {
        Some(Rating::Level(level)) => format!("{level} · {}", scale.label(level).unwrap_or_default()),
        Some(Rating::NotApplicable) => text::NOT_APPLICABLE.to_string(),
        None => text::NOT_ANSWERED.to_string(),
    }
}

fn category_section(score: &CategoryScore, answers: &crate::core::assessment::Answers, scale: &Scale) -> Html {
    let category = score.category;
    let scores = competency_scores(category, answers);
    let axes: Vec<RadarAxis> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| RadarAxis {
            label: format!("#{}", i + 1),
            full: format!("{}. {}", i + 1, s.competency.text),
            value: s.level().map(f64::from),
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
