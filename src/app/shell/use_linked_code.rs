//! A code in the page's link (`#code=…`), read once by the page and then taken out of the
//! address bar. A participant's code goes to the workshop screen; any other is offered by the
//! `LinkedCode` banner.

use crate::app::edge::page::clear_fragment;
use crate::app::state::Dispatch;
use crate::core::received_code::read_code;
use crate::core::session::{Action, Screen};
use crate::core::share_code::CodeKind;
use yew::prelude::*;

pub struct LinkedCodes {
    /// A code to offer in the banner (a supervisor's, or a damaged one to explain).
    pub offered: Option<AttrValue>,
    /// A participant's code, for the workshop.
    pub participant: Option<AttrValue>,
    /// The person added or dismissed the code.
    pub done: Callback<()>,
}

#[hook]
pub fn use_linked_code(code: Option<AttrValue>, dispatch: Dispatch) -> LinkedCodes {
    let linked = use_state_eq(|| code);
    let is_participant = use_memo((*linked).clone(), |code| {
        let participant = |code: &AttrValue| {
            read_code(code).is_ok_and(|shared| shared.kind == CodeKind::Participant)
        };
        code.as_ref().is_some_and(participant)
    });
    {
        let (any_code, participant) = (linked.is_some(), *is_participant);
        use_effect_with((), move |_| {
            if any_code {
                clear_fragment();
            }
            if participant {
                dispatch.dispatch(Action::GoTo(Screen::Workshop));
            }
        });
    }
    let done = {
        let linked = linked.clone();
        Callback::from(move |()| linked.set(None))
    };
    let (offered, participant) = match (*is_participant, (*linked).clone()) {
        (true, code) => (None, code),
        (false, code) => (code, None),
    };
    LinkedCodes {
        offered,
        participant,
        done,
    }
}
