//! The development plan on the results screen: suggested competencies (the lowest rated), a way
//! to add any other, and for each chosen one its goal, steps, supports, target date and progress,
//! folded under its name (the one just added opens). Print shows the plan as text.

use super::plan_item::plan_item_form;
use super::plan_text::plan_item_text;
use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::plan::{plan_for, suggestions, PlanItem};
use crate::core::session::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// From this many items on, the suggestions and the list to add more are folded, and the
/// introduction (said by then) is left out.
const FOLD_ADDING_FROM: usize = 3;

#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    pub set: &'static CompetencySet,
    pub answers: Answers,
    pub plan: Vec<PlanItem>,
}

#[function_component(PlanSection)]
pub fn plan_section(props: &PlanSectionProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let chooser = use_node_ref();
    let just_added = use_state_eq(|| None::<String>);
    let (set, answers) = (props.set, &props.answers);
    let items = plan_for(&props.plan, set);
    let add = |competency_id: String| {
        let (dispatch, just_added) = (dispatch.clone(), just_added.clone());
        Callback::from(move |_: MouseEvent| {
            just_added.set(Some(competency_id.clone()));
            let competency_id = competency_id.clone();
            dispatch.dispatch(Action::AddToPlan { competency_id });
        })
    };
    let add_chosen = {
        let (dispatch, chooser, just_added) =
            (dispatch.clone(), chooser.clone(), just_added.clone());
        Callback::from(move |_: MouseEvent| {
            let chosen = chooser.cast::<HtmlSelectElement>().map(|s| s.value());
            if let Some(competency_id) = chosen.filter(|id| !id.is_empty()) {
                just_added.set(Some(competency_id.clone()));
                dispatch.dispatch(Action::AddToPlan { competency_id });
            }
        })
    };
    let suggested = suggestions(set, answers, &props.plan, 3)
        .into_iter()
        .map(|c| {
            let level = format!(" — {}", t.rating(answers.rating(&c.id), &set.scale));
            html! {
                <li key={c.id.clone()}>
                    <span>{ &c.text }<span class="pa-highlight-level">{ level }</span></span>
                    <button type="button" class="pa-button pa-secondary" onclick={add(c.id.clone())}
                        aria-label={t.add_to_plan_named(&c.text)}>{ t.add_to_plan }</button>
                </li>
            }
        });
    let suggested: Vec<Html> = suggested.collect();
    let not_in_plan = set
        .competencies()
        .filter(|(_, c)| !items.iter().any(|i| i.competency_id == c.id));
    let options = not_in_plan.map(|(category, c)| {
        let number = category.number.as_deref().unwrap_or("");
        let label = format!("{number} {} — {}", c.id, c.text);
        html! { <option value={c.id.clone()}>{ label }</option> }
    });
    let forms = items.iter().map(|item| {
        let open = just_added.as_deref() == Some(item.competency_id.as_str());
        plan_item_form(t, &dispatch, set, answers, item, open)
    });
    let printed = items
        .iter()
        .map(|item| plan_item_text(t, set, answers, item));
    let adding = html! {
        <>
            if !suggested.is_empty() {
                <div class="pa-no-print">
                    <p>{ t.plan_suggested }</p>
                    <ul class="pa-suggestions">{ for suggested }</ul>
                </div>
            }
            <div class="pa-plan-add pa-no-print">
                <label for="pa-plan-choose">{ t.plan_choose }</label>
                <div class="pa-inline-form">
                    <select id="pa-plan-choose" ref={chooser}>
                        <option value="">{ t.plan_choose_placeholder }</option>
                        { for options }
                    </select>
                    <button type="button" class="pa-button pa-secondary" onclick={add_chosen}>
                        { t.add_to_plan }
                    </button>
                </div>
            </div>
        </>
    };
    html! {
        <section class="pa-plan" aria-labelledby="pa-plan-heading">
            <h3 id="pa-plan-heading">{ t.plan_heading }</h3>
            if items.len() < FOLD_ADDING_FROM {
                <p class="pa-no-print">{ t.plan_intro }</p>
            }
            if items.is_empty() {
                <p class="pa-print-only">{ t.plan_empty }</p>
            }
            { for forms }
            { for printed }
            if items.len() < FOLD_ADDING_FROM {
                { adding }
            } else {
                <details class="pa-plan-more pa-no-print">
                    <summary>{ t.plan_choose }</summary>
                    { adding }
                </details>
            }
        </section>
    }
}
