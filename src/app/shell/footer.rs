//! The footer: where answers are kept, and "Erase everything now".

use crate::app::text::Text;
use crate::app::widgets::ConfirmButton;
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
        </footer>
    }
}
