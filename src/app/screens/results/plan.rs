//! The development plan on the results screen: suggested competencies (the lowest rated), a way
//! to add any other, and for each chosen one its goal, steps, supports, target date and progress.

use super::plan_item::plan_item_form;
use crate::app::state::{sender, use_dispatch};
use crate::app::text::use_text;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::plan::{plan_for, suggestions, PlanItem};
use crate::core::session::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

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
    let (set, answers) = (props.set, &props.answers);
    let items = plan_for(&props.plan, set);
    let add = |competency_id: String| sender(&dispatch, Action::AddToPlan { competency_id });
    let add_chosen = {
        let (dispatch, chooser) = (dispatch.clone(), chooser.clone());
        Callback::from(move |_: MouseEvent| {
            let chosen = chooser.cast::<HtmlSelectElement>().map(|s| s.value());
            if let Some(competency_id) = chosen.filter(|id| !id.is_empty()) {
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
    let forms = items
        .iter()
        .map(|item| plan_item_form(t, &dispatch, set, answers, item));
    html! {
        <section class="pa-plan" aria-labelledby="pa-plan-heading">
            <h3 id="pa-plan-heading">{ t.plan_heading }</h3>
            <p class="pa-no-print">{ t.plan_intro }</p>
            if items.is_empty() {
                <p class="pa-print-only">{ t.plan_empty }</p>
            }
            { for forms }
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
        </section>
    }
}
