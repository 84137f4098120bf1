//! For a rating of someone else: hand the result over as a file the peer worker imports, or as
//! a short code.

use super::share::ShareSection;
use crate::app::edge::{clock, files};
use crate::app::state::{sender, use_dispatch, use_page_facts};
use crate::app::text::use_text;
use crate::app::widgets::ConfirmButton;
use crate::core::competency_set::find_set;
use crate::core::session::{Action, RatingOfSomeoneElse};
use crate::core::share_code::CodeKind;
use crate::core::transfer::rating_file;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandOverProps {
    /// The rating in progress; nothing is shown until there is one.
    pub rating: Option<RatingOfSomeoneElse>,
}

#[function_component(HandOver)]
pub fn hand_over(props: &HandOverProps) -> Html {
    // Every hook comes before the early return below: the rating can appear while this is shown
    // (given in another tab), and hooks must be called in the same order on every render.
    let t = use_text();
    let dispatch = use_dispatch();
    let today = use_page_facts().today;
    let downloaded = use_state_eq(|| false);
    let Some(rating) = props.rating.clone() else {
        return html! {};
    };
    let download = {
        let (rating, downloaded) = (rating.clone(), downloaded.clone());
        Callback::from(move |_: MouseEvent| {
            let date = clock::today();
            let file = rating_file(&rating, &date);
            let who = rating
                .person
                .trim()
                .replace(|c: char| !c.is_alphanumeric(), "-");
            let name = match who.is_empty() {
                true => format!("peer-rating-{date}.json"),
                false => format!("peer-rating-{who}-{date}.json"),
            };
            downloaded.set(files::download(&name, "application/json", &file));
        })
    };
    html! {
        <section class="pa-hand-over pa-no-print" aria-labelledby="pa-hand-over-heading">
            <h3 id="pa-hand-over-heading">{ t.hand_over_heading }</h3>
            <p>{ t.hand_over_intro(&rating.person) }</p>
            <p class="pa-not-anonymous" role="note">{ t.not_anonymous_giver }</p>
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={download}>
                    { t.download_rating_file }
                </button>
            </div>
            if *downloaded {
                <p role="status">{ t.rating_file_ready }</p>
            }
            if let Some(set) = find_set(&rating.set_id) {
                <ShareSection {set} answers={rating.answers.clone()} date={today}
                    kind={CodeKind::Supervisor} />
            }
            <ConfirmButton label={t.discard_rating} question={t.discard_rating_question}
                confirm_label={t.discard_rating_confirm}
                on_confirm={sender(&dispatch, Action::DiscardRatingOfSomeoneElse)} />
        </section>
    }
}
