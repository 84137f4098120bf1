//! One category per screen: progress, a way to jump to any category, its competencies to rate,
//! and previous / next.

mod jump_menu;

use crate::app::state::{sender, use_dispatch};
use crate::app::text::use_text;
use crate::app::widgets::RatingGroup;
use crate::core::rating::Rating;
use crate::core::session::{Action, Screen, Session};
use jump_menu::JumpMenu;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CategoryScreenProps {
    pub session: Rc<Session>,
}

#[function_component(CategoryScreen)]
pub fn category_screen(props: &CategoryScreenProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let session = &props.session;
    let set = t.set(session.set());
    let answers = session.current_answers();
    let index = session.current_category_index().unwrap_or(0);
    let category = &set.categories[index];
    let total_categories = set.categories.len();
    let (answered, total) = (answers.answered_count(set), set.competency_count());

    // Memoised, so that one answer re-renders only its own rating group.
    let on_rate = use_callback(
        dispatch.clone(),
        |(competency_id, rating): (String, Rating), d| {
            d.dispatch(Action::Rate {
                competency_id,
                rating,
            })
        },
    );
    let on_note = use_callback(
        dispatch.clone(),
        |(competency_id, text): (String, String), d| {
            d.dispatch(Action::Note {
                competency_id,
                text,
            })
        },
    );
    let previous = index.checked_sub(1).map(|previous| {
        let screen = Screen::Category(set.categories[previous].id.clone());
        sender::<MouseEvent>(&dispatch, Action::GoTo(screen))
    });
    let (next_screen, next_label) = match set.categories.get(index + 1) {
        Some(next) => (Screen::Category(next.id.clone()), t.next),
        None => (Screen::Results, t.see_results),
    };
    let groups = category
        .competencies
        .iter()
        .enumerate()
        .map(|(i, competency)| {
            let note = AttrValue::from(answers.note(&competency.id).to_string());
            html! {
                <RatingGroup key={competency.id.clone()} {competency} number={i + 1}
                    scale={&set.scale} rating={answers.rating(&competency.id)} {note}
                    on_rate={on_rate.clone()} on_note={on_note.clone()} />
            }
        });

    html! {
        <section class="pa-screen pa-category" aria-labelledby="pa-screen-heading">
            <div class="pa-progress">
                <p class="pa-progress-text">
                    <span class="pa-position">
                        { t.category_position(index + 1, total_categories) }
                    </span>
                    <span class="pa-answered" id="pa-answered-count">
                        { t.answered_count(answered, total) }
                    </span>
                </p>
                // Named by the count above, so an answer changes only that text and the value.
                <progress max={total.to_string()} value={answered.to_string()}
                    aria-labelledby="pa-answered-count"></progress>
            </div>
            <JumpMenu {set} answers={answers.clone()} {index} />
            <h2 id="pa-screen-heading" tabindex="-1">{ category.numbered_title() }</h2>
            <p class="pa-description">{ &category.description }</p>
            if let Some(source) = &category.source {
                <p class="pa-item-source">{ t.source_prefix(source) }</p>
            }
            <p class="pa-hint">{ t.rate_hint }</p>
            { for groups }
            <nav class="pa-step-nav" aria-label={t.categories_nav}>
                if let Some(previous) = previous {
                    <button type="button" class="pa-button pa-secondary" onclick={previous}>
                        { t.previous }
                    </button>
                }
                <button type="button" class="pa-button pa-primary"
                    onclick={sender(&dispatch, Action::GoTo(next_screen))}>{ next_label }</button>
            </nav>
        </section>
    }
}
