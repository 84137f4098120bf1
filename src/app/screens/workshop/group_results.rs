//! The room's profile in one round: group means per category with their range, the lowest-rated
//! competencies as training topics, and (folded, on screen) how many chose each level of each
//! competency. Printed, each round's profile is a page without the level counts.

use crate::app::text::Text;
use crate::app::widgets::{chart_description, highlight_list, DataTable, Highlight};
use crate::app::widgets::{RadarAxis, RadarChart};
use crate::core::competency_set::CompetencySet;
use crate::core::workshop::GroupSummary;
use yew::prelude::*;

/// The profile; `id` makes its chart's ids unique on the page; `counts` adds the level counts.
pub fn group_results(
    t: &Text,
    set: &CompetencySet,
    summary: &GroupSummary,
    id: &str,
    counts: bool,
) -> Html {
    let axes: Vec<RadarAxis> = summary
        .categories
        .iter()
        .map(|c| {
            let value_text = t.group_value(&t.mean(c.mean), &t.mean(c.min), &t.mean(c.max));
            RadarAxis::for_category(c.category, vec![c.mean], value_text)
        })
        .collect();
    let band: Vec<(Option<f64>, Option<f64>)> =
        summary.categories.iter().map(|c| (c.min, c.max)).collect();
    let levels = set.scale.levels();
    let category_rows = summary.categories.iter().map(|c| {
        html! {
            <tr key={c.category.id.clone()}>
                <th scope="row">{ c.category.numbered_short_title() }</th>
                <td class="pa-mean">{ t.mean(c.mean) }</td>
                <td>{ t.mean(c.min) }</td>
                <td>{ t.mean(c.max) }</td>
                <td>{ c.rated_by }</td>
            </tr>
        }
    });
    let topics: Vec<Highlight> = summary
        .training_topics(5)
        .iter()
        .map(|c| Highlight {
            key: c.competency.id.clone(),
            text: c.competency.text.clone(),
            detail: format!(
                " — {} ({})",
                t.mean(c.mean),
                c.category.numbered_short_title()
            ),
        })
        .collect();
    let count_rows = summary.competencies.iter().map(|c| {
        html! {
            <tr key={c.competency.id.clone()}>
                <th scope="row">{ format!("{} {}", c.competency.id, c.competency.text) }</th>
                { for c.counts.iter().map(|n| html! { <td>{ n }</td> }) }
                <td>{ c.not_applicable }</td>
                <td class="pa-mean">{ t.mean(c.mean) }</td>
            </tr>
        }
    });
    html! {
        <>
            <div class="pa-chart-and-table">
            <div>
            <RadarChart id={format!("pa-chart-{id}")} title={t.group_chart_title}
                description={chart_description(t, &set.scale, &axes)} {levels} {axes} {band} />
            <p class="pa-hint pa-print-keep">{ t.group_chart_hint }</p>
            </div>
            { DataTable::captioned(t.group_table_caption).view(html! { <>
                <thead><tr>
                    <th scope="col">{ t.category }</th>
                    <th scope="col">{ t.mean }</th>
                    <th scope="col">{ t.lowest }</th>
                    <th scope="col">{ t.highest }</th>
                    <th scope="col">{ t.rated_by_count }</th>
                </tr></thead>
                <tbody>{ for category_rows }</tbody>
            </> }) }
            </div>
            <section class="pa-highlights" aria-labelledby={format!("pa-topics-{id}")}>
                <section>
                    <h3 id={format!("pa-topics-{id}")}>{ t.training_topics }</h3>
                    <p>{ t.training_topics_intro }</p>
                    { highlight_list(&topics, true) }
                </section>
            </section>
            if counts {
                <details class="pa-table-details pa-no-print">
                    <summary>{ t.level_counts }</summary>
                    { DataTable::labelled(t.level_counts_caption, t.level_counts)
                        .with_class("pa-counts")
                        .view(html! { <>
                        <thead><tr>
                            <th scope="col">{ t.competency }</th>
                            { level_heads(set) }
                            <th scope="col"><abbr title={t.not_applicable}>{ t.col_na }</abbr></th>
                            <th scope="col">{ t.mean }</th>
                        </tr></thead>
                        <tbody>{ for count_rows }</tbody>
                    </> }) }
                </details>
            }
        </>
    }
}

/// The column headings of the levels, each number with its label as its title.
pub fn level_heads(set: &CompetencySet) -> Html {
    let heads = (1..=set.scale.levels()).map(|l| {
        let label = set.scale.label(l).unwrap_or_default().to_string();
        html! { <th scope="col"><abbr title={label}>{ l }</abbr></th> }
    });
    html! { { for heads } }
}
