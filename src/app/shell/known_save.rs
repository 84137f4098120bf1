//! What this tab last knew to be saved: the text in storage and the session it holds. It is the
//! base of every merge with another tab's save (see `Session::merge_three_way`): what this tab
//! changed since then is kept, saved or not yet, and the rest comes from the other tab.

use crate::app::edge::storage::{saved_text, StorageKeys};
use crate::core::saved_state::decode;
use crate::core::session::{Action, Session};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Default)]
pub struct Known {
    pub session: Rc<Session>,
    pub text: Option<String>,
}

/// Shared by the hooks that save and that listen to other tabs.
pub type KnownSave = Rc<RefCell<Known>>;

pub fn known(session: Rc<Session>, text: Option<String>) -> Known {
    Known { session, text }
}

/// If what is saved now is not what this tab last knew (another tab wrote since), the action
/// that takes it in; what is saved becomes what this tab knows. Nothing for saved text this
/// widget cannot read.
pub fn catch_up(keys: &StorageKeys, known: &KnownSave) -> Option<Action> {
    let text = saved_text(keys);
    let mut known = known.borrow_mut();
    if text == known.text {
        return None;
    }
    let theirs = match &text {
        Some(text) => decode(text).ok()?,
        None => Session::default(),
    };
    let base = std::mem::replace(&mut known.session, Rc::new(theirs.clone()));
    known.text = text;
    let base = Some(Box::new((*base).clone()));
    Some(Action::MergeFromOtherTab {
        theirs: Box::new(theirs),
        base,
    })
}
