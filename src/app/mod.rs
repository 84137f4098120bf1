//! The Yew shell: one reducer holding the [`Session`], effects that save it, and components
//! that render it and send actions.

mod after_paint;
pub mod browser;
mod category_screen;
mod compare_screen;
mod confirm_button;
mod details_toggle;
pub mod error_screen;
mod mount;
pub use mount::mount;
mod hand_over;
mod history_screen;
mod linked_code;
mod plan_section;
mod radar_chart;
mod rating_group;
mod results_screen;
mod share_section;
pub mod storage;
pub mod text;
mod transfer_screen;
mod welcome_screen;
mod workshop_screen;

use crate::core::session::{Action, Screen, Session};
use crate::core::transfer::{backup_due, merge, Incoming};
use std::rc::Rc;
use crate::core::embed_config::Parts;
use storage::{StorageKeys, StorageNotice};
use text::{Text, Texts};
use yew::prelude::*;

pub use category_screen::CategoryScreen;
pub use compare_screen::CompareScreen;
pub use history_screen::HistoryScreen;
pub use transfer_screen::TransferScreen;
pub use workshop_screen::WorkshopScreen;
pub use radar_chart::{RadarAxis, RadarChart, RadarChartProps};
pub use rating_group::RatingGroup;
pub use results_screen::ResultsScreen;
pub use welcome_screen::WelcomeScreen;

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// Sends actions to the session; cheap to clone and compare.
pub type Dispatch = UseReducerDispatcher<Session>;

/// How the page configures the widget.
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
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let keys = props.keys.clone();
    let loaded = use_memo(keys.clone(), storage::load);
    let session = use_reducer_eq({
        let initial = loaded.session.clone();
        move || initial
    });
    let notice = use_state_eq(|| loaded.notice.clone());
    let may_save = loaded.may_save;
    // "Don't save on this device": nothing is written and other tabs' saves are not taken in.
    let private = use_state_eq(|| false);
    let private_now = use_mut_ref(|| false);
    *private_now.borrow_mut() = *private;
    let saving = may_save && !*private;
    let language = props
        .fixed_language
        .as_deref()
        .or(session.language.as_deref())
        .or(props.browser_language.as_deref())
        .unwrap_or("en");
    let t: &'static Text = text::for_language(language);
    text::set_current(t);

    // Save after every change, once the change is painted: saving encodes everything, and an
    // answer should show before that work is done. Hiding or leaving the page saves at once.
    // Nothing is written for what was just loaded (an older format is rewritten at the first
    // change). Once there is something to keep, ask the browser not to evict it.
    let save_queue = use_memo((), |_| after_paint::AfterPaint::default());
    {
        let save_queue = (*save_queue).clone();
        use_effect_with((), move |_| {
            let listener = save_queue.run_when_page_hides();
            move || {
                save_queue.run_now();
                drop(listener)
            }
        });
    }
    {
        let notice = notice.clone();
        let keys = keys.clone();
        let asked_to_persist = use_mut_ref(|| false);
        let save_queue = (*save_queue).clone();
        let just_loaded = use_mut_ref(|| true);
        use_effect_with(((*session).clone(), saving), move |(session, saving)| {
            let just_loaded = std::mem::replace(&mut *just_loaded.borrow_mut(), false);
            if !*saving {
                return;
            }
            if session.has_data() && !std::mem::replace(&mut *asked_to_persist.borrow_mut(), true) {
                browser::ask_for_persistent_storage();
            }
            if just_loaded {
                return;
            }
            let (session, keys) = (session.clone(), keys.clone());
            save_queue.run_later(move || match storage::save(&keys, &session) {
                Ok(()) if *notice == Some(StorageNotice::SaveFailed) => notice.set(None),
                Ok(()) => {}
                Err(problem) => notice.set(Some(problem)),
            });
        });
    }

    // Answers given in another tab of the same site show here too.
    {
        let dispatch = session.dispatcher();
        let keys = keys.clone();
        use_effect_with((), move |_| {
            let listener = storage::watch_other_tabs(&keys, move |other| {
                if !*private_now.borrow() {
                    dispatch.dispatch(Action::MergeFromOtherTab { theirs: Box::new(other), base: None })
                }
            });
            move || drop(listener)
        });
    }

    // A code in the link (`#code=…`): read once, then taken out of the address bar. A
    // participant's code goes to the workshop screen; any other is offered by `LinkedCode`.
    let linked = use_state_eq(|| crate::core::share_code::code_from_fragment(&browser::fragment()));
    let linked_participant = (*linked)
        .clone()
        .filter(|code| linked_code::read_code(code).is_ok_and(|s| s.kind == crate::core::share_code::CodeKind::Participant));
    {
        let (any_code, participant, dispatch) = (linked.is_some(), linked_participant.is_some(), session.dispatcher());
        use_effect_with((), move |_| {
            if any_code {
                browser::clear_fragment();
            }
            if participant {
                dispatch.dispatch(Action::GoTo(Screen::Workshop));
            }
        });
    }
    let linked_done = {
        let linked = linked.clone();
        Callback::from(move |()| linked.set(None))
    };

    // The set the page chose is the one in use (answers of other sets are kept).
    {
        let (dispatch, fixed_set) = (session.dispatcher(), props.fixed_set.clone());
        let current = session.set_id.clone();
        use_effect_with(fixed_set, move |fixed_set| {
            if let Some(id) = fixed_set.as_deref().filter(|id| **id != current) {
                dispatch.dispatch(Action::ChooseSet(id.to_string()));
            }
        });
    }

    let main_ref = use_focus_heading_on_change(session.screen.clone());
    let dispatch = session.dispatcher();
    let on_delete_all = {
        let dispatch = dispatch.clone();
        let keys = keys.clone();
        let save_queue = (*save_queue).clone();
        Callback::from(move |()| {
            save_queue.cancel();
            storage::delete_all(&keys);
            dispatch.dispatch(Action::DeleteAll);
        })
    };
    let on_private = {
        let dispatch = dispatch.clone();
        let private = private.clone();
        let session = session.clone();
        let keys = keys.clone();
        Callback::from(move |on: bool| {
            if on == *private {
                return;
            }
            if on {
                // A fresh assessment in memory; what is saved stays as it is, unseen.
                let fresh = Session { language: session.language.clone(), ..Session::default() };
                dispatch.dispatch(Action::Imported(Box::new(fresh)));
            } else {
                // Back to saving: what was done in memory is added to what is saved, losing neither.
                let stored = storage::load(&keys).session;
                let merged = merge(&stored, &Incoming::Backup(Box::new((*session).clone())));
                dispatch.dispatch(Action::Imported(Box::new(merged)));
            }
            private.set(on);
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };

    let screen = match &session.screen {
        Screen::Welcome => html! {
            <WelcomeScreen session={(*session).clone()} dispatch={dispatch.clone()}
                can_save={may_save} private={*private} on_private={on_private.clone()}
                choose_set={props.fixed_set.is_none()} rate_others={props.parts.rate_others} />
        },
        Screen::Category(_) => html! { <CategoryScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Results => html! { <ResultsScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Snapshot(id) => html! {
            <ResultsScreen key={id.clone()} session={(*session).clone()} dispatch={dispatch.clone()} snapshot={Some(id.clone())} />
        },
        Screen::History => html! { <HistoryScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Compare { first, second } => html! {
            <CompareScreen session={(*session).clone()} dispatch={dispatch.clone()} first={first.clone()} second={second.clone()} />
        },
        Screen::Files => html! { <TransferScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Workshop => html! {
            <WorkshopScreen session={(*session).clone()} dispatch={dispatch.clone()}
                pending_code={linked_participant.clone().map(AttrValue::from)} on_pending_done={linked_done.clone()} />
        },
    };
    let go = |screen: Screen| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::GoTo(screen.clone())))
    };
    let section = match &session.screen {
        Screen::History | Screen::Snapshot(_) | Screen::Compare { .. } => 1,
        Screen::Files => 2,
        Screen::Workshop => 3,
        _ => 0,
    };
    let nav_item = |index: usize, label: &'static str, screen: Screen| html! {
        <li>
            <button type="button" class="pa-nav-button" aria-current={(section == index).then_some("page")} onclick={go(screen)}>{ label }</button>
        </li>
    };
    let remind_backup = saving && session.screen != Screen::Files && backup_due(&session, &browser::today());

    let on_language = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let select: Option<web_sys::HtmlSelectElement> = event.target().and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok());
            if let Some(select) = select {
                dispatch.dispatch(Action::ChooseLanguage(select.value()));
            }
        })
    };

    html! {
        <ContextProvider<Texts> context={Texts(t)}>
        <div class="pa-app" lang={t.lang}>
            <header class="pa-header">
                <p class="pa-app-title">{ props.title.clone().unwrap_or_else(|| AttrValue::from(t.app_title)) }</p>
                <p class="pa-set-name">{ &t.set(session.set()).short_title }</p>
                if props.fixed_language.is_none() {
                    <div class="pa-language">
                        <label for="pa-language">{ t.language_label }</label>
                        <select id="pa-language" onchange={on_language}>
                            { for text::LANGUAGES.iter().map(|l| html! {
                                <option value={l.lang} lang={l.lang} selected={std::ptr::eq(*l, t)}>{ l.language_name }</option>
                            }) }
                        </select>
                    </div>
                }
                <nav class="pa-nav" aria-label={t.sections}>
                    <ul>
                        { nav_item(0, t.self_assessment, Screen::Welcome) }
                        if props.parts.history {
                            { nav_item(1, t.history, Screen::History) }
                        }
                        if props.parts.files {
                            { nav_item(2, t.files, Screen::Files) }
                        }
                        if props.parts.workshop {
                            { nav_item(3, t.workshop, Screen::Workshop) }
                        }
                    </ul>
                </nav>
            </header>
            if let Some(code) = (*linked).clone().filter(|_| linked_participant.is_none()) {
                <linked_code::LinkedCode code={code} history={session.history.to_vec()} dispatch={dispatch.clone()} on_done={linked_done.clone()} />
            }
            if remind_backup {
                <div class="pa-notice pa-reminder" role="note">
                    <p>{ t.backup_reminder }</p>
                    <button type="button" class="pa-button pa-secondary" onclick={go(Screen::Files)}>{ t.backup_now }</button>
                </div>
            }
            if let Some(problem) = (*notice).clone() {
                <div class="pa-notice" role="alert">
                    <p>{ notice_text(t, &problem) }</p>
                    if let StorageNotice::Unreadable { text: unreadable, .. } = &problem {
                        <p>
                            <a href={error_screen::data_url(unreadable)} download="peer-assessment-unreadable-data.txt">
                                { t.download_unreadable }
                            </a>
                        </p>
                    }
                    <button type="button" class="pa-button pa-secondary" onclick={on_dismiss}>{ t.dismiss }</button>
                </div>
            }
            <main class="pa-main" ref={main_ref}>
                if let Some(problem) = &props.set_problem {
                    <section class="pa-screen" aria-labelledby="pa-screen-heading">
                        <h2 id="pa-screen-heading" tabindex="-1">{ t.set_problem_heading }</h2>
                        <p class="pa-notice" role="alert">{ problem }</p>
                        <p>{ t.set_problem_help }</p>
                    </section>
                } else {
                    { screen }
                }
            </main>
            <footer class="pa-footer">
                <p class="pa-storage-status">{ if *private { t.private_footer } else if may_save { t.footer_privacy } else { t.storage_unavailable } }</p>
                <confirm_button::ConfirmButton
                    label={t.delete_data}
                    question={t.delete_question}
                    confirm_label={t.delete_confirm}
                    on_confirm={on_delete_all}
                />
            </footer>
        </div>
        </ContextProvider<Texts>>
    }
}

fn notice_text(t: &Text, notice: &StorageNotice) -> String {
    match notice {
        StorageNotice::Unavailable => t.storage_unavailable.to_string(),
        StorageNotice::Unreadable { reason, kept_under, .. } => t.unreadable_saved_data(reason, kept_under.as_deref()),
        StorageNotice::SaveFailed => t.save_failed.to_string(),
    }
}


/// Moves keyboard focus to the new screen's heading whenever the screen changes (not on the
/// first load), so keyboard and screen-reader users land at the start of the new screen.
#[hook]
fn use_focus_heading_on_change(screen: Screen) -> NodeRef {
    let main = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let main = main.clone();
        use_effect_with(screen, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let heading = main
                .cast::<web_sys::Element>()
                .and_then(|m| m.query_selector("h2").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
                heading.scroll_into_view();
            }
        });
    }
    main
}
