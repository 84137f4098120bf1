//! The widget's wiring: other tabs' saves, two widgets on one page, a refused import, and a
//! part that appears while it is shown. Each test failed before the change it guards.

use crate::support::*;
use peer_assessment::app::storage::{self, StorageKeys};
use peer_assessment::app::text::{EN, ES};
use peer_assessment::app::{App, AppProps};
use peer_assessment::core::history::RaterRole;
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Mode, Screen, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

fn rate(session: Session, id: &str, level: u8) -> Session {
    session.apply(Action::Rate {
        competency_id: id.into(),
        rating: Rating::Level(level),
    })
}

/// A widget rendered for a test; it is taken off the page, with its listeners, when dropped,
/// so that no widget of an earlier test takes part in a later one.
struct Shown {
    root: Element,
    app: Option<yew::AppHandle<App>>,
}

impl Shown {
    fn new(props: AppProps) -> Self {
        let root = fresh_root();
        let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        Shown {
            root,
            app: Some(app),
        }
    }
}

impl Drop for Shown {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Saves `session` under the default key and renders the widget over it.
async fn widget_over(session: &Session) -> Shown {
    local_storage().clear().unwrap();
    storage::save(&StorageKeys::default(), session).unwrap();
    let shown = Shown::new(AppProps::default());
    settle().await;
    shown
}

fn text_of(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_rating_of_someone_else_that_arrives_from_another_tab_shows_its_hand_over() {
    let session = Session::default()
        .apply(Action::ChooseMode(Mode::SomeoneElse))
        .apply(Action::GoTo(Screen::Results));
    assert!(session.rating_of_someone_else.is_none());
    let shown = widget_over(&session).await;
    let root = &shown.root;
    assert!(!text_of(root).contains(EN.hand_over_heading));

    let described = Action::DescribeRating {
        person: "Dana Lee".into(),
        rater_name: String::new(),
        rater_role: RaterRole::Supervisor,
    };
    save_from_other_tab(&session.clone().apply(described));
    settle().await;
    let text = text_of(root);
    assert!(text.contains(EN.hand_over_heading), "{text}");
    assert!(text.contains("Dana Lee"), "{text}");
    drop(shown);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn an_answer_here_and_a_snapshot_finished_in_another_tab_are_both_kept() {
    let loaded = rate(rate(Session::default(), "I.1", 3), "I.2", 4)
        .apply(Action::GoTo(Screen::Category("I".into())));
    let shown = widget_over(&loaded).await;
    let root = &shown.root;
    // Answered here; the save waits for an idle moment. Before it comes, the other tab's save
    // arrives: it had loaded the same, and finished the assessment.
    click(root, "input[name='pa-rating-I.3'][value='2']");
    let finished = loaded.clone().apply(Action::Finish {
        at: "2026-12-01T09:00:00.000Z".into(),
    });
    save_from_other_tab(&finished);
    saved_when_idle().await;

    let saved = saved_session();
    assert_eq!(saved.history.len(), 1, "the other tab's snapshot is kept");
    assert_eq!(saved.history[0].answers.ratings.len(), 2);
    let answers = saved.current_answers();
    assert_eq!(
        answers.rating("I.3"),
        Some(Rating::Level(2)),
        "the answer given here is kept"
    );
    assert_eq!(
        answers.rating("I.1"),
        None,
        "what the other tab finished is not answered again"
    );
    drop(shown);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_snapshot_finished_here_and_an_answer_given_in_another_tab_are_both_kept() {
    let loaded =
        rate(rate(Session::default(), "I.1", 3), "I.2", 4).apply(Action::GoTo(Screen::Results));
    let shown = widget_over(&loaded).await;
    let root = &shown.root;
    click_button(root, EN.finish);
    // Before this tab's save, the other tab's save of an answer given there arrives.
    save_from_other_tab(&rate(loaded.clone(), "II.1", 5));
    saved_when_idle().await;

    let saved = saved_session();
    assert_eq!(saved.history.len(), 1, "the snapshot finished here is kept");
    assert_eq!(
        saved.history[0].answers.rating("I.1"),
        Some(Rating::Level(3))
    );
    assert_eq!(
        saved.current_answers().rating("II.1"),
        Some(Rating::Level(5)),
        "the other tab's answer is kept"
    );
    drop(shown);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_each_share_in_their_own_language() {
    local_storage().clear().unwrap();
    let answered = rate(Session::default(), "I.1", 3).apply(Action::GoTo(Screen::Results));
    let mut roots = Vec::new();
    for (namespace, language) in [("english", "en"), ("spanish", "es")] {
        let keys = StorageKeys::for_namespace(namespace);
        storage::save(&keys, &answered).unwrap();
        let props = AppProps {
            keys,
            fixed_language: Some(language.into()),
            ..AppProps::default()
        };
        roots.push(Shown::new(props));
    }
    settle().await;
    click_button(&roots[0].root, EN.share_button);
    click_button(&roots[1].root, ES.share_button);
    settle().await;
    let shared =
        |root: &Element| text_of(&root.query_selector(".pa-share").unwrap().expect("shared"));
    let (english, spanish) = (shared(&roots[0].root), shared(&roots[1].root));
    assert!(
        english.contains(EN.share_intro) && !english.contains(ES.share_intro),
        "{english}"
    );
    assert!(
        spanish.contains(ES.share_intro) && !spanish.contains(EN.share_intro),
        "{spanish}"
    );
    drop(roots);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_refused_import_is_explained_in_the_persons_language() {
    local_storage().clear().unwrap();
    storage::save(
        &StorageKeys::default(),
        &Session::default().apply(Action::GoTo(Screen::Files)),
    )
    .unwrap();
    let props = AppProps {
        fixed_language: Some("es".into()),
        ..AppProps::default()
    };
    let shown = Shown::new(props);
    let root = &shown.root;
    settle().await;

    let parts = js_sys::Array::of1(&"{not json".into());
    let file = web_sys::File::new_with_str_sequence(&parts, "broken.json").unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: web_sys::HtmlInputElement = root
        .query_selector("#pa-import-file")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_files(transfer.files().as_ref());
    let change = web_sys::Event::new("change").unwrap();
    input.dispatch_event(&change).unwrap();
    yew::platform::time::sleep(std::time::Duration::from_millis(200)).await;

    let notice = text_of(
        &root
            .query_selector(".pa-notice")
            .unwrap()
            .expect("a refusal"),
    );
    let spanish = ES.import_error_not_json.split('{').next().unwrap();
    let english = EN.import_error_not_json.split('{').next().unwrap();
    assert!(notice.contains(ES.import_refused), "{notice}");
    assert!(
        notice.contains(spanish) && !notice.contains(english),
        "{notice}"
    );
    drop(shown);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn results_in_progress_say_they_are_not_yet_kept_in_the_history() {
    let session = rate(Session::default(), "I.1", 3).apply(Action::GoTo(Screen::Results));
    let shown = widget_over(&session).await;
    let line = text_of(
        &shown
            .root
            .query_selector(".pa-set-title")
            .unwrap()
            .expect("a line"),
    );
    assert!(line.ends_with("not yet kept in your history"), "{line}");
    assert!(!line.contains("in progress"), "{line}");
    drop(shown);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn leaving_the_page_saves_an_answer_with_another_tabs_save_not_yet_taken_in() {
    let loaded =
        rate(Session::default(), "I.1", 3).apply(Action::GoTo(Screen::Category("I".into())));
    let shown = widget_over(&loaded).await;
    // The other tab's save is written, its event not come yet; then an answer is given here.
    let finished = loaded.clone().apply(Action::Finish {
        at: "2026-12-01T09:00:00.000Z".into(),
    });
    let text = peer_assessment::core::saved_state::encode(&finished, None);
    local_storage()
        .set_item(peer_assessment::app::storage::STATE_KEY, &text)
        .unwrap();
    click(&shown.root, "input[name='pa-rating-I.2'][value='4']");
    // Yew renders and schedules the save in microtasks; no idle moment comes in between. Wait
    // (in microtasks only) until the answer is drawn: two answered.
    let drawn = || {
        shown
            .root
            .text_content()
            .unwrap_or_default()
            .contains("2 of 62 answered")
    };
    for _ in 0..2000 {
        if drawn() {
            break;
        }
        let next = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(next).await.unwrap();
    }
    assert!(drawn(), "the answer is drawn before the page is left");
    // The page is left: what waits is saved at once, before anything else can run.
    let left = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&left).unwrap();

    let saved = saved_session();
    assert_eq!(saved.history.len(), 1, "the other tab's snapshot is kept");
    let answers = saved.current_answers();
    assert_eq!(
        answers.rating("I.2"),
        Some(Rating::Level(4)),
        "the answer given here is kept"
    );
    drop(shown);
    local_storage().clear().unwrap();
}
