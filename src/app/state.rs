//! The session as Yew state, and what every screen may ask for without props: the dispatcher
//! that sends actions, and facts about the page (today's date, the page's address) read by the
//! shell, so that no render reads the clock or the address itself.

use crate::core::session::{Action, Session};
use crate::core::share_code::CodeKind;
use std::rc::Rc;
use yew::prelude::*;

/// The reducer's state: the session behind an `Rc`, so screens get it without a copy and
/// compare it by pointer first.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub session: Rc<Session>,
}

impl AppState {
    pub fn new(session: Session) -> Self {
        AppState {
            session: Rc::new(session),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    /// An action that changes nothing returns the same state, so nothing re-renders.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self.session).clone().apply(action);
        if next == *self.session {
            self
        } else {
            Rc::new(AppState::new(next))
        }
    }
}

/// Sends actions to the session; cheap to clone and compare.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// The dispatcher of the widget this component is in.
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_context::<Dispatch>().expect("a component that sends actions is inside the App")
}

/// What the shell read from the browser for the screens.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageFacts {
    /// Today on the person's calendar, "YYYY-MM-DD".
    pub today: AttrValue,
    /// The page's address without its fragment, for links that carry a code.
    pub address: AttrValue,
    /// The facilitator's page, for links that carry a participant's code.
    pub facilitator_address: AttrValue,
}

impl PageFacts {
    /// Where a link carrying a code of this kind opens: a participant's code goes to the
    /// facilitator's page, a rating for the person rated to this page.
    pub fn address_for(&self, kind: CodeKind) -> &AttrValue {
        match kind {
            CodeKind::Participant => &self.facilitator_address,
            _ => &self.address,
        }
    }
}

/// Today's date and the page's address, as the shell last read them.
#[hook]
pub fn use_page_facts() -> PageFacts {
    use_context::<PageFacts>().unwrap_or_default()
}

/// A callback that sends `action` whatever event triggers it (a click, a choice, a confirmation).
pub fn sender<E: 'static>(dispatch: &Dispatch, action: Action) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: E| dispatch.dispatch(action.clone()))
}
