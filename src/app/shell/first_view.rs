//! The widget as a first-time visitor sees it before touching anything: the shell's layout
//! around the welcome screen of a fresh session, with nothing saved and no notice. The cargo
//! example `prerender-welcome` renders it to HTML at build time, in every language, and the
//! build writes it into `index.html`, so the page shows the welcome screen before the wasm has
//! arrived; the App then draws the same screen in its place.

use super::footer::footer;
use super::header::Header;
use crate::app::screens::WelcomeScreen;
use crate::app::state::{AppState, Dispatch, PageFacts};
use crate::app::text::{for_language, Texts};
use crate::core::embed_config::Parts;
use crate::core::session::Session;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FirstViewProps {
    /// The language code of the text table to render with.
    pub lang: AttrValue,
}

#[function_component(FirstView)]
pub fn first_view(props: &FirstViewProps) -> Html {
    let state = use_reducer(|| AppState::new(Session::default()));
    let dispatch: Dispatch = state.dispatcher();
    let session = state.session.clone();
    let t = for_language(&props.lang);
    let parts = Parts::default();
    html! {
        <ContextProvider<Texts> context={Texts(t)}>
        <ContextProvider<Dispatch> context={dispatch}>
        <ContextProvider<PageFacts> context={PageFacts::default()}>
            <div class="pa-app" lang={t.lang}>
                <Header title={t.app_title} set={session.set()} choose_language={true}
                    {parts} screen={session.screen.clone()} />
                <main class="pa-main">
                    <WelcomeScreen session={Rc::clone(&session)} can_save={true} private={false}
                        choose_set={true} rate_others={parts.rate_others} />
                </main>
                { footer(t, false, true, Callback::noop()) }
            </div>
        </ContextProvider<PageFacts>>
        </ContextProvider<Dispatch>>
        </ContextProvider<Texts>>
    }
}
