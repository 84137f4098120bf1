//! The widget: the session as state, the hooks that connect it to the browser (saving, other
//! tabs, a code in the link, the page's set, focus, the date), the layout, and which screen is
//! shown.

use super::footer::footer;
use super::header::Header;
use super::known_save::{known, KnownSave};
use super::notices::notices;
use super::props::AppProps;
use super::screen_switch::screen;
use super::use_current_date::use_current_date;
use super::use_facilitator_start::use_facilitator_start;
use super::use_fixed_set::use_fixed_set;
use super::use_focus::use_focus_heading_on_change;
use super::use_linked_code::use_linked_code;
use super::use_other_tabs::use_other_tabs;
use super::use_private_mode::use_private_mode;
use super::use_saving::{use_saving, Saving};
use crate::app::edge::storage;
use crate::app::screens::{set_problem, LinkedCode};
use crate::app::state::{AppState, Dispatch, PageFacts};
use crate::app::text::{for_language, Text, Texts};
use crate::core::session::{Action, Screen, Session};
use crate::core::transfer::backup_due;
use std::rc::Rc;
use yew::prelude::*;

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
    use_facilitator_start(props.audience, dispatch.clone());
    use_fixed_set(
        props.fixed_set.clone(),
        session.set_id.clone(),
        dispatch.clone(),
    );
    let at_mount = PageFacts {
        today: props.today.clone(),
        address: props.address.clone(),
        facilitator_address: props.facilitator_address.clone(),
    };
    let facts = use_current_date(at_mount);
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
    // Worked out again only when what it depends on changes, not on every answer.
    let backup_is_due = {
        let kept = (
            session.history.clone(),
            session.plan.is_empty(),
            session.last_backup.clone(),
        );
        let session = session.clone();
        use_memo((kept, facts.today.clone()), move |(_, today)| {
            backup_due(&session, today)
        })
    };
    let remind_backup = saving && session.screen != Screen::Files && *backup_is_due;
    let title = props
        .title
        .clone()
        .unwrap_or_else(|| AttrValue::from(t.app_title));
    let screen = match &props.set_problem {
        Some(problem) => set_problem(t, problem),
        None => screen(props, &session, loaded.may_save, &private, &linked),
    };

    html! {
        <ContextProvider<Texts> context={Texts(t)}>
        <ContextProvider<Dispatch> context={dispatch.clone()}>
        <ContextProvider<PageFacts> context={facts}>
            <div class="pa-app" lang={t.lang}>
                <Header {title} set={session.set()} choose_language={props.fixed_language.is_none()}
                    parts={props.parts} screen={session.screen.clone()} />
                if let Some(code) = linked.offered.clone() {
                    <LinkedCode {code} session={session.clone()} on_done={linked.done.clone()} />
                }
                { notices(t, &dispatch, notice.as_ref(), on_dismiss, remind_backup) }
                <main class="pa-main" ref={main_ref}>{ screen }</main>
                { footer(t, private.on, loaded.may_save, on_delete_all) }
            </div>
        </ContextProvider<PageFacts>>
        </ContextProvider<Dispatch>>
        </ContextProvider<Texts>>
    }
}
