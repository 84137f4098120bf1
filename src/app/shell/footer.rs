//! The footer: where answers are kept, and "Erase everything now".

use crate::app::text::use_text;
use crate::app::widgets::ConfirmButton;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub private: bool,
    pub may_save: bool,
    pub on_delete_all: Callback<()>,
}

#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    let t = use_text();
    let status = match (props.private, props.may_save) {
        (true, _) => t.private_footer,
        (false, true) => t.footer_privacy,
        (false, false) => t.storage_unavailable,
    };
    html! {
        <footer class="pa-footer">
            <p class="pa-storage-status">{ status }</p>
            <ConfirmButton label={t.delete_data} question={t.delete_question}
                confirm_label={t.delete_confirm} on_confirm={props.on_delete_all.clone()} />
        </footer>
    }
}
