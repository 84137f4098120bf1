//! One competency of the development plan as the printed report shows it: text, no form control.

use crate::app::text::Text;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::plan::PlanItem;
use yew::prelude::*;

const NOTHING: &str = "—";

pub fn plan_item_text(t: &Text, set: &CompetencySet, answers: &Answers, item: &PlanItem) -> Html {
    let Some((_, competency)) = set.competencies().find(|(_, c)| c.id == item.competency_id) else {
        return html! {};
    };
    let or_nothing = |text: &str| match text.trim() {
        "" => NOTHING.to_string(),
        text => text.to_string(),
    };
    let mut supports: Vec<String> = item
        .supports
        .iter()
        .map(|s| t.support_name(*s).to_string())
        .collect();
    if !item.other_support.trim().is_empty() {
        supports.push(item.other_support.trim().to_string());
    }
    let target = match item.target_date.as_str() {
        "" => NOTHING.to_string(),
        date => t.date(date),
    };
    let rating = t.rating(answers.rating(&competency.id), &set.scale);
    html! {
        <article class="pa-plan-text pa-print-only" key={item.competency_id.clone()}>
            <h4>{ format!("{} {}", competency.id, competency.text) }</h4>
            <p class="pa-highlight-level">
                { t.plan_item_rating(&rating, t.progress_name(item.progress)) }
            </p>
            <dl>
                <dt>{ t.plan_goal }</dt>
                <dd>{ or_nothing(&item.goal) }</dd>
                <dt>{ t.plan_steps }</dt>
                <dd>{ or_nothing(&item.steps) }</dd>
                <dt>{ t.plan_supports }</dt>
                <dd>{ or_nothing(&supports.join(", ")) }</dd>
                <dt>{ t.plan_target_date }</dt>
                <dd>{ target }</dd>
            </dl>
        </article>
    }
}
