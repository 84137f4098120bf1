//! Two assessments side by side: drawn on the same radars (solid line and circles for the first,
//! dashed line and squares for the second), with the change per category and per competency.
//! When one is the person's own rating and the other someone else's, the gaps of a level or
//! more are named in words. Different sets are compared through their correspondence.

mod by_category;
mod gaps;

use crate::app::state::{sender, use_dispatch};
use crate::app::text::use_text;
use crate::app::widgets::{chart_description, DataTable, RadarAxis, RadarChart};
use crate::core::comparison::{compare, format_change, gaps};
use crate::core::history::{Rater, RaterRole};
use crate::core::mapping::map_answers;
use crate::core::session::{Action, Screen, Session};
use by_category::CategoryComparison;
use gaps::gap_section;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareScreenProps {
    pub session: Rc<Session>,
    pub first: String,
    pub second: String,
}

#[function_component(CompareScreen)]
pub fn compare_screen(props: &CompareScreenProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let session = &props.session;
    let rater_of = |id: &str| {
        session
            .snapshot(id)
            .map(|s| s.rater.clone())
            .unwrap_or(Rater::Myself)
    };
    let label_of = |id: &str| match session.snapshot(id) {
        Some(snapshot) => t.snapshot_label(snapshot),
        None => t.in_progress.to_string(),
    };
    // Own rating first when one of the two is someone else's.
    let (mut first, mut second) = (props.first.clone(), props.second.clone());
    if rater_of(&first) != Rater::Myself && rater_of(&second) == Rater::Myself {
        std::mem::swap(&mut first, &mut second);
    }
    let other_role: Option<RaterRole> = match (rater_of(&first), rater_of(&second)) {
        (Rater::Myself, Rater::Other { role, .. }) => Some(role),
        _ => None,
    };
    let (Some((first_set, first_answers)), Some((set, second_answers))) = (
        session.answers_by_id(&first),
        session.answers_by_id(&second),
    ) else {
        return html! { <p>{ t.nothing_to_compare }</p> };
    };
    // Different sets are compared through their correspondence, on the later one's competencies.
    let mapped = first_set.id != set.id;
    let Some(first_answers) = map_answers(&first_set.id, &set.id, &first_answers) else {
        return html! { <p>{ t.compare_other_set }</p> };
    };
    let set = t.set(set);
    let comparison = compare(set, &first_answers, &second_answers);
    let names = [label_of(&first), label_of(&second)];
    let series: Vec<AttrValue> = names.iter().map(|n| AttrValue::from(n.clone())).collect();
    let both = |a: Option<f64>, b: Option<f64>| {
        format!("{}: {}; {}: {}", names[0], t.mean(a), names[1], t.mean(b))
    };
    let axes: Vec<RadarAxis> = comparison
        .categories
        .iter()
        .map(|c| {
            RadarAxis::for_category(c.category, vec![c.first, c.second], both(c.first, c.second))
        })
        .collect();
    let (heading, change_heading) = match other_role {
        Some(role) => (t.self_and_other_heading(role), t.difference_heading(role)),
        None => (t.compare_heading.to_string(), t.change.to_string()),
    };
    let overall_change = comparison
        .overall_first
        .zip(comparison.overall_second)
        .map(|(a, b)| b - a);
    let overall = t.overall_change(
        &names[0],
        &t.mean(comparison.overall_first),
        &names[1],
        &t.mean(comparison.overall_second),
        &format_change(overall_change),
        other_role.is_some(),
    );
    let rows = comparison.categories.iter().map(|c| {
        html! {
            <tr key={c.category.id.clone()}>
                <th scope="row">{ c.category.numbered_title() }</th>
                <td class="pa-mean">{ t.mean(c.first) }</td>
                <td class="pa-mean">{ t.mean(c.second) }</td>
                <td class="pa-mean">{ format_change(c.change()) }</td>
            </tr>
        }
    });
    let by_category = set.categories.iter().map(|category| {
        let items = comparison
            .competencies
            .iter()
            .filter(|c| c.category.id == category.id);
        let part = CategoryComparison {
            category,
            items: items.collect(),
            names: &names,
            change_heading: &change_heading,
        };
        part.view(t, &set.scale)
    });
    html! {
        <section class="pa-screen pa-compare" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ heading }</h2>
            <p class="pa-set-title">{ &set.title }</p>
            <p>{ t.comparing(&names[0], &names[1]) }</p>
            if mapped {
                <p class="pa-partial" role="note">{ t.compared_through_mapping }</p>
            }
            if let Rater::Other { name, role } = rater_of(&second) {
                <p class="pa-not-anonymous" role="note">{ t.received_rating_note(&name, role) }</p>
            }
            <p class="pa-overall">{ overall }</p>
            <RadarChart id="pa-chart-compare" title={t.overall_chart_title}
                description={chart_description(t, &set.scale, &axes)} levels={set.scale.levels()}
                {axes} {series} />
            { DataTable::captioned(t.change_caption).view(html! { <>
                <thead><tr>
                    <th scope="col">{ t.category }</th>
                    <th scope="col">{ &names[0] }</th>
                    <th scope="col">{ &names[1] }</th>
                    <th scope="col">{ change_heading.clone() }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </> }) }
            if let Some(role) = other_role {
                { gap_section(t, &gaps(&comparison), role, &set.scale) }
            }
            <h3>{ t.by_category_heading }</h3>
            { for by_category }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary"
                    onclick={sender(&dispatch, Action::GoTo(Screen::History))}>
                    { t.history }
                </button>
            </div>
        </section>
    }
}
