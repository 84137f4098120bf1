//! Saving every change: once the change is painted and the browser is idle (see
//! `edge::idle_saver`), and at once when the page is hidden or left. Nothing is written for what
//! was just loaded (an older format is rewritten at the first change), and parts that did not
//! change are not encoded again. Once there is something to keep, the browser is asked not to
//! evict it.

use crate::app::edge::idle_saver::IdleSaver;
use crate::app::edge::page::ask_for_persistent_storage;
use crate::app::edge::storage::{self, StorageKeys, StorageNotice};
use crate::core::saved_state::Encoder;
use crate::core::session::Session;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What this tab last knew to be saved: what it loaded, saved itself, or took in from another
/// tab. Another tab's save is merged against it, so that this tab's own changes since then,
/// saved or not yet, are never lost (see `Session::merge_three_way`).
pub type SavedBase = Rc<RefCell<Rc<Session>>>;

/// Saves `session` whenever it changes while `saving` is on; returns the saver, whose waiting
/// save can be cancelled ("Erase everything now").
#[hook]
pub fn use_saving(
    keys: &StorageKeys,
    session: Rc<Session>,
    saving: bool,
    notice: UseStateHandle<Option<StorageNotice>>,
    base: SavedBase,
) -> IdleSaver {
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
        let (saver, keys) = ((*saver).clone(), keys.clone());
        use_effect_with((session, saving), move |(session, saving)| {
            let just_loaded = std::mem::replace(&mut *just_loaded.borrow_mut(), false);
            if !*saving {
                return;
            }
            if session.has_data() && !asked_to_persist.replace(true) {
                ask_for_persistent_storage();
            }
            if just_loaded {
                return;
            }
            let session = session.clone();
            saver.save_later(move || {
                match storage::save_with(&keys, &session, &mut encoder.borrow_mut()) {
                    Ok(()) => {
                        *base.borrow_mut() = session;
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
