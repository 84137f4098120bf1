//! One category's results: its mean, a radar over its competencies and a table of the ratings
//! with their notes.

use crate::app::text::Text;
use crate::app::widgets::{chart_description, DataTable, RadarAxis, RadarChart};
use crate::core::assessment::Answers;
use crate::core::competency_set::Scale;
use crate::core::scoring::{competency_scores, CategoryScore};
use yew::prelude::*;

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
                <td class="pa-rating-cell">{ t.rating(s.rating, scale) }</td>
            </tr>
        }
    });
    let heading_id = format!("pa-category-{}", category.id);
    let caption = t.category_ratings_caption(&category.numbered_short_title());
    html! {
        <section class="pa-category-result" aria-labelledby={heading_id.clone()}
            key={category.id.clone()}>
            <h4 id={heading_id}>{ category.numbered_title() }</h4>
            <p class="pa-category-mean">{ t.category_mean(&t.mean(score.mean)) }</p>
            <RadarChart id={format!("pa-chart-{}", category.id)}
                title={t.category_chart_title(&category.numbered_title())}
                description={chart_description(t, scale, &axes)} levels={scale.levels()} {axes} />
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
    }
}
