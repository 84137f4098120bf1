//! One competency of the development plan, as a form folded under its name and progress: goal,
//! steps, supports, target date and progress, and a way to take it out of the plan.

use crate::app::state::{sender, Dispatch};
use crate::app::text::Text;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::plan::{PlanEdit, PlanItem, Progress, Support};
use crate::core::session::Action;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A callback that sends `make(value)` as an edit of the item, from an input or a text area.
fn edit<E: AsRef<Event> + 'static>(
    dispatch: &Dispatch,
    competency_id: &str,
    make: impl Fn(String) -> PlanEdit + 'static,
) -> Callback<E> {
    let (dispatch, competency_id) = (dispatch.clone(), competency_id.to_string());
    Callback::from(move |event: E| {
        let target = event.as_ref().target();
        let area = target
            .clone()
            .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok());
        let input = target.and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(value) = area.map(|a| a.value()).or_else(|| input.map(|i| i.value())) {
            let competency_id = competency_id.clone();
            dispatch.dispatch(Action::EditPlan {
                competency_id,
                edit: make(value),
            });
        }
    })
}

/// The form of one plan item (nothing for a competency the set does not have), open at first
/// when `open` (the item just added).
pub fn plan_item_form(
    t: &Text,
    dispatch: &Dispatch,
    set: &CompetencySet,
    answers: &Answers,
    item: &PlanItem,
    open: bool,
) -> Html {
    let Some((_, competency)) = set.competencies().find(|(_, c)| c.id == item.competency_id) else {
        return html! {};
    };
    let id = item.competency_id.as_str();
    let key = id.replace('.', "-");
    let field = |name: &str| format!("pa-plan-{key}-{name}");
    let supports = Support::ALL.iter().map(|&support| {
        let checked = item.supports.contains(&support);
        let onchange = {
            let (dispatch, competency_id) = (dispatch.clone(), item.competency_id.clone());
            Callback::from(move |event: Event| {
                let input = event
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
                let edit = PlanEdit::Support(support, input.is_some_and(|i| i.checked()));
                let competency_id = competency_id.clone();
                dispatch.dispatch(Action::EditPlan {
                    competency_id,
                    edit,
                });
            })
        };
        let input_id = field(&format!("{support:?}"));
        html! {
            <label class="pa-check" for={input_id.clone()}>
                <input type="checkbox" id={input_id} {checked} {onchange} />
                { t.support_name(support) }
            </label>
        }
    });
    let progress = Progress::ALL.iter().map(|&progress| {
        let onchange = edit::<Event>(dispatch, id, move |_| PlanEdit::Progress(progress));
        let input_id = field(&format!("{progress:?}"));
        html! {
            <label class="pa-check" for={input_id.clone()}>
                <input type="radio" id={input_id} name={field("progress")}
                    checked={item.progress == progress} {onchange} />
                { t.progress_name(progress) }
            </label>
        }
    });
    let rating = t.rating(answers.rating(&competency.id), &set.scale);
    let remove = Action::RemoveFromPlan {
        competency_id: item.competency_id.clone(),
    };
    html! {
        <details class="pa-plan-item pa-no-print" key={item.competency_id.clone()} {open}>
            <summary>
                <span class="pa-summary-title" id={field("heading")}>{ &competency.text }</span>
                <span class="pa-summary-mean">
                    { t.plan_item_rating(&rating, t.progress_name(item.progress)) }
                </span>
            </summary>
            <article aria-labelledby={field("heading")}>
                <label for={field("goal")}>{ t.plan_goal }</label>
                <textarea id={field("goal")} rows="2" maxlength="2000" value={item.goal.clone()}
                    oninput={edit::<InputEvent>(dispatch, id, PlanEdit::Goal)} />
                <label for={field("steps")}>{ t.plan_steps }</label>
                <textarea id={field("steps")} rows="3" maxlength="2000" value={item.steps.clone()}
                    oninput={edit::<InputEvent>(dispatch, id, PlanEdit::Steps)} />
                <fieldset class="pa-plan-choices">
                    <legend>{ t.plan_supports }</legend>
                    { for supports }
                    <label for={field("other")} class="pa-other-label">
                        { t.plan_other_support }
                    </label>
                    <input type="text" id={field("other")} maxlength="2000"
                        value={item.other_support.clone()}
                        oninput={edit::<InputEvent>(dispatch, id, PlanEdit::OtherSupport)} />
                </fieldset>
                <label for={field("date")}>{ t.plan_target_date }</label>
                <input type="date" id={field("date")} value={item.target_date.clone()}
                    onchange={edit::<Event>(dispatch, id, PlanEdit::TargetDate)} />
                <fieldset class="pa-plan-choices">
                    <legend>{ t.plan_progress }</legend>
                    { for progress }
                </fieldset>
                <button type="button" class="pa-button pa-secondary"
                    onclick={sender(dispatch, remove)}
                    aria-label={t.remove_from_plan_named(&competency.text)}>
                    { t.remove_from_plan }
                </button>
            </article>
        </details>
    }
}
