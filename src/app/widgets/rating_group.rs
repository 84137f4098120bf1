//! One competency as a radio group: a labelled radio per level plus "not applicable", and an
//! optional note. The group's accessible name (its legend) is the competency text.

use crate::app::text::use_text;
use crate::core::competency_set::{Competency, Scale};
use crate::core::rating::Rating;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingGroupProps {
    /// From a set that lives as long as the page, so props need no copy of its text.
    pub competency: &'static Competency,
    /// The number shown before the text, counted within the category.
    pub number: usize,
    pub scale: &'static Scale,
    pub rating: Option<Rating>,
    pub note: AttrValue,
    pub on_rate: Callback<(String, Rating)>,
    pub on_note: Callback<(String, String)>,
}

#[function_component(RatingGroup)]
pub fn rating_group(props: &RatingGroupProps) -> Html {
    let t = use_text();
    let competency = props.competency;
    let group_name = format!("pa-rating-{}", competency.id);
    let option = |rating: Rating, label: String, short: String| {
        let on_rate = props.on_rate.clone();
        let id = competency.id.clone();
        let onchange = Callback::from(move |_: Event| on_rate.emit((id.clone(), rating)));
        let input_id = format!("{group_name}-{short}");
        // The chosen option, and the group as answered, are styled from the radio's own checked
        // state (`input:checked ~ …` in styles/main.css): an answer changes no class here.
        let checked = props.rating == Some(rating);
        let class = classes!(
            "pa-option",
            (rating == Rating::NotApplicable).then_some("pa-option-na")
        );
        html! {
            <label class={class} for={input_id.clone()}>
                <input type="radio" id={input_id} name={group_name.clone()} value={short.clone()}
                    {checked} {onchange} />
                <span class="pa-option-box" aria-hidden="true"></span>
                <span class="pa-answered-bar" aria-hidden="true"></span>
                if let Rating::Level(level) = rating {
                    <span class="pa-option-level" aria-hidden="true">{ level }</span>
                }
                <span class="pa-option-label">{ label }</span>
            </label>
        }
    };
    let levels = (1..=props.scale.levels()).map(|level| {
        let label = props.scale.label(level).unwrap_or_default().to_string();
        option(Rating::Level(level), label, level.to_string())
    });
    let not_applicable = option(
        Rating::NotApplicable,
        t.not_applicable.to_string(),
        "na".to_string(),
    );

    let note_id = format!("pa-note-{}", competency.id);
    let on_note = {
        let on_note = props.on_note.clone();
        let id = competency.id.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                on_note.emit((id.clone(), area.value()));
            }
        })
    };
    // The note's text box exists only while the note is open (or holds text): most people
    // never open it, and five or more boxes per screen cost time to build.
    let (note_open, on_note_toggle) = super::disclosure::use_details_open();
    let show_note = *note_open || !props.note.is_empty();
    html! {
        <fieldset class="pa-competency" id={format!("pa-competency-{}", competency.id)}>
            <legend>
                <span class="pa-number">{ format!("{}.", props.number) }</span>
                { " " }{ &competency.text }
                if competency.added {
                    { " " }<span class="pa-badge">{ t.added_badge }</span>
                }
            </legend>
            if !competency.details.is_empty() {
                <ol class="pa-details" type="a">
                    { for competency.details.iter().map(|d| html! { <li>{ d }</li> }) }
                </ol>
            }
            if let Some(source) = &competency.source {
                <p class="pa-item-source">{ t.source_prefix(source) }</p>
            }
            <div class="pa-options">
                { for levels }
                { not_applicable }
            </div>
            <details class="pa-note" open={show_note} ontoggle={on_note_toggle}>
                <summary>{ t.note_summary }</summary>
                if show_note {
                    <label for={note_id.clone()} class="pa-visually-hidden">{ t.note_label }</label>
                    <textarea id={note_id} rows="3" maxlength="1000" value={props.note.clone()}
                        oninput={on_note} />
                }
            </details>
        </fieldset>
    }
}
