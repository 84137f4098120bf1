//! A button whose action happens only after a second, explicit confirmation.

use crate::app::text::use_text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    pub label: AttrValue,
    pub question: AttrValue,
    pub confirm_label: AttrValue,
    pub on_confirm: Callback<()>,
}

#[function_component(ConfirmButton)]
pub fn confirm_button(props: &ConfirmButtonProps) -> Html {
    let t = use_text();
    let open = use_state_eq(|| false);
    let cancel_ref = use_node_ref();
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with(*open, move |open| {
            if *open {
                if let Some(button) = cancel_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let show = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let confirm = {
        let open = open.clone();
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_| {
            open.set(false);
            on_confirm.emit(());
        })
    };
    if *open {
        html! {
            <div class="pa-confirm" role="group" aria-label={props.label.clone()}>
                <p class="pa-confirm-question">{ &props.question }</p>
                <div class="pa-button-row">
                    <button type="button" class="pa-button pa-danger" onclick={confirm}>
                        { &props.confirm_label }
                    </button>
                    <button type="button" class="pa-button pa-secondary" onclick={cancel}
                        ref={cancel_ref}>{ t.cancel }</button>
                </div>
            </div>
        }
    } else {
        html! {
            <button type="button" class="pa-button pa-secondary" onclick={show}>
                { &props.label }
            </button>
        }
    }
}
