//! For a rating of someone else: who is rated and by whom, with a plain word that the rating is
//! not anonymous.

use crate::app::state::Dispatch;
use crate::app::text::Text;
use crate::core::history::RaterRole;
use crate::core::session::{Action, RatingOfSomeoneElse};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The fields, for the rating in progress if one was started.
pub fn rating_details(t: &Text, dispatch: &Dispatch, rating: Option<&RatingOfSomeoneElse>) -> Html {
    let current = rating.cloned().unwrap_or_default();
    let dispatch = dispatch.clone();
    let describe = move |person: String, rater_name: String, rater_role: RaterRole| {
        dispatch.dispatch(Action::DescribeRating {
            person,
            rater_name,
            rater_role,
        })
    };
    let input_value = |event: &InputEvent| {
        let input = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        input.map(|i| i.value()).unwrap_or_default()
    };
    let on_person = {
        let (describe, current) = (describe.clone(), current.clone());
        Callback::from(move |event: InputEvent| {
            describe(
                input_value(&event),
                current.rater_name.clone(),
                current.rater_role,
            )
        })
    };
    let on_rater = {
        let (describe, current) = (describe.clone(), current.clone());
        Callback::from(move |event: InputEvent| {
            describe(
                current.person.clone(),
                input_value(&event),
                current.rater_role,
            )
        })
    };
    let on_role = {
        let current = current.clone();
        Callback::from(move |event: Event| {
            let select = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok());
            let key = select.map(|s| s.value()).unwrap_or_default();
            if let Some(role) = RaterRole::from_key(&key) {
                describe(current.person.clone(), current.rater_name.clone(), role);
            }
        })
    };
    let roles = RaterRole::ALL.iter().map(|role| {
        html! {
            <option value={role.key()} selected={*role == current.rater_role}>
                { t.role_name(*role) }
            </option>
        }
    });
    html! {
        <div class="pa-rating-details">
            <p class="pa-not-anonymous" role="note">{ t.not_anonymous_giver }</p>
            <label for="pa-person-name">{ t.person_name }</label>
            <input type="text" id="pa-person-name" maxlength="200" autocomplete="off"
                value={current.person.clone()} oninput={on_person} />
            <label for="pa-rater-name">{ t.rater_name }</label>
            <input type="text" id="pa-rater-name" maxlength="200" autocomplete="name"
                value={current.rater_name.clone()} oninput={on_rater} />
            <label for="pa-rater-role">{ t.rater_role }</label>
            <select id="pa-rater-role" onchange={on_role}>{ for roles }</select>
        </div>
    }
}
