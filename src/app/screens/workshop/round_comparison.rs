//! Two rounds compared as groups: one radar with both rounds' means (solid with circles, dashed
//! with squares), per category both means, the change and the people, per competency how many
//! chose each level in each round (folded), the competencies that moved most and least, and in
//! words where the mean rose and fell most. Printed, it is the page after the rounds' pages.

use super::group_results::level_heads;
use crate::app::text::Text;
use crate::app::widgets::{chart_description, highlight_list, DataTable, Highlight};
use crate::app::widgets::{RadarAxis, RadarChart};
use crate::core::comparison::format_change;
use crate::core::competency_set::CompetencySet;
use crate::core::workshop::{CompetencyChange, RoundComparison};
use yew::prelude::*;

pub fn round_comparison(
    t: &Text,
    set: &CompetencySet,
    names: (&str, &str),
    comparison: &RoundComparison,
) -> Html {
    let levels = set.scale.levels();
    let axes: Vec<RadarAxis> = comparison
        .categories
        .iter()
        .map(|c| {
            let value_text = format!(
                "{}: {}, {}: {} ({})",
                names.0,
                t.mean(c.first),
                names.1,
                t.mean(c.second),
                format_change(c.change)
            );
            RadarAxis::for_category(c.category, vec![c.first, c.second], value_text)
        })
        .collect();
    let series = vec![
        AttrValue::from(names.0.to_string()),
        names.1.to_string().into(),
    ];
    let category_rows = comparison.categories.iter().map(|c| {
        html! {
            <tr key={c.category.id.clone()}>
                <th scope="row">{ c.category.numbered_short_title() }</th>
                <td class="pa-mean">{ t.mean(c.first) }</td>
                <td class="pa-mean">{ t.mean(c.second) }</td>
                <td class="pa-mean">{ format_change(c.change) }</td>
                <td>{ format!("{} / {}", c.rated_by.0, c.rated_by.1) }</td>
            </tr>
        }
    });
    let moved = |list: Vec<&CompetencyChange>| -> Vec<Highlight> {
        list.iter()
            .map(|c| Highlight {
                key: c.competency.id.clone(),
                text: c.competency.text.clone(),
                detail: format!(
                    " — {} → {} ({}, {})",
                    t.mean(c.first.mean),
                    t.mean(c.second.mean),
                    format_change(c.change),
                    c.category.numbered_short_title()
                ),
            })
            .collect()
    };
    let (most, least) = (
        moved(comparison.moved_most(3)),
        moved(comparison.moved_least(3)),
    );
    let rose = comparison.rose_most().map(|c| t.moved_category(c, true));
    let fell = comparison.fell_most().map(|c| t.moved_category(c, false));
    let count_rows = comparison.competencies.iter().map(|c| {
        let row = |name: &str, counts: &[usize], na: usize, mean: Option<f64>| {
            html! {
                <>
                    <td>{ name.to_string() }</td>
                    { for counts.iter().map(|n| html! { <td>{ n }</td> }) }
                    <td>{ na }</td>
                    <td class="pa-mean">{ t.mean(mean) }</td>
                </>
            }
        };
        let first = &c.first;
        let second = &c.second;
        html! {
            <>
                <tr key={format!("{}-1", c.competency.id)}>
                    <th scope="rowgroup" rowspan="2">
                        { format!("{} {}", c.competency.id, c.competency.text) }
                    </th>
                    { row(names.0, &first.counts, first.not_applicable, first.mean) }
                    <td class="pa-mean" rowspan="2">{ format_change(c.change) }</td>
                </tr>
                <tr key={format!("{}-2", c.competency.id)}>
                    { row(names.1, &second.counts, second.not_applicable, second.mean) }
                </tr>
            </>
        }
    });
    html! {
        <section class="pa-round-comparison" aria-labelledby="pa-round-comparison-heading">
            <h3 id="pa-round-comparison-heading">{ t.compare_rounds_heading }</h3>
            <p class="pa-not-anonymous" role="note">{ t.rounds_anonymous }</p>
            <p class="pa-overall">{ rose.unwrap_or_else(|| t.no_rise.to_string()) }</p>
            if let Some(fell) = fell {
                <p>{ fell }</p>
            }
            <div class="pa-chart-and-table">
            <RadarChart id="pa-chart-rounds" title={t.rounds_chart_title}
                description={chart_description(t, &set.scale, &axes)} {levels} {axes} {series} />
            { DataTable::captioned(t.rounds_table_caption).view(html! { <>
                <thead><tr>
                    <th scope="col">{ t.category }</th>
                    <th scope="col">{ names.0.to_string() }</th>
                    <th scope="col">{ names.1.to_string() }</th>
                    <th scope="col">{ t.col_change }</th>
                    <th scope="col">{ t.col_people }</th>
                </tr></thead>
                <tbody>{ for category_rows }</tbody>
            </> }) }
            </div>
            <div class="pa-highlights">
                <section aria-labelledby="pa-moved-most-heading">
                    <h3 id="pa-moved-most-heading">{ t.moved_most }</h3>
                    { highlight_list(&most, true) }
                </section>
                <section aria-labelledby="pa-moved-least-heading">
                    <h3 id="pa-moved-least-heading">{ t.moved_least }</h3>
                    { highlight_list(&least, true) }
                </section>
            </div>
            <details class="pa-table-details pa-no-print">
                <summary>{ t.level_counts }</summary>
                { DataTable::captioned(t.rounds_counts_caption).with_class("pa-counts")
                    .view(html! { <>
                    <thead><tr>
                        <th scope="col">{ t.competency }</th>
                        <th scope="col">{ t.rounds_heading }</th>
                        { level_heads(set) }
                        <th scope="col"><abbr title={t.not_applicable}>{ t.col_na }</abbr></th>
                        <th scope="col">{ t.mean }</th>
                        <th scope="col">{ t.col_change }</th>
                    </tr></thead>
                    <tbody>{ for count_rows }</tbody>
                </> }) }
            </details>
        </section>
    }
}
