//! The first screen: what this is, how long it takes, where answers stay, and which set to use.

use super::confirm_button::ConfirmButton;
use super::{text, Dispatch};
use crate::core::competency_set::built_in_sets;
use crate::core::session::{Action, Screen, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
}

#[function_component(WelcomeScreen)]
pub fn welcome_screen(props: &WelcomeScreenProps) -> Html {
    let set = props.session.set();
    let answers = props.session.current_answers();
    let answered = answers.answered_count(set);
    let dispatch = props.dispatch.clone();

    let choices = built_in_sets().iter().map(|choice| {
        let dispatch = dispatch.clone();
        let id = choice.id.clone();
        let onchange = Callback::from(move |_: Event| dispatch.dispatch(Action::ChooseSet(id.clone())));
        let input_id = format!("pa-set-{}", choice.id);
        let count = choice.competency_count();
        let categories = choice.categories.len();
        html! {
            <label class="pa-choice" for={input_id.clone()} key={choice.id.clone()}>
                <input type="radio" id={input_id} name="pa-set" value={choice.id.clone()}
                    checked={choice.id == set.id} {onchange} />
                <span class="pa-choice-text">
                    <span class="pa-choice-title">{ &choice.short_title }</span>
                    <span class="pa-choice-detail">{ format!("{categories} categories, {count} competencies") }</span>
                </span>
            </label>
        }
    });

    let begin = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Begin))
    };
    let results = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::GoTo(Screen::Results)))
    };
    let start_over = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::StartOver))
    };

    html! {
        <section class="pa-screen pa-welcome" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ text::WELCOME_HEADING }</h2>
            <p>{ text::WELCOME_INTRO }</p>
            <p>{ text::WELCOME_TIME }</p>
            <p class="pa-privacy">{ text::WELCOME_PRIVACY }</p>
            <fieldset class="pa-set-choice">
                <legend>{ text::CHOOSE_SET }</legend>
                { for choices }
            </fieldset>
            <p class="pa-source">{ &set.source }</p>
            if answered > 0 {
                <p class="pa-progress-text">{ text::answered_count(answered, set.competency_count()) }</p>
            }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={begin}>
                    { if answered > 0 { text::CONTINUE } else { text::BEGIN } }
                </button>
                if answered > 0 {
                    <button type="button" class="pa-button pa-secondary" onclick={results}>{ text::SEE_RESULTS }</button>
                }
            </div>
            if answered > 0 {
                <ConfirmButton label={text::START_OVER} question={text::START_OVER_QUESTION}
                    confirm_label={text::START_OVER_CONFIRM} on_confirm={start_over} />
            }
        </section>
    }
}
