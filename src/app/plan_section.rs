//! The development plan on the results screen: suggested competencies (the lowest rated), a way
//! to add any other, and for each chosen one a goal, steps, supports, a target date and progress.

use super::Dispatch;
use super::text::{use_text, Text};
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::plan::{plan_for, suggestions, PlanEdit, PlanItem, Progress, Support};
use crate::core::session::Action;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    pub set: &'static CompetencySet,
    pub answers: Answers,
    pub plan: Vec<PlanItem>,
    pub dispatch: Dispatch,
}

#[function_component(PlanSection)]
pub fn plan_section(props: &PlanSectionProps) -> Html {
    let t = use_text();
    let set = props.set;
    let items = plan_for(&props.plan, set);
    let suggested = suggestions(set, &props.answers, &props.plan, 3);
    let add = |competency_id: String| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::AddToPlan { competency_id: competency_id.clone() }))
    };
    let chooser = use_node_ref();
    let add_chosen = {
        let dispatch = props.dispatch.clone();
        let chooser = chooser.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(select) = chooser.cast::<HtmlSelectElement>() {
                if !select.value().is_empty() {
                    dispatch.dispatch(Action::AddToPlan { competency_id: select.value() });
                }
            }
        })
    };
    let not_in_plan = set.competencies().filter(|(_, c)| !items.iter().any(|i| i.competency_id == c.id));

    html! {
        <section class="pa-plan" aria-labelledby="pa-plan-heading">
            <h3 id="pa-plan-heading">{ t.plan_heading }</h3>
            <p class="pa-no-print">{ t.plan_intro }</p>
            if items.is_empty() {
                <p class="pa-print-only">{ t.plan_empty }</p>
            }
            { for items.iter().map(|item| plan_item(t, set, &props.answers, item, &props.dispatch)) }
            if !suggested.is_empty() {
                <div class="pa-no-print">
                    <p>{ t.plan_suggested }</p>
                    <ul class="pa-suggestions">
                        { for suggested.iter().map(|c| html! {
                            <li key={c.id.clone()}>
                                <span>{ &c.text }<span class="pa-highlight-level">{ format!(" — {}", level_text(t, set, &props.answers, &c.id)) }</span></span>
                                <button type="button" class="pa-button pa-secondary" onclick={add(c.id.clone())}
                                    aria-label={t.add_to_plan_named(&c.text)}>{ t.add_to_plan }</button>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            <div class="pa-plan-add pa-no-print">
                <label for="pa-plan-choose">{ t.plan_choose }</label>
                <div class="pa-inline-form">
                    <select id="pa-plan-choose" ref={chooser}>
                        <option value="">{ t.plan_choose_placeholder }</option>
                        { for not_in_plan.map(|(category, c)| html! {
                            <option value={c.id.clone()}>{ format!("{} {} — {}", category.number.as_deref().unwrap_or(""), c.id, c.text) }</option>
                        }) }
                    </select>
                    <button type="button" class="pa-button pa-secondary" onclick={add_chosen}>{ t.add_to_plan }</button>
                </div>
            </div>
        </section>
    }
}

fn level_text(t: &Text, set: &CompetencySet, answers: &Answers, competency_id: &str) -> String {
    super::results_screen::rating_text(t, answers.rating(competency_id), &set.scale)
}

fn plan_item(t: &Text, set: &CompetencySet, answers: &Answers, item: &PlanItem, dispatch: &Dispatch) -> Html {
    let Some((_, competency)) = set.competencies().find(|(_, c)| c.id == item.competency_id) else {
        return html! {};
    };
    let key = item.competency_id.replace('.', "-");
    let edit = |make: fn(String) -> PlanEdit| {
        let dispatch = dispatch.clone();
        let competency_id = item.competency_id.clone();
        Callback::from(move |event: InputEvent| {
            let target = event.target();
            let value = target
                .clone()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                .map(|a| a.value())
                .or_else(|| target.and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).map(|i| i.value()));
            if let Some(value) = value {
                dispatch.dispatch(Action::EditPlan { competency_id: competency_id.clone(), edit: make(value) });
            }
        })
    };
    let on_date = {
        let dispatch = dispatch.clone();
        let competency_id = item.competency_id.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                dispatch.dispatch(Action::EditPlan { competency_id: competency_id.clone(), edit: PlanEdit::TargetDate(input.value()) });
            }
        })
    };
    let remove = {
        let dispatch = dispatch.clone();
        let competency_id = item.competency_id.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RemoveFromPlan { competency_id: competency_id.clone() }))
    };
    let supports = Support::ALL.iter().map(|&support| {
        let dispatch = dispatch.clone();
        let competency_id = item.competency_id.clone();
        let checked = item.supports.contains(&support);
        let onchange = Callback::from(move |event: Event| {
            let on = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            dispatch.dispatch(Action::EditPlan { competency_id: competency_id.clone(), edit: PlanEdit::Support(support, on) });
        });
        let id = format!("pa-plan-{key}-{support:?}");
        html! {
            <label class="pa-check" for={id.clone()}>
                <input type="checkbox" id={id} {checked} {onchange} />
                { t.support_name(support) }
            </label>
        }
    });
    let progress = Progress::ALL.iter().map(|&progress| {
        let dispatch = dispatch.clone();
        let competency_id = item.competency_id.clone();
        let onchange = Callback::from(move |_: Event| {
            dispatch.dispatch(Action::EditPlan { competency_id: competency_id.clone(), edit: PlanEdit::Progress(progress) })
        });
        let id = format!("pa-plan-{key}-{progress:?}");
        html! {
            <label class="pa-check" for={id.clone()}>
                <input type="radio" id={id} name={format!("pa-plan-{key}-progress")} checked={item.progress == progress} {onchange} />
                { t.progress_name(progress) }
            </label>
        }
    });
    let heading_id = format!("pa-plan-{key}-heading");
    html! {
        <article class="pa-plan-item" key={item.competency_id.clone()} aria-labelledby={heading_id.clone()}>
            <h4 id={heading_id}>{ &competency.text }</h4>
            <p class="pa-highlight-level">{ t.plan_item_rating(&level_text(t, set, answers, &competency.id), t.progress_name(item.progress)) }</p>
            <label for={format!("pa-plan-{key}-goal")}>{ t.plan_goal }</label>
            <textarea id={format!("pa-plan-{key}-goal")} rows="2" maxlength="2000" value={item.goal.clone()} oninput={edit(PlanEdit::Goal)} />
            <label for={format!("pa-plan-{key}-steps")}>{ t.plan_steps }</label>
            <textarea id={format!("pa-plan-{key}-steps")} rows="3" maxlength="2000" value={item.steps.clone()} oninput={edit(PlanEdit::Steps)} />
            <fieldset class="pa-plan-choices">
                <legend>{ t.plan_supports }</legend>
                { for supports }
                <label for={format!("pa-plan-{key}-other")} class="pa-other-label">{ t.plan_other_support }</label>
                <input type="text" id={format!("pa-plan-{key}-other")} maxlength="2000" value={item.other_support.clone()} oninput={edit(PlanEdit::OtherSupport)} />
            </fieldset>
            <label for={format!("pa-plan-{key}-date")}>{ t.plan_target_date }</label>
            <input type="date" id={format!("pa-plan-{key}-date")} value={item.target_date.clone()} onchange={on_date} />
            <fieldset class="pa-plan-choices">
                <legend>{ t.plan_progress }</legend>
                { for progress }
            </fieldset>
            <button type="button" class="pa-button pa-secondary" onclick={remove}
                aria-label={t.remove_from_plan_named(&competency.text)}>{ t.remove_from_plan }</button>
        </article>
    }
}
