//! Which screen the session is on, with what each screen needs.

use super::props::AppProps;
use super::use_linked_code::LinkedCodes;
use super::use_private_mode::PrivateMode;
use crate::app::screens::*;
use crate::core::session::{Screen, Session};
use std::rc::Rc;
use yew::prelude::*;

/// The screen the session is on.
pub fn screen(
    props: &AppProps,
    session: &Rc<Session>,
    may_save: bool,
    private: &PrivateMode,
    linked: &LinkedCodes,
) -> Html {
    let session = session.clone();
    let (on_private, private) = (private.set.clone(), private.on);
    match &session.screen {
        Screen::Welcome => html! {
            <WelcomeScreen session={session.clone()} can_save={may_save} {private}
                {on_private} choose_set={props.fixed_set.is_none()}
                rate_others={props.parts.rate_others} />
        },
        Screen::Category(_) => html! { <CategoryScreen {session} /> },
        Screen::Results => html! { <ResultsScreen {session} /> },
        Screen::Snapshot(id) => html! {
            <ResultsScreen key={id.clone()} session={session.clone()} snapshot={Some(id.clone())} />
        },
        Screen::History => html! { <HistoryScreen {session} /> },
        Screen::Compare { first, second } => html! {
            <CompareScreen session={session.clone()} first={first.clone()}
                second={second.clone()} />
        },
        Screen::Files => html! { <FilesScreen {session} /> },
        Screen::Workshop => match props.audience.workshop {
            Some(workshop) => workshop(session, linked.participant.clone(), linked.done.clone()),
            None => html! {
                <FacilitatorPageLink address={props.facilitator_address.clone()}
                    pending_code={linked.participant.clone()} />
            },
        },
    }
}
