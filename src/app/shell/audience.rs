//! Which page a widget is: the participant's (the assessment, results, history, files) or the
//! facilitator's (all of that and the workshop). Each page is its own binary (`src/main.rs`,
//! `src/facilitator.rs`) and passes its audience to `mount`; the workshop's screens are reached
//! only through `FACILITATOR`, so the participant's wasm does not carry them.

use crate::app::screens::WorkshopScreen;
use crate::core::session::Session;
use std::rc::Rc;
use yew::prelude::*;

/// Draws the workshop screen: the session, a participant's code that came in the link, and
/// what to call once that code was added or dismissed.
pub type WorkshopView = fn(Rc<Session>, Option<AttrValue>, Callback<()>) -> Html;

#[derive(Clone, Copy, Default)]
pub struct Audience {
    /// The workshop screen; `None` on the participant's page, which links to the facilitator's.
    pub workshop: Option<WorkshopView>,
}

impl Audience {
    pub fn is_facilitator(&self) -> bool {
        self.workshop.is_some()
    }
}

/// Two audiences are the same page when both do or both do not have the workshop (function
/// addresses are not compared: they are not stable across codegen units).
impl PartialEq for Audience {
    fn eq(&self, other: &Self) -> bool {
        self.is_facilitator() == other.is_facilitator()
    }
}

/// The participant's page.
pub const PARTICIPANT: Audience = Audience { workshop: None };

/// The facilitator's page.
pub const FACILITATOR: Audience = Audience {
    workshop: Some(workshop_view),
};

fn workshop_view(session: Rc<Session>, pending: Option<AttrValue>, done: Callback<()>) -> Html {
    html! { <WorkshopScreen {session} pending_code={pending} on_pending_done={done} /> }
}
