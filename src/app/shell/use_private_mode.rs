//! "Don't save on this device": while it is on, nothing is written and other tabs' saves are
//! not taken in; what is saved stays as it is, unseen. Turning it off adds what was done in
//! memory to what is saved, losing neither.

use super::known_save::{known, KnownSave};
use crate::app::edge::storage::{self, StorageKeys};
use crate::app::state::Dispatch;
use crate::core::session::{Action, Session};
use crate::core::transfer::{merge, Incoming};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

pub struct PrivateMode {
    pub on: bool,
    /// Turns the mode on (true) or off (false).
    pub set: Callback<bool>,
    /// The mode as it is now, for listeners that outlive a render.
    pub now: Rc<RefCell<bool>>,
}

#[hook]
pub fn use_private_mode(
    keys: &StorageKeys,
    session: Rc<Session>,
    dispatch: Dispatch,
    knowledge: KnownSave,
) -> PrivateMode {
    let private = use_state_eq(|| false);
    let now = use_mut_ref(|| false);
    *now.borrow_mut() = *private;
    let set = {
        let (private, keys) = (private.clone(), keys.clone());
        Callback::from(move |on: bool| {
            if on == *private {
                return;
            }
            if on {
                // A fresh assessment in memory; what is saved stays as it is, unseen.
                let fresh = Session {
                    language: session.language.clone(),
                    ..Session::default()
                };
                dispatch.dispatch(Action::Imported(Box::new(fresh)));
            } else {
                let stored = storage::load(&keys);
                let in_memory = Incoming::Backup(Box::new((*session).clone()));
                let merged = merge(&stored.session, &in_memory);
                *knowledge.borrow_mut() = known(Rc::new(stored.session), stored.text);
                dispatch.dispatch(Action::Imported(Box::new(merged)));
            }
            private.set(on);
        })
    };
    PrivateMode {
        on: *private,
        set,
        now,
    }
}
