//! The widget's header: its title, the set in use, the language switch (unless the page fixed
//! the language) and the sections it offers. Compact on a phone: titles and language on one
//! row, the sections on the next.

use crate::app::state::{sender, use_dispatch};
use crate::app::text::{use_text, LANGUAGES};
use crate::core::competency_set::CompetencySet;
use crate::core::embed_config::Parts;
use crate::core::session::{Action, Screen};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
    pub set: &'static CompetencySet,
    /// Offer the language switch.
    pub choose_language: bool,
    pub parts: Parts,
    pub screen: Screen,
}

/// The section a screen belongs to, as the index of its navigation button.
fn section_of(screen: &Screen) -> usize {
    match screen {
        Screen::History | Screen::Snapshot(_) | Screen::Compare { .. } => 1,
        Screen::Files => 2,
        Screen::Workshop => 3,
        _ => 0,
    }
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let section = section_of(&props.screen);
    let nav_item = |index: usize, label: &'static str, screen: Screen| {
        html! {
            <li>
                <button type="button" class="pa-nav-button"
                    aria-current={(section == index).then_some("page")}
                    onclick={sender(&dispatch, Action::GoTo(screen))}>{ label }</button>
            </li>
        }
    };
    let on_language = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let select = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok());
            if let Some(select) = select {
                dispatch.dispatch(Action::ChooseLanguage(select.value()));
            }
        })
    };
    let languages = LANGUAGES.iter().map(|l| {
        html! {
            <option value={l.lang} lang={l.lang} selected={std::ptr::eq(*l, t)}>
                { l.language_name }
            </option>
        }
    });
    let parts = props.parts;
    html! {
        <header class="pa-header">
            <div class="pa-header-titles">
                <p class="pa-app-title">{ &props.title }</p>
                <p class="pa-set-name">{ &t.set(props.set).short_title }</p>
            </div>
            if props.choose_language {
                <div class="pa-language">
                    <label for="pa-language">{ t.language_label }</label>
                    <select id="pa-language" onchange={on_language}>{ for languages }</select>
                </div>
            }
            <nav class="pa-nav" aria-label={t.sections}>
                <ul>
                    { nav_item(0, t.self_assessment, Screen::Welcome) }
                    if parts.history {
                        { nav_item(1, t.history, Screen::History) }
                    }
                    if parts.files {
                        { nav_item(2, t.files, Screen::Files) }
                    }
                    if parts.workshop {
                        { nav_item(3, t.workshop, Screen::Workshop) }
                    }
                </ul>
            </nav>
        </header>
    }
}
