//! One category's results, folded until asked for: its short title and mean as the disclosure's
//! summary; inside, its full title, a radar over its competencies and a table of the ratings with
//! their notes. Print shows every category unfolded (see the print styles), its ratings as numbers
//! after the scale's legend.

use crate::app::text::Text;
use crate::app::widgets::{chart_description, DataTable, RadarAxis, RadarChart};
use crate::core::assessment::Answers;
use crate::core::competency_set::Scale;
use crate::core::rating::Rating;
use crate::core::scoring::{competency_scores, CategoryScore};
use yew::prelude::*;

/// A rating as the printed report's tables show it, after the scale's legend: "3", "N/A", "—".
fn short_rating(t: &Text, rating: Option<Rating>) -> String {
    match rating {
        Some(Rating::Level(level)) => level.to_string(),
        Some(Rating::NotApplicable) => t.col_na.to_string(),
        None => "—".to_string(),
    }
}

/// The scale once, for the printed report: "1 Not skilled at all · … · N/A Not applicable".
pub fn scale_legend(t: &Text, scale: &Scale) -> Html {
    let mut parts: Vec<String> = (1..=scale.levels())
        .map(|level| format!("{level} {}", scale.label(level).unwrap_or_default()))
        .collect();
    parts.push(format!("{} {}", t.col_na, t.not_applicable));
    html! { <p class="pa-scale-legend pa-print-only">{ parts.join(" · ") }</p> }
}

pub fn category_detail(t: &Text, score: &CategoryScore, answers: &Answers, scale: &Scale) -> Html {
    let category = score.category;
    let scores = competency_scores(category, answers);
    let axes: Vec<RadarAxis> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let value = vec![s.level().map(f64::from)];
            RadarAxis::for_competency(i + 1, s.competency, value, t.rating(s.rating, scale))
        })
        .collect();
    let rows = scores.iter().enumerate().map(|(i, s)| {
        let note = answers.note(&s.competency.id);
        html! {
            <tr key={s.competency.id.clone()}>
                <td>{ i + 1 }</td>
                <th scope="row" class="pa-competency-cell">
                    { &s.competency.text }
                    if !note.is_empty() {
                        <span class="pa-table-note">{ t.note_prefix(note) }</span>
                    }
                </th>
                <td class="pa-rating-cell">
                    <span class="pa-rating-full">{ t.rating(s.rating, scale) }</span>
                    <span class="pa-rating-short" aria-hidden="true">
                        { short_rating(t, s.rating) }
                    </span>
                </td>
            </tr>
        }
    });
    let heading_id = format!("pa-category-{}", category.id);
    let caption = t.category_ratings_caption(&category.numbered_short_title());
    let mean = t.category_mean(&t.mean(score.mean));
    html! {
        <details class="pa-category-result" key={category.id.clone()}>
            <summary>
                <span class="pa-summary-title">{ category.numbered_short_title() }</span>
                <span class="pa-summary-mean">{ mean.clone() }</span>
            </summary>
            <section class="pa-category-body" aria-labelledby={heading_id.clone()}>
                <h4 id={heading_id}>{ category.numbered_title() }</h4>
                <p class="pa-category-mean">{ mean }</p>
                <RadarChart id={format!("pa-chart-{}", category.id)}
                    title={t.category_chart_title(&category.numbered_title())}
                    description={chart_description(t, scale, &axes)} levels={scale.levels()}
                    {axes} />
                { DataTable::captioned(caption).view(html! { <>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            <th scope="col">{ t.competency }</th>
                            <th scope="col">{ t.col_your_rating }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </> }) }
            </section>
        </details>
    }
}
