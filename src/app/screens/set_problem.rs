//! Shown instead of the assessment when the page gave the widget a set it cannot use.

use crate::app::text::Text;
use yew::prelude::*;

/// `problem` says what is wrong with the set, for the page's owner (in their configuration's
/// terms).
pub fn set_problem(t: &Text, problem: &AttrValue) -> Html {
    html! {
        <section class="pa-screen" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.set_problem_heading }</h2>
            <p class="pa-notice" role="alert">{ problem }</p>
            <p>{ t.set_problem_help }</p>
        </section>
    }
}
