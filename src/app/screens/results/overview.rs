//! The results over all categories: the radar of the mean per category, and the same numbers as
//! a table, folded (the categories' summaries show the means too) and apart from the radar, so
//! that the actions can come right after it.

use crate::app::text::Text;
use crate::app::widgets::{chart_description, DataTable, RadarAxis, RadarChart};
use crate::core::competency_set::CompetencySet;
use crate::core::scoring::Summary;
use yew::prelude::*;

pub fn overall_chart(t: &Text, set: &CompetencySet, summary: &Summary) -> Html {
    let levels = set.scale.levels();
    let axes: Vec<RadarAxis> = summary
        .categories
        .iter()
        .map(|s| RadarAxis::for_category(s.category, vec![s.mean], t.mean(s.mean)))
        .collect();
    html! {
        <RadarChart id="pa-chart-overall" title={t.overall_chart_title}
            description={chart_description(t, &set.scale, &axes)} {levels} {axes} />
    }
}

pub fn overall_table(t: &Text, set: &CompetencySet, summary: &Summary) -> Html {
    let levels = set.scale.levels();
    let partial = summary.is_partial();
    let caption = t.scale_caption(t.category_table_caption, levels);
    let rows = summary.categories.iter().map(|s| {
        html! {
            <tr key={s.category.id.clone()}>
                <th scope="row">{ s.category.numbered_short_title() }</th>
                <td class="pa-mean">{ t.mean(s.mean) }</td>
                <td>{ s.rated }</td>
                <td>{ s.not_applicable }</td>
                if partial {
                    <td>{ s.unanswered }</td>
                }
            </tr>
        }
    });
    html! {
        <details class="pa-table-details">
            <summary>{ t.overall_table_summary }</summary>
            { DataTable::labelled(caption, t.category_table_caption).view(html! { <>
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
                <tbody>{ for rows }</tbody>
            </> }) }
        </details>
    }
}
