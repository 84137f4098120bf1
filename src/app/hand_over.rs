//! For a rating of someone else: hand the result over as a file the peer worker imports.

use super::confirm_button::ConfirmButton;
use super::{browser, Dispatch};
use super::text::use_text;
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
    let t = use_text();
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
            <h3 id="pa-hand-over-heading">{ t.hand_over_heading }</h3>
            <p>{ t.hand_over_intro(&rating.person) }</p>
            <p class="pa-not-anonymous" role="note">{ t.not_anonymous_giver }</p>
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={download}>{ t.download_rating_file }</button>
            </div>
            if *downloaded {
                <p role="status">{ t.rating_file_ready }</p>
            }
            if let Some(set) = crate::core::competency_set::find_set(&rating.set_id) {
                <super::share_section::ShareSection set={set} answers={rating.answers.clone()} date={browser::today()}
                    kind={crate::core::share_code::CodeKind::Supervisor} />
            }
            <ConfirmButton label={t.discard_rating} question={t.discard_rating_question}
                confirm_label={t.discard_rating_confirm} on_confirm={discard} />
        </section>
    }
}
