//! "Compare with…": a list of the other assessments of the same set, and a button.

use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::core::session::{Action, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareChooserProps {
    pub this_id: String,
    /// Snapshot ids with their labels, oldest first.
    pub others: Vec<(String, String)>,
}

#[function_component(CompareChooser)]
pub fn compare_chooser(props: &CompareChooserProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let select = use_node_ref();
    let compare = {
        let select = select.clone();
        let this_id = props.this_id.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                // The other one is the baseline; these results are the later side.
                let screen = Screen::Compare {
                    first: select.value(),
                    second: this_id.clone(),
                };
                dispatch.dispatch(Action::GoTo(screen));
            }
        })
    };
    let options = props.others.iter().rev().map(|(id, label)| {
        html! { <option value={id.clone()}>{ label }</option> }
    });
    html! {
        <div class="pa-compare-with pa-no-print">
            <label for="pa-compare-with">{ t.compare_with }</label>
            <div class="pa-inline-form">
                <select id="pa-compare-with" ref={select}>{ for options }</select>
                <button type="button" class="pa-button pa-secondary" onclick={compare}>
                    { t.compare }
                </button>
            </div>
        </div>
    }
}
