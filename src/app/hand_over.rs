//! For a rating of someone else: hand the result over as a file the peer worker imports.

use super::confirm_button::ConfirmButton;
use super::{browser, text, Dispatch};
use crate::core::session::{Action, Session};
use crate::core::transfer::rating_file;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandOverProps {
    pub session: Session,
    pub dispatch: Dispatch,
}

#[function_component(HandOver)]
pub fn hand_over(props: &HandOverProps) -> Html {
    let Some(rating) = props.session.rating_of_someone_else.clone() else {
        return html! {};
    };
    let downloaded = use_state_eq(|| false);
    let download = {
        let rating = rating.clone();
        let downloaded = downloaded.clone();
        Callback::from(move |_: MouseEvent| {
            let date = browser::today();
            let file = rating_file(&rating, &date);
            let who = rating.person.trim().replace(|c: char| !c.is_alphanumeric(), "-");
            let name = if who.is_empty() { format!("peer-rating-{date}.json") } else { format!("peer-rating-{who}-{date}.json") };
            downloaded.set(browser::download(&name, "application/json", &file));
        })
    };
    let discard = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::DiscardRatingOfSomeoneElse))
    };
    html! {
        <section class="pa-hand-over pa-no-print" aria-labelledby="pa-hand-over-heading">
            <h3 id="pa-hand-over-heading">{ text::HAND_OVER_HEADING }</h3>
            <p>{ text::hand_over_intro(&rating.person) }</p>
            <p class="pa-not-anonymous" role="note">{ text::NOT_ANONYMOUS_GIVER }</p>
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={download}>{ text::DOWNLOAD_RATING_FILE }</button>
            </div>
            if *downloaded {
                <p role="status">{ text::RATING_FILE_READY }</p>
            }
            <ConfirmButton label={text::DISCARD_RATING} question={text::DISCARD_RATING_QUESTION}
                confirm_label={text::DISCARD_RATING_CONFIRM} on_confirm={discard} />
        </section>
    }
}
