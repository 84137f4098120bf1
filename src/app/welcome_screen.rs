//! The first screen: what this is, how long it takes, where answers stay, and which set to use.

use super::confirm_button::ConfirmButton;
use super::Dispatch;
use super::text::{use_text, Text};
use crate::core::competency_set::built_in_sets;
use crate::core::history::RaterRole;
use crate::core::session::{Action, Mode, Screen, Session};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
    /// False when the browser does not let the widget save at all.
    #[prop_or(true)]
    pub can_save: bool,
    /// "Don't save on this device" is on.
    #[prop_or_default]
    pub private: bool,
    #[prop_or_default]
    pub on_private: Callback<bool>,
    /// False when the page fixed the competency set.
    #[prop_or(true)]
    pub choose_set: bool,
    /// False when the page hides rating someone else.
    #[prop_or(true)]
    pub rate_others: bool,
}

#[function_component(WelcomeScreen)]
pub fn welcome_screen(props: &WelcomeScreenProps) -> Html {
    let t = use_text();
    let set = t.set(props.session.set());
    let answers = props.session.current_answers();
    let answered = answers.answered_count(set);
    let dispatch = props.dispatch.clone();

    let choices = built_in_sets().iter().map(|choice| {
        let untranslated = t.lang != "en" && !choice.translations.contains_key(t.lang);
        let choice = t.set(choice);
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
                    <span class="pa-choice-detail">{ t.set_summary(categories, count) }
                        if untranslated { { format!(" · {}", t.english_only) } }</span>
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

    let mode = props.session.mode;
    let mode_choice = |value: Mode, id: &str, title: &str, detail: &str| {
        let dispatch = dispatch.clone();
        let onchange = Callback::from(move |_: Event| dispatch.dispatch(Action::ChooseMode(value)));
        html! {
            <label class="pa-choice" for={id.to_string()}>
                <input type="radio" id={id.to_string()} name="pa-mode" checked={mode == value} {onchange} />
                <span class="pa-choice-text">
                    <span class="pa-choice-title">{ title }</span>
                    if !detail.is_empty() {
                        <span class="pa-choice-detail">{ detail }</span>
                    }
                </span>
            </label>
        }
    };

    let save_choice = |private: bool, id: &str, title: &str, detail: &str| {
        let on_private = props.on_private.clone();
        let onchange = Callback::from(move |_: Event| on_private.emit(private));
        html! {
            <label class="pa-choice" for={id.to_string()}>
                <input type="radio" id={id.to_string()} name="pa-save" checked={props.private == private} {onchange} />
                <span class="pa-choice-text">
                    <span class="pa-choice-title">{ title }</span>
                    <span class="pa-choice-detail">{ detail }</span>
                </span>
            </label>
        }
    };

    html! {
        <section class="pa-screen pa-welcome" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.welcome_heading }</h2>
            <p>{ t.welcome_intro }</p>
            <p>{ t.welcome_time }</p>
            <p class="pa-privacy">{ t.welcome_privacy }</p>
            if props.can_save {
                <fieldset class="pa-set-choice">
                    <legend>{ t.save_choice }</legend>
                    { save_choice(false, "pa-save-yes", t.save_on_device, t.save_on_device_detail) }
                    { save_choice(true, "pa-save-no", t.dont_save, t.dont_save_detail) }
                </fieldset>
                if props.private {
                    <p class="pa-not-anonymous" role="status">{ t.private_on }</p>
                }
            }
            if props.rate_others || mode == Mode::SomeoneElse {
                <fieldset class="pa-set-choice">
                    <legend>{ t.who_is_rated }</legend>
                    { mode_choice(Mode::Myself, "pa-mode-myself", t.rate_myself, "") }
                    { mode_choice(Mode::SomeoneElse, "pa-mode-someone-else", t.rate_someone_else, t.rate_someone_else_detail) }
                </fieldset>
            }
            if mode == Mode::SomeoneElse {
                { rating_details(t, &props.session, &dispatch) }
            }
            if props.choose_set {
                <fieldset class="pa-set-choice">
                    <legend>{ t.choose_set }</legend>
                    { for choices }
                </fieldset>
            }
            <p class="pa-source">{ &set.source }</p>
            if answered > 0 {
                <p class="pa-progress-text">{ t.answered_count(answered, set.competency_count()) }</p>
            }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={begin}>
                    { if answered > 0 { t.continue_label } else { t.begin } }
                </button>
                if answered > 0 {
                    <button type="button" class="pa-button pa-secondary" onclick={results}>{ t.see_results }</button>
                }
            </div>
            if answered > 0 {
                <ConfirmButton label={t.start_over} question={t.start_over_question}
                    confirm_label={t.start_over_confirm} on_confirm={start_over} />
            }
        </section>
    }
}

/// Who is rated and by whom, for a rating of someone else; says plainly it is not anonymous.
fn rating_details(t: &Text, session: &Session, dispatch: &Dispatch) -> Html {
    let current = session.rating_of_someone_else.clone().unwrap_or_default();
    let describe = {
        let dispatch = dispatch.clone();
        move |person: String, rater_name: String, rater_role: RaterRole| {
            dispatch.dispatch(Action::DescribeRating { person, rater_name, rater_role })
        }
    };
    let input_value = |event: &InputEvent| {
        event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
    };
    let on_person = {
        let (describe, current) = (describe.clone(), current.clone());
        Callback::from(move |event: InputEvent| describe(input_value(&event), current.rater_name.clone(), current.rater_role))
    };
    let on_rater = {
        let (describe, current) = (describe.clone(), current.clone());
        Callback::from(move |event: InputEvent| describe(current.person.clone(), input_value(&event), current.rater_role))
    };
    let on_role = {
        let current = current.clone();
        Callback::from(move |event: Event| {
            let key = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
            if let Some(role) = RaterRole::from_key(&key) {
                describe(current.person.clone(), current.rater_name.clone(), role);
            }
        })
    };
    html! {
        <div class="pa-rating-details">
            <p class="pa-not-anonymous" role="note">{ t.not_anonymous_giver }</p>
            <label for="pa-person-name">{ t.person_name }</label>
            <input type="text" id="pa-person-name" maxlength="200" autocomplete="off" value={current.person.clone()} oninput={on_person} />
            <label for="pa-rater-name">{ t.rater_name }</label>
            <input type="text" id="pa-rater-name" maxlength="200" autocomplete="name" value={current.rater_name.clone()} oninput={on_rater} />
            <label for="pa-rater-role">{ t.rater_role }</label>
            <select id="pa-rater-role" onchange={on_role}>
                { for RaterRole::ALL.iter().map(|role| html! {
                    <option value={role.key()} selected={*role == current.rater_role}>{ t.role_name(*role) }</option>
                }) }
            </select>
        </div>
    }
}
