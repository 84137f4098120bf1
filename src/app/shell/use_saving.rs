//! Saving every change: once the change is painted and the browser is idle (see
//! `edge::idle_saver`), and at once when the page is hidden or left. Nothing is written for what
//! was just loaded (an older format is rewritten at the first change), and parts that did not
//! change are not encoded again. Before writing, what another tab saved since this tab last knew
//! is taken in first, so neither tab's work is written over. Once there is something to keep,
//! the browser is asked not to evict it.

use super::known_save::{catch_up, known, KnownSave};
use crate::app::edge::idle_saver::IdleSaver;
use crate::app::edge::page::ask_for_persistent_storage;
use crate::app::edge::storage::{self, StorageKeys, StorageNotice};
use crate::app::state::Dispatch;
use crate::core::saved_state::Encoder;
use crate::core::session::Session;
use std::rc::Rc;
use yew::prelude::*;

/// Where and what to save, and what to tell.
pub struct Saving {
    pub keys: StorageKeys,
    /// Off in "Don't save on this device", and where saving could destroy unreadable data.
    pub on: bool,
    pub notice: UseStateHandle<Option<StorageNotice>>,
    pub known: KnownSave,
    pub dispatch: Dispatch,
}

/// Saves `session` whenever it changes while saving is on; returns the saver, whose waiting
/// save can be cancelled ("Erase everything now").
#[hook]
pub fn use_saving(session: Rc<Session>, saving: Saving) -> IdleSaver {
    let saver = use_memo((), |_| IdleSaver::default());
    let encoder = use_mut_ref(Encoder::default);
    let asked_to_persist = use_mut_ref(|| false);
    let just_loaded = use_mut_ref(|| true);
    {
        let saver = (*saver).clone();
        use_effect_with((), move |_| {
            let listener = saver.save_when_page_hides();
            move || {
                saver.save_now();
                drop(listener)
            }
        });
    }
    {
        let saver = (*saver).clone();
        let Saving {
            keys,
            on,
            notice,
            known: knowledge,
            dispatch,
        } = saving;
        use_effect_with((session, on), move |(session, on)| {
            let just_loaded = std::mem::replace(&mut *just_loaded.borrow_mut(), false);
            if !*on {
                return;
            }
            if session.has_data() && !asked_to_persist.replace(true) {
                ask_for_persistent_storage();
            }
            if just_loaded {
                return;
            }
            let mut session = session.clone();
            saver.save_later(move || {
                // Another tab wrote since: its save is merged in here and written now (this may
                // be the last chance, as the page closes), and the state takes in the same merge.
                if let Some(merge) = catch_up(&keys, &knowledge) {
                    session = Rc::new((*session).clone().apply(merge.clone()));
                    dispatch.dispatch(merge);
                }
                // What is saved already holds this (the merge above, seen again by this save).
                if *knowledge.borrow().session == *session {
                    return;
                }
                match storage::save_with(&keys, &session, &mut encoder.borrow_mut()) {
                    Ok(text) => {
                        *knowledge.borrow_mut() = known(session, text);
                        if *notice == Some(StorageNotice::SaveFailed) {
                            notice.set(None);
                        }
                    }
                    Err(problem) => notice.set(Some(problem)),
                }
            });
        });
    }
    (*saver).clone()
}
