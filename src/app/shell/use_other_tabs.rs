//! Answers given in another tab of the same site show here too: each save of another tab is
//! merged with this tab's state against what this tab last knew to be saved, so nothing either
//! tab did is lost, even a change here still waiting to be saved.

use super::use_saving::SavedBase;
use crate::app::edge::storage::{watch_other_tabs, StorageKeys};
use crate::app::state::Dispatch;
use crate::core::session::Action;
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
    base: SavedBase,
) {
    let keys = keys.clone();
    use_effect_with((), move |_| {
        let listener = watch_other_tabs(&keys, move |theirs| {
            if *private.borrow() {
                return;
            }
            let theirs = Rc::new(theirs);
            let known = base.replace(theirs.clone());
            dispatch.dispatch(Action::MergeFromOtherTab {
                theirs: Box::new((*theirs).clone()),
                base: Some(Box::new((*known).clone())),
            });
        });
        move || drop(listener)
    });
}
