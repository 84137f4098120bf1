//! One category per screen: progress, a way to jump to any category, its competencies to rate,
//! and previous / next.

use super::details_toggle::use_details_open;
use super::rating_group::RatingGroup;
use super::Dispatch;
use super::text::use_text;
use crate::core::rating::Rating;
use crate::core::session::{Action, Screen, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CategoryScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
}

#[function_component(CategoryScreen)]
pub fn category_screen(props: &CategoryScreenProps) -> Html {
    let t = use_text();
    let set = t.set(props.session.set());
    let answers = props.session.current_answers();
    let index = props.session.current_category_index().unwrap_or(0);
    let category = &set.categories[index];
    let total_categories = set.categories.len();
    let answered = answers.answered_count(set);
    let total = set.competency_count();
    let dispatch = props.dispatch.clone();

    let go = |screen: Screen| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::GoTo(screen.clone())))
    };
    // Memoised, so that one answer re-renders only its own rating group.
    let on_rate = use_callback(dispatch.clone(), |(competency_id, rating): (String, Rating), dispatch| {
        dispatch.dispatch(Action::Rate { competency_id, rating })
    });
    let on_note = use_callback(dispatch.clone(), |(competency_id, text): (String, String), dispatch| {
        dispatch.dispatch(Action::Note { competency_id, text })
    });

    // The list of all categories is built only while the menu is open: closed, it is never
    // seen, and building it cost time on every answer and on every new screen.
    let (menu_open, on_menu_toggle) = use_details_open();
    // Choosing from the menu closes it, so the new screen starts with the menu folded.
    let jump = |screen: Screen| {
        let (dispatch, menu_open) = (dispatch.clone(), menu_open.clone());
        Callback::from(move |_: MouseEvent| {
            menu_open.set(false);
            dispatch.dispatch(Action::GoTo(screen.clone()))
        })
    };
    let jump_list = set.categories.iter().enumerate().filter(|_| *menu_open).map(|(i, c)| {
        let done = answers.answered_in(c);
        let count = c.competencies.len();
        let status = if done == count { t.complete.to_string() } else { t.answered_count(done, count) };
        let current = (i == index).then_some("step");
        let class = if done == count { "pa-jump pa-jump-complete" } else { "pa-jump" };
        html! {
            <li key={c.id.clone()}>
                <button type="button" class={class} aria-current={current}
                    onclick={jump(Screen::Category(c.id.clone()))}>
                    <span class="pa-jump-title">{ c.numbered_short_title() }</span>
                    <span class="pa-jump-status">
                        if done == count { <span aria-hidden="true">{ "✓ " }</span> }
                        { status }
                    </span>
                </button>
            </li>
        }
    });

    let previous = (index > 0).then(|| go(Screen::Category(set.categories[index - 1].id.clone())));
    let next_screen = match set.categories.get(index + 1) {
        Some(next) => Screen::Category(next.id.clone()),
        None => Screen::Results,
    };
    let next_label = if index + 1 < total_categories { t.next } else { t.see_results };

    html! {
        <section class="pa-screen pa-category" aria-labelledby="pa-screen-heading">
            <div class="pa-progress">
                <p class="pa-progress-text">
                    <span class="pa-position">{ t.category_position(index + 1, total_categories) }</span>
                    <span class="pa-answered">{ t.answered_count(answered, total) }</span>
                </p>
                <progress max={total.to_string()} value={answered.to_string()}
                    aria-label={t.answered_count(answered, total)}></progress>
            </div>
            <details class="pa-jump-menu" open={*menu_open} ontoggle={on_menu_toggle}>
                <summary>{ t.all_categories }</summary>
                if *menu_open {
                <nav aria-label={t.all_categories}>
                    <ol class="pa-jump-list">
                        { for jump_list }
                        <li>
                            <button type="button" class="pa-jump pa-jump-results" onclick={jump(Screen::Results)}>
                                <span class="pa-jump-title">{ t.see_results }</span>
                                <span class="pa-jump-status">{ t.answered_count(answered, total) }</span>
                            </button>
                        </li>
                    </ol>
                </nav>
                }
            </details>
            <h2 id="pa-screen-heading" tabindex="-1">{ category.numbered_title() }</h2>
            <p class="pa-description">{ &category.description }</p>
            if let Some(source) = &category.source {
                <p class="pa-item-source">{ t.source_prefix(source) }</p>
            }
            <p class="pa-hint">{ t.rate_hint }</p>
            { for category.competencies.iter().enumerate().map(|(i, competency)| html! {
                <RatingGroup
                    key={competency.id.clone()}
                    {competency}
                    number={i + 1}
                    scale={&set.scale}
                    rating={answers.rating(&competency.id)}
                    note={AttrValue::from(answers.note(&competency.id).to_string())}
                    on_rate={on_rate.clone()}
                    on_note={on_note.clone()}
                />
            }) }
            <nav class="pa-step-nav" aria-label={t.categories_nav}>
                if let Some(previous) = previous {
                    <button type="button" class="pa-button pa-secondary" onclick={previous}>{ t.previous }</button>
                }
                <button type="button" class="pa-button pa-primary" onclick={go(next_screen)}>{ next_label }</button>
            </nav>
        </section>
    }
}
