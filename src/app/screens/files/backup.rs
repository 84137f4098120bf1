//! "Download a backup file": everything, as one file that can be imported again.

use crate::app::edge::{clock, files};
use crate::app::state::Dispatch;
use crate::app::text::Text;
use crate::core::session::{Action, Session};
use crate::core::transfer::backup_file;
use std::rc::Rc;
use yew::prelude::*;

pub fn backup(t: &Text, dispatch: &Dispatch, session: &Rc<Session>) -> Html {
    let download = {
        let (session, dispatch) = (session.clone(), dispatch.clone());
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
            <p class="pa-progress-text">{ t.last_backup(session.last_backup.as_deref()) }</p>
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={download}>
                    { t.download_backup }
                </button>
            </div>
        </section>
    }
}
