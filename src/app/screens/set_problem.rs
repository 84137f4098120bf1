//! Shown instead of the assessment when the page gave the widget a set it cannot use.

use crate::app::text::use_text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetProblemProps {
    /// What is wrong with the set, for the page's owner (in their configuration's terms).
    pub problem: AttrValue,
}

#[function_component(SetProblem)]
pub fn set_problem(props: &SetProblemProps) -> Html {
    let t = use_text();
    html! {
        <section class="pa-screen" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.set_problem_heading }</h2>
            <p class="pa-notice" role="alert">{ &props.problem }</p>
            <p>{ t.set_problem_help }</p>
        </section>
    }
}
