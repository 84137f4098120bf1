//! "All categories": a folded menu listing every category with how much of it is answered, to
//! jump to any of them or to the results. Its list is built only while it is open: closed, it
//! is never seen, and building it cost time on every answer and on every new screen.

use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::app::widgets::use_details_open;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::session::{Action, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JumpMenuProps {
    pub set: &'static CompetencySet,
    pub answers: Answers,
    /// The category shown now.
    pub index: usize,
}

#[function_component(JumpMenu)]
pub fn jump_menu(props: &JumpMenuProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let (open, on_toggle) = use_details_open();
    // Choosing from the menu closes it, so the new screen starts with the menu folded.
    let jump = |screen: Screen| {
        let (dispatch, open) = (dispatch.clone(), open.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            dispatch.dispatch(Action::GoTo(screen.clone()))
        })
    };
    let (set, answers) = (props.set, &props.answers);
    let answered = t.answered_count(answers.answered_count(set), set.competency_count());
    let categories = set
        .categories
        .iter()
        .enumerate()
        .filter(|_| *open)
        .map(|(i, category)| {
            let done = answers.answered_in(category);
            let count = category.competencies.len();
            let complete = done == count;
            let status = if complete {
                t.complete.to_string()
            } else {
                t.answered_count(done, count)
            };
            let class = classes!("pa-jump", complete.then_some("pa-jump-complete"));
            let current = (i == props.index).then_some("step");
            html! {
                <li key={category.id.clone()}>
                    <button type="button" class={class} aria-current={current}
                        onclick={jump(Screen::Category(category.id.clone()))}>
                        <span class="pa-jump-title">{ category.numbered_short_title() }</span>
                        <span class="pa-jump-status">
                            if complete { <span aria-hidden="true">{ "✓ " }</span> }
                            { status }
                        </span>
                    </button>
                </li>
            }
        });
    html! {
        <details class="pa-jump-menu" open={*open} ontoggle={on_toggle}>
            <summary>{ t.all_categories }</summary>
            if *open {
                <nav aria-label={t.all_categories}>
                    <ol class="pa-jump-list">
                        { for categories }
                        <li>
                            <button type="button" class="pa-jump pa-jump-results"
                                onclick={jump(Screen::Results)}>
                                <span class="pa-jump-title">{ t.see_results }</span>
                                <span class="pa-jump-status">{ answered }</span>
                            </button>
                        </li>
                    </ol>
                </nav>
            }
        </details>
    }
}
