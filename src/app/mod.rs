//! The Yew shell: one reducer holding the [`Session`], effects that save it, and components
//! that render it and send actions.

pub mod browser;
mod category_screen;
mod compare_screen;
mod confirm_button;
pub mod error_screen;
mod hand_over;
mod history_screen;
mod plan_section;
mod radar_chart;
mod rating_group;
mod results_screen;
pub mod storage;
pub mod text;
mod transfer_screen;
mod welcome_screen;

use crate::core::session::{Action, Screen, Session};
use crate::core::transfer::backup_due;
use std::rc::Rc;
use storage::StorageNotice;
use yew::prelude::*;

pub use category_screen::CategoryScreen;
pub use compare_screen::CompareScreen;
pub use history_screen::HistoryScreen;
pub use transfer_screen::TransferScreen;
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

#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| storage::load());
    let session = use_reducer_eq({
        let initial = loaded.session.clone();
        move || initial
    });
    let notice = use_state_eq(|| loaded.notice.clone());
    let may_save = loaded.may_save;

    // Save after every change. The first run writes back what was just loaded, which is harmless.
    // Once there is something to keep, ask the browser not to evict it.
    {
        let notice = notice.clone();
        let asked_to_persist = use_mut_ref(|| false);
        use_effect_with((*session).clone(), move |session| {
            if may_save && session.has_data() && !std::mem::replace(&mut *asked_to_persist.borrow_mut(), true) {
                browser::ask_for_persistent_storage();
            }
            if may_save {
                match storage::save(session) {
                    Ok(()) if *notice == Some(StorageNotice::SaveFailed) => notice.set(None),
                    Ok(()) => {}
                    Err(problem) => notice.set(Some(problem)),
                }
            }
        });
    }

    // Answers given in another tab of the same site show here too.
    {
        let dispatch = session.dispatcher();
        use_effect_with((), move |_| {
            let listener = storage::watch_other_tabs(move |other| {
                dispatch.dispatch(Action::MergeFromOtherTab(Box::new(other)))
            });
            move || drop(listener)
        });
    }

    let main_ref = use_focus_heading_on_change(session.screen.clone());
    let dispatch = session.dispatcher();
    let on_delete_all = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            storage::delete_all();
            dispatch.dispatch(Action::DeleteAll);
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };

    let screen = match &session.screen {
        Screen::Welcome => html! { <WelcomeScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Category(_) => html! { <CategoryScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Results => html! { <ResultsScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Snapshot(id) => html! {
            <ResultsScreen key={id.clone()} session={(*session).clone()} dispatch={dispatch.clone()} snapshot={Some(id.clone())} />
        },
        Screen::History => html! { <HistoryScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
        Screen::Compare { first, second } => html! {
            <CompareScreen session={(*session).clone()} dispatch={dispatch.clone()} first={first.clone()} second={second.clone()} />
        },
        Screen::Transfer => html! { <TransferScreen session={(*session).clone()} dispatch={dispatch.clone()} /> },
    };
    let go = |screen: Screen| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::GoTo(screen.clone())))
    };
    let section = match &session.screen {
        Screen::History | Screen::Snapshot(_) | Screen::Compare { .. } => 1,
        Screen::Transfer => 2,
        _ => 0,
    };
    let nav_item = |index: usize, label: &'static str, screen: Screen| html! {
        <li>
            <button type="button" class="pa-nav-button" aria-current={(section == index).then_some("page")} onclick={go(screen)}>{ label }</button>
        </li>
    };
    let remind_backup = may_save && session.screen != Screen::Transfer && backup_due(&session, &browser::today());

    html! {
        <div class="pa-app">
            <header class="pa-header">
                <p class="pa-app-title">{ text::APP_TITLE }</p>
                <p class="pa-set-name">{ &session.set().short_title }</p>
                <nav class="pa-nav" aria-label={text::SECTIONS}>
                    <ul>
                        { nav_item(0, text::SELF_ASSESSMENT, Screen::Welcome) }
                        { nav_item(1, text::HISTORY, Screen::History) }
                        { nav_item(2, text::FILES, Screen::Transfer) }
                    </ul>
                </nav>
            </header>
            if remind_backup {
                <div class="pa-notice pa-reminder" role="note">
                    <p>{ text::BACKUP_REMINDER }</p>
                    <button type="button" class="pa-button pa-secondary" onclick={go(Screen::Transfer)}>{ text::BACKUP_NOW }</button>
                </div>
            }
            if let Some(problem) = (*notice).clone() {
                <div class="pa-notice" role="alert">
                    <p>{ notice_text(&problem) }</p>
                    if let StorageNotice::Unreadable { text: unreadable, .. } = &problem {
                        <p>
                            <a href={error_screen::data_url(unreadable)} download="peer-assessment-unreadable-data.txt">
                                { text::DOWNLOAD_UNREADABLE }
                            </a>
                        </p>
                    }
                    <button type="button" class="pa-button pa-secondary" onclick={on_dismiss}>{ text::DISMISS }</button>
                </div>
            }
            <main class="pa-main" ref={main_ref}>{ screen }</main>
            <footer class="pa-footer">
                <p>{ if may_save { text::FOOTER_PRIVACY } else { text::STORAGE_UNAVAILABLE } }</p>
                <confirm_button::ConfirmButton
                    label={text::DELETE_DATA}
                    question={text::DELETE_QUESTION}
                    confirm_label={text::DELETE_CONFIRM}
                    on_confirm={on_delete_all}
                />
            </footer>
        </div>
    }
}

fn notice_text(notice: &StorageNotice) -> String {
    match notice {
        StorageNotice::Unavailable => text::STORAGE_UNAVAILABLE.to_string(),
        StorageNotice::Unreadable { reason, kept_under, .. } => text::unreadable_saved_data(reason, *kept_under),
        StorageNotice::SaveFailed => text::SAVE_FAILED.to_string(),
    }
}

/// Mounts the widget into the element with id `peer-assessment`, or the page body.
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let root = document
        .get_element_by_id("peer-assessment")
        .or_else(|| document.body().map(Into::into))
        .expect("an element to mount into");
    error_screen::install_panic_screen(root.clone());
    yew::Renderer::<App>::with_root(root).render();
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
