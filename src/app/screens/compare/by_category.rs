//! One category of a comparison: both ratings of each competency on one radar, and a table with
//! the change.

use crate::app::text::Text;
use crate::app::widgets::{chart_description, DataTable, RadarAxis, RadarChart};
use crate::core::comparison::{format_level_change, CompetencyChange};
use crate::core::competency_set::{Category, Scale};
use yew::prelude::*;

pub struct CategoryComparison<'a> {
    pub category: &'a Category,
    pub items: Vec<&'a CompetencyChange<'a>>,
    /// The names of the two sides.
    pub names: &'a [String; 2],
    /// "Change", or "Difference from your supervisor".
    pub change_heading: &'a str,
}

impl CategoryComparison<'_> {
    pub fn view(&self, t: &Text, scale: &Scale) -> Html {
        let (category, names) = (self.category, self.names);
        let level = |c: &CompetencyChange| {
            let at =
                |r: Option<crate::core::rating::Rating>| r.and_then(|r| r.level()).map(f64::from);
            vec![at(c.first), at(c.second)]
        };
        let axes: Vec<RadarAxis> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let first = format!("{}: {}", names[0], t.rating(c.first, scale));
                let value_text = format!("{first}; {}: {}", names[1], t.rating(c.second, scale));
                RadarAxis::for_competency(i + 1, c.competency, level(c), value_text)
            })
            .collect();
        let rows = self.items.iter().enumerate().map(|(i, c)| {
            html! {
                <tr key={c.competency.id.clone()}>
                    <td>{ i + 1 }</td>
                    <th scope="row" class="pa-competency-cell">{ &c.competency.text }</th>
                    <td class="pa-rating-cell">{ t.rating(c.first, scale) }</td>
                    <td class="pa-rating-cell">{ t.rating(c.second, scale) }</td>
                    <td class="pa-mean">{ format_level_change(c.change()) }</td>
                </tr>
            }
        });
        let title = format!("{}: {}", category.numbered_title(), t.change_caption_short);
        let caption = format!(
            "{}: {}",
            category.numbered_short_title(),
            t.change_caption_short
        );
        let heading_id = format!("pa-compare-{}", category.id);
        let series: Vec<AttrValue> = names.iter().map(|n| AttrValue::from(n.clone())).collect();
        html! {
            <section class="pa-category-result" key={category.id.clone()}
                aria-labelledby={heading_id.clone()}>
                <h4 id={heading_id}>{ category.numbered_title() }</h4>
                <RadarChart id={format!("pa-chart-compare-{}", category.id)} {title}
                    description={chart_description(t, scale, &axes)} levels={scale.levels()}
                    {axes} {series} />
                { DataTable::captioned(caption).view(html! { <>
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ t.competency }</th>
                        <th scope="col">{ &names[0] }</th>
                        <th scope="col">{ &names[1] }</th>
                        <th scope="col">{ self.change_heading }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </> }) }
            </section>
        }
    }
}
