//! Answers given in another tab of the same site show here too: each save of another tab is
//! merged with this tab's state against what this tab last knew to be saved, so nothing either
//! tab did is lost, even a change here still waiting to be saved.

use super::known_save::{catch_up, KnownSave};
use crate::app::edge::storage::{watch_other_tabs, StorageKeys};
use crate::app::state::Dispatch;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Listens while the widget is shown; takes nothing in while `private` holds true ("Don't save
/// on this device").
#[hook]
pub fn use_other_tabs(
    keys: &StorageKeys,
    dispatch: Dispatch,
    private: Rc<RefCell<bool>>,
    known: KnownSave,
) {
    let keys = keys.clone();
    use_effect_with((), move |_| {
        let watched = keys.clone();
        let listener = watch_other_tabs(&watched, move || {
            if *private.borrow() {
                return;
            }
            if let Some(merge) = catch_up(&keys, &known) {
                dispatch.dispatch(merge);
            }
        });
        move || drop(listener)
    });
}
