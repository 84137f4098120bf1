//! The widget: the session as state, the hooks that connect it to the browser (saving, other
//! tabs, a code in the link, the page's set, focus, the date), the layout, and which screen is
//! shown.

use super::footer::Footer;
use super::header::Header;
use super::known_save::{known, KnownSave};
use super::notices::Notices;
use super::use_fixed_set::use_fixed_set;
use super::use_focus::use_focus_heading_on_change;
use super::use_linked_code::{use_linked_code, LinkedCodes};
use super::use_other_tabs::use_other_tabs;
use super::use_page_facts::use_page_facts;
use super::use_private_mode::{use_private_mode, PrivateMode};
use super::use_saving::{use_saving, Saving};
use crate::app::edge::panic_screen::PanicLanguage;
use crate::app::edge::storage::{self, StorageKeys};
use crate::app::screens::*;
use crate::app::state::{AppState, Dispatch, PageFacts};
use crate::app::text::{for_language, Text, Texts};
use crate::core::embed_config::Parts;
use crate::core::session::{Action, Screen, Session};
use crate::core::transfer::backup_due;
use std::rc::Rc;
use yew::prelude::*;

/// How the page configures the widget, and what the page read for it when it mounted.
#[derive(Properties, PartialEq, Default, Clone)]
pub struct AppProps {
    /// A language fixed by the embedding page (`data-lang`); hides the language switch.
    #[prop_or_default]
    pub fixed_language: Option<AttrValue>,
    /// The browser's preferred language, used until the person picks one.
    #[prop_or_default]
    pub browser_language: Option<AttrValue>,
    /// Where this widget saves; widgets with different keys never share data.
    #[prop_or_default]
    pub keys: StorageKeys,
    /// A title replacing the default one.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// The competency set the page chose; hides the set choice.
    #[prop_or_default]
    pub fixed_set: Option<AttrValue>,
    /// Why the page's competency set could not be used, shown instead of the assessment.
    #[prop_or_default]
    pub set_problem: Option<AttrValue>,
    #[prop_or_default]
    pub parts: Parts,
    /// Today, "YYYY-MM-DD", when the widget was mounted.
    #[prop_or_default]
    pub today: AttrValue,
    /// The page's address without its fragment.
    #[prop_or_default]
    pub address: AttrValue,
    /// A share code that came in the page's link.
    #[prop_or_default]
    pub linked_code: Option<AttrValue>,
    /// Where this widget tells its error screen which language it speaks.
    #[prop_or_default]
    pub panic_language: PanicLanguage,
}

/// The language the widget speaks: the page's, else the person's choice, else the browser's.
fn language(props: &AppProps, session: &Session) -> &'static Text {
    let chosen = props
        .fixed_language
        .as_deref()
        .or(session.language.as_deref());
    for_language(chosen.or(props.browser_language.as_deref()).unwrap_or("en"))
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let keys = &props.keys;
    let loaded = use_memo(keys.clone(), storage::load);
    let state = use_reducer({
        let session = loaded.session.clone();
        move || AppState::new(session)
    });
    let session = state.session.clone();
    let dispatch = state.dispatcher();
    let knowledge: KnownSave = use_mut_ref(|| known(session.clone(), loaded.text.clone()));
    let notice = use_state_eq(|| loaded.notice.clone());
    let private = use_private_mode(keys, session.clone(), dispatch.clone(), knowledge.clone());
    let saving = loaded.may_save && !private.on;
    let saver = use_saving(
        session.clone(),
        Saving {
            keys: keys.clone(),
            on: saving,
            notice: notice.clone(),
            known: knowledge.clone(),
            dispatch: dispatch.clone(),
        },
    );
    use_other_tabs(
        keys,
        dispatch.clone(),
        private.now.clone(),
        knowledge.clone(),
    );
    let linked = use_linked_code(props.linked_code.clone(), dispatch.clone());
    use_fixed_set(
        props.fixed_set.clone(),
        session.set_id.clone(),
        dispatch.clone(),
    );
    let at_mount = PageFacts {
        today: props.today.clone(),
        address: props.address.clone(),
    };
    let facts = use_page_facts(at_mount);
    let main_ref = use_focus_heading_on_change(session.screen.clone());
    let t = language(props, &session);
    {
        let panic_language = props.panic_language.clone();
        use_effect_with(Texts(t), move |t| panic_language.set(t.0));
    }
    let on_delete_all = {
        let (dispatch, keys) = (dispatch.clone(), keys.clone());
        Callback::from(move |()| {
            saver.cancel();
            storage::delete_all(&keys);
            *knowledge.borrow_mut() = known(Rc::new(Session::default()), None);
            dispatch.dispatch(Action::DeleteAll);
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |()| notice.set(None))
    };
    let remind_backup =
        saving && session.screen != Screen::Files && backup_due(&session, &facts.today);
    let title = props
        .title
        .clone()
        .unwrap_or_else(|| AttrValue::from(t.app_title));
    let screen = match &props.set_problem {
        Some(problem) => html! { <SetProblem problem={problem.clone()} /> },
        None => screen(props, &session, loaded.may_save, &private, &linked),
    };

    html! {
        <ContextProvider<Texts> context={Texts(t)}>
        <ContextProvider<Dispatch> context={dispatch}>
        <ContextProvider<PageFacts> context={facts}>
            <div class="pa-app" lang={t.lang}>
                <Header {title} set={session.set()} choose_language={props.fixed_language.is_none()}
                    parts={props.parts} screen={session.screen.clone()} />
                if let Some(code) = linked.offered.clone() {
                    <LinkedCode {code} session={session.clone()} on_done={linked.done.clone()} />
                }
                <Notices notice={(*notice).clone()} {on_dismiss} {remind_backup} />
                <main class="pa-main" ref={main_ref}>{ screen }</main>
                <Footer private={private.on} may_save={loaded.may_save} {on_delete_all} />
            </div>
        </ContextProvider<PageFacts>>
        </ContextProvider<Dispatch>>
        </ContextProvider<Texts>>
    }
}

/// The screen the session is on.
fn screen(
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
        Screen::Workshop => html! {
            <WorkshopScreen {session} pending_code={linked.participant.clone()}
                on_pending_done={linked.done.clone()} />
        },
    }
}
