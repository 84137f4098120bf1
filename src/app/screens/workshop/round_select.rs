//! A labelled list of a workshop's rounds to choose one from.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A labelled list of the rounds; `on_choose` gets the index chosen.
pub fn round_select(
    id: &'static str,
    label: &'static str,
    names: &[String],
    chosen: usize,
    on_choose: Callback<usize>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        let select = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(t).ok());
        if let Some(index) = select.and_then(|s| s.value().parse().ok()) {
            on_choose.emit(index);
        }
    });
    let options = names.iter().enumerate().map(|(i, name)| {
        html! { <option value={i.to_string()} selected={i == chosen}>{ name.clone() }</option> }
    });
    html! {
        <>
            <label for={id}>{ label }</label>
            <select {id} {onchange}>{ for options }</select>
        </>
    }
}
