//! The footer: where answers are kept, "Erase everything now", and the widget's version.

use crate::app::text::{fill, Text};
use crate::app::widgets::ConfirmButton;
use crate::core::APP_VERSION;
use yew::prelude::*;

pub fn footer(t: &Text, private: bool, may_save: bool, on_delete_all: Callback<()>) -> Html {
    let status = match (private, may_save) {
        (true, _) => t.private_footer,
        (false, true) => t.footer_privacy,
        (false, false) => t.storage_unavailable,
    };
    html! {
        <footer class="pa-footer">
            <p class="pa-storage-status">{ status }</p>
            <ConfirmButton label={t.delete_data} question={t.delete_question}
                confirm_label={t.delete_confirm} on_confirm={on_delete_all} />
            <p class="pa-version">{ fill(t.footer_version, &[("version", &APP_VERSION)]) }</p>
        </footer>
    }
}
