//! Two assessments of the same set side by side: drawn on the same radars (solid line and
//! circles for the first, dashed line and squares for the second), with the change per category
//! and per competency. When one is the person's own rating and the other someone else's, the
//! gaps of a level or more are named in words.

use super::radar_chart::{RadarAxis, RadarChart};
use super::results_screen::{chart_description, rating_text};
use super::Dispatch;
use super::text::{use_text, Text};
use crate::core::comparison::{compare, format_change, format_level_change, gaps, CompetencyChange};
use crate::core::competency_set::Scale;
use crate::core::history::{Rater, RaterRole};
use crate::core::session::{Action, Screen, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
    pub first: String,
    pub second: String,
}

#[function_component(CompareScreen)]
pub fn compare_screen(props: &CompareScreenProps) -> Html {
    let t = use_text();
    let session = &props.session;
    let rater_of = |id: &str| match session.snapshot(id) {
        Some(snapshot) => snapshot.rater.clone(),
        None => Rater::Myself,
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
    let (Some((first_set, first_answers)), Some((set, second_answers))) = (session.answers_by_id(&first), session.answers_by_id(&second)) else {
        return html! { <p>{ t.nothing_to_compare }</p> };
    };
    // Different sets are compared through their correspondence, on the later one's competencies.
    let mapped = first_set.id != set.id;
    let Some(first_answers) = crate::core::mapping::map_answers(&first_set.id, &set.id, &first_answers) else {
        return html! { <p>{ t.compare_other_set }</p> };
    };
    let set = t.set(set);
    let comparison = compare(set, &first_answers, &second_answers);
    let names = [label_of(&first), label_of(&second)];
    let series: Vec<AttrValue> = names.iter().map(|n| AttrValue::from(n.clone())).collect();
    let levels = set.scale.levels();
    let both = |a: Option<f64>, b: Option<f64>| format!("{}: {}; {}: {}", names[0], t.mean(a), names[1], t.mean(b));
    let overall_axes: Vec<RadarAxis> = comparison
        .categories
        .iter()
        .map(|c| RadarAxis {
            label: c.category.numbered_short_title(),
            full: c.category.numbered_title(),
            values: vec![c.first, c.second],
            value_text: both(c.first, c.second),
        })
        .collect();
    let back = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::GoTo(Screen::History)))
    };
    let change_heading = match other_role {
        Some(role) => t.difference_heading(role),
        None => t.change.to_string(),
    };
    let heading = match other_role {
        Some(role) => t.self_and_other_heading(role),
        None => t.compare_heading.to_string(),
    };
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
            <p class="pa-overall">{ t.overall_change(&names[0], &t.mean(comparison.overall_first), &names[1], &t.mean(comparison.overall_second), &format_change(comparison.overall_first.zip(comparison.overall_second).map(|(a, b)| b - a)), other_role.is_some()) }</p>
            <RadarChart id="pa-chart-compare" title={t.overall_chart_title}
                description={chart_description(t, &set.scale, &overall_axes)} levels={levels}
                axes={overall_axes} series={series.clone()} />
            <div class="pa-table-wrap" tabindex="0" role="region" aria-label={t.change_caption}>
                <table class="pa-table">
                    <caption>{ t.change_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t.category }</th>
                        <th scope="col">{ &names[0] }</th>
                        <th scope="col">{ &names[1] }</th>
                        <th scope="col">{ change_heading.clone() }</th>
                    </tr></thead>
                    <tbody>
                        { for comparison.categories.iter().map(|c| html! {
                            <tr key={c.category.id.clone()}>
                                <th scope="row">{ c.category.numbered_title() }</th>
                                <td class="pa-mean">{ t.mean(c.first) }</td>
                                <td class="pa-mean">{ t.mean(c.second) }</td>
                                <td class="pa-mean">{ format_change(c.change()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if let Some(role) = other_role {
                { gap_section(t, &gaps(&comparison), role, &set.scale) }
            }
            <h3>{ t.by_category_heading }</h3>
            { for set.categories.iter().map(|category| {
                let items: Vec<&CompetencyChange> = comparison.competencies.iter().filter(|c| c.category.id == category.id).collect();
                let axes: Vec<RadarAxis> = items.iter().enumerate().map(|(i, c)| RadarAxis {
                    label: format!("#{}", i + 1),
                    full: format!("{}. {}", i + 1, c.competency.text),
                    values: vec![c.first.and_then(|r| r.level()).map(f64::from), c.second.and_then(|r| r.level()).map(f64::from)],
                    value_text: format!("{}: {}; {}: {}", names[0], rating_text(t, c.first, &set.scale), names[1], rating_text(t, c.second, &set.scale)),
                }).collect();
                let caption = format!("{}: {}", category.numbered_short_title(), t.change_caption_short);
                html! {
                    <section class="pa-category-result" key={category.id.clone()} aria-labelledby={format!("pa-compare-{}", category.id)}>
                        <h4 id={format!("pa-compare-{}", category.id)}>{ category.numbered_title() }</h4>
                        <RadarChart id={format!("pa-chart-compare-{}", category.id)}
                            title={format!("{}: {}", category.numbered_title(), t.change_caption_short)}
                            description={chart_description(t, &set.scale, &axes)} levels={levels} axes={axes} series={series.clone()} />
                        <div class="pa-table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
                            <table class="pa-table">
                                <caption>{ caption }</caption>
                                <thead><tr>
                                    <th scope="col">{ "#" }</th>
                                    <th scope="col">{ t.competency }</th>
                                    <th scope="col">{ &names[0] }</th>
                                    <th scope="col">{ &names[1] }</th>
                                    <th scope="col">{ change_heading.clone() }</th>
                                </tr></thead>
                                <tbody>
                                    { for items.iter().enumerate().map(|(i, c)| html! {
                                        <tr key={c.competency.id.clone()}>
                                            <td>{ i + 1 }</td>
                                            <th scope="row" class="pa-competency-cell">{ &c.competency.text }</th>
                                            <td class="pa-rating-cell">{ rating_text(t, c.first, &set.scale) }</td>
                                            <td class="pa-rating-cell">{ rating_text(t, c.second, &set.scale) }</td>
                                            <td class="pa-mean">{ format_level_change(c.change()) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    </section>
                }
            }) }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={back}>{ t.history }</button>
            </div>
        </section>
    }
}

fn gap_section(t: &Text, found: &crate::core::comparison::Gaps, role: RaterRole, scale: &Scale) -> Html {
    let list = |items: &[CompetencyChange]| html! {
        <ul class="pa-highlight-list">
            { for items.iter().map(|c| html! {
                <li key={c.competency.id.clone()}>
                    { &c.competency.text }
                    <span class="pa-highlight-level">{ t.gap_detail(&rating_text(t, c.first, scale), &rating_text(t, c.second, scale), role) }</span>
                </li>
            }) }
        </ul>
    };
    html! {
        <section class="pa-highlights pa-gaps" aria-labelledby="pa-gaps-heading">
            <h3 id="pa-gaps-heading">{ t.gaps_heading }</h3>
            if found.self_higher.is_empty() && found.self_lower.is_empty() {
                <p>{ t.no_gaps(role) }</p>
            }
            if !found.self_higher.is_empty() {
                <p>{ t.self_higher(role) }</p>
                { list(&found.self_higher) }
            }
            if !found.self_lower.is_empty() {
                <p>{ t.self_lower(role) }</p>
                { list(&found.self_lower) }
            }
        </section>
    }
}

