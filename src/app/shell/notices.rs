//! What the person should know about saving: a problem with storage (with the unreadable data
//! offered as a download), and a reminder to download a backup.

use crate::app::edge::files::data_url;
use crate::app::edge::storage::StorageNotice;
use crate::app::state::{sender, Dispatch};
use crate::app::text::Text;
use crate::core::session::{Action, Screen};
use yew::prelude::*;

/// A storage problem, with `on_dismiss` to close it, and the backup reminder when due.
pub fn notices(
    t: &Text,
    dispatch: &Dispatch,
    notice: Option<&StorageNotice>,
    on_dismiss: Callback<()>,
    remind_backup: bool,
) -> Html {
    let dismiss = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <>
            if remind_backup {
                <div class="pa-notice pa-reminder" role="note">
                    <p>{ t.backup_reminder }</p>
                    <button type="button" class="pa-button pa-secondary"
                        onclick={sender(dispatch, Action::GoTo(Screen::Files))}>
                        { t.backup_now }
                    </button>
                </div>
            }
            if let Some(problem) = notice {
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
