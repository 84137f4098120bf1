//! The set the page chose (`data-set`) is the one in use; answers of other sets are kept.

use crate::app::state::Dispatch;
use crate::core::session::Action;
use yew::prelude::*;

#[hook]
pub fn use_fixed_set(fixed_set: Option<AttrValue>, current: String, dispatch: Dispatch) {
    use_effect_with(fixed_set, move |fixed_set| {
        if let Some(id) = fixed_set.as_deref().filter(|id| **id != current) {
            dispatch.dispatch(Action::ChooseSet(id.to_string()));
        }
    });
}
