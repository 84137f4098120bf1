//! The facilitator's page opens on the workshop: when it starts on the welcome screen (nothing
//! begun, or a participant's page left there), it goes to the workshop once.

use super::audience::Audience;
use crate::app::state::Dispatch;
use crate::core::session::{Action, Screen};
use yew::prelude::*;

#[hook]
pub fn use_facilitator_start(audience: Audience, screen: &Screen, dispatch: Dispatch) {
    let on_welcome = *screen == Screen::Welcome;
    use_effect_with((), move |_| {
        if audience.is_facilitator() && on_welcome {
            dispatch.dispatch(Action::GoTo(Screen::Workshop));
        }
    });
}
