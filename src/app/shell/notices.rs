//! What the person should know about saving: a problem with storage (with the unreadable data
//! offered as a download), and a reminder to download a backup.

use crate::app::edge::files::data_url;
use crate::app::edge::storage::StorageNotice;
use crate::app::state::{sender, use_dispatch};
use crate::app::text::{use_text, Text};
use crate::core::session::{Action, Screen};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notice: Option<StorageNotice>,
    pub on_dismiss: Callback<()>,
    pub remind_backup: bool,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <>
            if props.remind_backup {
                <div class="pa-notice pa-reminder" role="note">
                    <p>{ t.backup_reminder }</p>
                    <button type="button" class="pa-button pa-secondary"
                        onclick={sender(&dispatch, Action::GoTo(Screen::Files))}>
                        { t.backup_now }
                    </button>
                </div>
            }
            if let Some(problem) = &props.notice {
                <div class="pa-notice" role="alert">
                    <p>{ notice_text(t, problem) }</p>
                    if let StorageNotice::Unreadable { text: unreadable, .. } = problem {
                        <p>
                            <a href={data_url(unreadable)}
                                download="peer-assessment-unreadable-data.txt">
                                { t.download_unreadable }
                            </a>
                        </p>
                    }
                    <button type="button" class="pa-button pa-secondary" onclick={dismiss}>
                        { t.dismiss }
                    </button>
                </div>
            }
        </>
    }
}

fn notice_text(t: &Text, notice: &StorageNotice) -> String {
    match notice {
        StorageNotice::Unavailable => t.storage_unavailable.to_string(),
        StorageNotice::Unreadable {
            reason, kept_under, ..
        } => t.unreadable_saved_data(&t.load_error(reason), kept_under.as_deref()),
        StorageNotice::SaveFailed => t.save_failed.to_string(),
    }
}
