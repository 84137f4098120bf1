//! Starting a workshop: its name and the set its participants rate.

use crate::app::edge::clock;
use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::core::competency_set::built_in_sets;
use crate::core::session::Action;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartFormProps {
    /// The set chosen at first: the one the person uses.
    pub set_id: String,
    /// A participant's code arrived in a link and waits for a workshop.
    pub has_pending: bool,
}

#[function_component(StartForm)]
pub fn start_form(props: &StartFormProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let name = use_node_ref();
    let set = use_node_ref();
    let start = {
        let (name, set) = (name.clone(), set.clone());
        Callback::from(move |_: MouseEvent| {
            let name = name
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let set_id = set
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            dispatch.dispatch(Action::StartWorkshop {
                name,
                set_id,
                on: clock::today(),
            });
        })
    };
    let sets = built_in_sets().iter().map(|s| {
        html! {
            <option value={s.id.clone()} selected={s.id == props.set_id}>
                { &t.set(s).short_title }
            </option>
        }
    });
    html! {
        <>
            <p>{ t.workshop_intro }</p>
            if props.has_pending {
                <p class="pa-notice" role="status">{ t.workshop_start_for_code }</p>
            }
            <div class="pa-rating-details">
                <label for="pa-workshop-name">{ t.workshop_name }</label>
                <input type="text" id="pa-workshop-name" maxlength="120" ref={name} />
                <label for="pa-workshop-set">{ t.choose_set }</label>
                <select id="pa-workshop-set" ref={set}>{ for sets }</select>
            </div>
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={start}>
                    { t.workshop_start }
                </button>
            </div>
        </>
    }
}
