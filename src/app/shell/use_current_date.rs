//! Today's date and the page's address for the screens: as the page read them at mount, with
//! the date read again whenever the page is shown (a tab left open overnight shows today).

use crate::app::edge::{clock, page};
use crate::app::state::PageFacts;
use yew::prelude::*;

#[hook]
pub fn use_current_date(at_mount: PageFacts) -> PageFacts {
    let facts = use_state_eq(|| at_mount);
    {
        let facts = facts.clone();
        use_effect_with((), move |_| {
            let listener = page::watch_visibility(move |hidden| {
                if !hidden {
                    facts.set(PageFacts {
                        today: clock::today().into(),
                        ..(*facts).clone()
                    });
                }
            });
            move || drop(listener)
        });
    }
    (*facts).clone()
}
