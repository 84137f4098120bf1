//! The first screen: what this is, how long it takes, where answers stay, whether to save on
//! this device, whose competencies are rated, and which set to use.

mod choice;
mod rating_details;

use crate::app::state::{sender, use_dispatch};
use crate::app::text::use_text;
use crate::app::widgets::ConfirmButton;
use crate::core::competency_set::built_in_sets;
use crate::core::session::{Action, Mode, Screen, Session};
use choice::Choice;
use rating_details::rating_details;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeScreenProps {
    pub session: Rc<Session>,
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
    let dispatch = use_dispatch();
    let session = &props.session;
    let set = t.set(session.set());
    let answered = session.current_answers().answered_count(set);

    let set_choices = built_in_sets().iter().map(|choice| {
        let untranslated = t.lang != "en" && !choice.translations.contains_key(t.lang);
        let choice = t.set(choice);
        let mut detail = t.set_summary(choice.categories.len(), choice.competency_count());
        if untranslated {
            detail = format!("{detail} · {}", t.english_only);
        }
        let choice = Choice {
            group: "pa-set",
            id: format!("pa-set-{}", choice.id),
            value: Some(choice.id.clone()),
            checked: choice.id == set.id,
            title: choice.short_title.clone(),
            detail,
            on_choose: sender(&dispatch, Action::ChooseSet(choice.id.clone())),
        };
        choice.view()
    });
    let mode = session.mode;
    let labelled = |group, id: &str, checked, title: &str, detail: &str, on_choose| {
        let (id, title, detail) = (id.to_string(), title.to_string(), detail.to_string());
        Choice {
            group,
            id,
            value: None,
            checked,
            title,
            detail,
            on_choose,
        }
        .view()
    };
    let mode_choice = |value: Mode, id: &str, title: &str, detail: &str| {
        let on_choose = sender(&dispatch, Action::ChooseMode(value));
        labelled("pa-mode", id, mode == value, title, detail, on_choose)
    };
    let save_choice = |private: bool, id: &str, title: &str, detail: &str| {
        let on_private = props.on_private.reform(move |_: Event| private);
        labelled(
            "pa-save",
            id,
            props.private == private,
            title,
            detail,
            on_private,
        )
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
                    { mode_choice(Mode::SomeoneElse, "pa-mode-someone-else", t.rate_someone_else,
                        t.rate_someone_else_detail) }
                </fieldset>
            }
            if mode == Mode::SomeoneElse {
                { rating_details(t, &dispatch, session.rating_of_someone_else.as_ref()) }
            }
            if props.choose_set {
                <fieldset class="pa-set-choice">
                    <legend>{ t.choose_set }</legend>
                    { for set_choices }
                </fieldset>
            }
            <p class="pa-source">{ &set.source }</p>
            if answered > 0 {
                <p class="pa-progress-text">
                    { t.answered_count(answered, set.competency_count()) }
                </p>
            }
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary"
                    onclick={sender(&dispatch, Action::Begin)}>
                    { if answered > 0 { t.continue_label } else { t.begin } }
                </button>
                if answered > 0 {
                    <button type="button" class="pa-button pa-secondary"
                        onclick={sender(&dispatch, Action::GoTo(Screen::Results))}>
                        { t.see_results }
                    </button>
                }
            </div>
            if answered > 0 {
                <ConfirmButton label={t.start_over} question={t.start_over_question}
                    confirm_label={t.start_over_confirm}
                    on_confirm={sender(&dispatch, Action::StartOver)} />
            }
        </section>
    }
}
