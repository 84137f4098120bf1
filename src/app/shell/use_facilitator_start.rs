//! The facilitator's page opens on the workshop, whatever screen was saved last.

use super::audience::Audience;
use crate::app::state::Dispatch;
use crate::core::session::{Action, Screen};
use yew::prelude::*;

#[hook]
pub fn use_facilitator_start(audience: Audience, dispatch: Dispatch) {
    use_effect_with((), move |_| {
        if audience.is_facilitator() {
            dispatch.dispatch(Action::GoTo(Screen::Workshop));
        }
    });
}
