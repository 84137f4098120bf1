//! A code that arrived in the page's link (`#code=…`), other than a participant's (those go to
//! the workshop): a rating someone gave the person is offered for the history; a damaged code is
//! explained.

use crate::app::state::use_dispatch;
use crate::app::text::use_text;
use crate::app::widgets::LinkedOffer;
use crate::core::received_code::{read_code, received_snapshot};
use crate::core::session::{Action, Screen, Session};
use crate::core::share_code::CodeKind;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkedCodeProps {
    pub code: AttrValue,
    pub session: Rc<Session>,
    /// Called once the person added or dismissed the code.
    pub on_done: Callback<()>,
}

#[function_component(LinkedCode)]
pub fn linked_code(props: &LinkedCodeProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let dismiss = props.on_done.reform(|_: MouseEvent| ());
    match read_code(&props.code) {
        Ok(shared) if shared.kind == CodeKind::Supervisor => {
            let add = {
                let done = props.on_done.clone();
                let snapshot = received_snapshot(&shared, &props.session.history);
                Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(Action::Receive(Box::new(snapshot.clone())));
                    dispatch.dispatch(Action::GoTo(Screen::History));
                    done.emit(());
                })
            };
            let offer = LinkedOffer {
                add_label: t.code_add,
                on_add: add,
                on_dismiss: dismiss,
            };
            offer.view(
                t,
                html! {
                    <>
                        <p>{ t.linked_rating }</p>
                        <p>{ t.describe_received(&shared) }</p>
                    </>
                },
            )
        }
        Ok(_) => html! {},
        Err(error) => html! {
            <div class="pa-notice" role="alert">
                <p>{ t.code_error(&error) }</p>
                <button type="button" class="pa-button pa-secondary" onclick={dismiss}>
                    { t.dismiss }
                </button>
            </div>
        },
    }
}
