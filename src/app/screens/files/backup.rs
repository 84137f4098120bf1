//! "Download a backup file": everything, as one file that can be imported again.

use crate::app::edge::{clock, files};
use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::core::session::{Action, Session};
use crate::core::transfer::backup_file;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackupProps {
    pub session: Rc<Session>,
}

#[function_component(Backup)]
pub fn backup(props: &BackupProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let download = {
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            let today = clock::today();
            let file = backup_file(&session, &clock::now());
            let name = format!("peer-assessment-backup-{today}.json");
            if files::download(&name, "application/json", &file) {
                dispatch.dispatch(Action::BackedUp { on: today });
            }
        })
    };
    html! {
        <section aria-labelledby="pa-backup-heading">
            <h3 id="pa-backup-heading">{ t.backup_heading }</h3>
            <p>{ t.backup_intro }</p>
            <p class="pa-progress-text">{ t.last_backup(props.session.last_backup.as_deref()) }</p>
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={download}>
                    { t.download_backup }
                </button>
            </div>
        </section>
    }
}
