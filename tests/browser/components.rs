//! Components, storage and the error screen.

use crate::support::*;
use peer_assessment::app::storage::{self, StorageKeys, StorageNotice, STATE_KEY, UNREADABLE_KEY};
use peer_assessment::app::text::EN;
use peer_assessment::app::{App, RadarAxis, RadarChart, RadarChartProps};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

#[wasm_bindgen_test]
async fn welcome_then_first_category_renders_one_radio_group_per_competency() {
    local_storage().clear().unwrap();
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;

    let heading = root
        .query_selector("h2")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(heading.contains("How skilled"), "{heading}");
    let text = root.text_content().unwrap();
    assert!(text.contains("about 15 minutes"));
    assert!(text.contains("never sent anywhere"));
    let sets = root.query_selector_all("input[name='pa-set']").unwrap();
    assert_eq!(sets.length(), 2);

    click_button(&root, "Begin");
    settle().await;
    let groups = root.query_selector_all("fieldset.pa-competency").unwrap();
    assert_eq!(groups.length(), 5, "category I has 5 competencies");
    let first: Element = groups.item(0).unwrap().dyn_into().unwrap();
    let legend = first
        .query_selector("legend")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(legend.contains("Initiates contact with peers"), "{legend}");
    let radios = first.query_selector_all("input[type='radio']").unwrap();
    assert_eq!(radios.length(), 6, "five levels and not applicable");
    for i in 0..radios.length() {
        let radio: Element = radios.item(i).unwrap().dyn_into().unwrap();
        let id = radio.id();
        let label = root.query_selector(&format!("label[for='{id}']")).unwrap();
        assert!(label.is_some(), "radio {id} has a label");
    }
    let labels = first.text_content().unwrap();
    for label in [
        "Not skilled at all",
        "Beginning skill",
        "Moderate skill",
        "Advanced skill",
        "Expert skill",
        "Not applicable",
    ] {
        assert!(labels.contains(label), "{label}");
    }
    assert!(root.text_content().unwrap().contains("Category 1 of 12"));

    // Choosing a level shows at once and is saved when the browser is next idle.
    let radio: HtmlElement = first
        .query_selector("input[value='4']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    radio.click();
    settle().await;
    assert!(root.text_content().unwrap().contains("1 of 62 answered"));
    saved_when_idle().await;
    let saved = local_storage().get_item(STATE_KEY).unwrap().expect("saved");
    assert!(saved.contains("\"I.1\":4"), "{saved}");
    assert!(root.text_content().unwrap().contains("1 of 62 answered"));
    app.destroy();
    root.remove();
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn the_error_detail_names_the_file_but_not_the_build_machines_folders() {
    use peer_assessment::app::panic_screen::panic_detail;
    assert_eq!(
        panic_detail(
            Some("boom"),
            Some(("/home/ci/.cargo/registry/src/yew/position.rs", 149))
        ),
        "boom (position.rs:149)"
    );
    assert_eq!(
        panic_detail(Some("boom"), Some(("C:\\src\\app\\mod.rs", 7))),
        "boom (mod.rs:7)"
    );
    assert_eq!(panic_detail(None, None), "unexpected error");
}

#[wasm_bindgen_test]
async fn radar_chart_has_title_description_labels_and_marks_unrated_axes() {
    let root = fresh_root();
    let props = RadarChartProps {
        id: "test-chart".into(),
        title: "Mean rating per category".into(),
        description: "A description".into(),
        levels: 5,
        axes: vec![
            RadarAxis {
                label: "I. One".into(),
                full: "I. First".into(),
                values: vec![Some(3.0)],
                value_text: "3.0".into(),
            },
            RadarAxis {
                label: "II. Two".into(),
                full: "II. Second".into(),
                values: vec![None],
                value_text: "not rated".into(),
            },
            RadarAxis {
                label: "III. Three".into(),
                full: "III. Third".into(),
                values: vec![Some(5.0)],
                value_text: "5.0".into(),
            },
        ],
        series: vec![],
        band: vec![],
    };
    yew::Renderer::<RadarChart>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let svg = root.query_selector("svg").unwrap().expect("an svg");
    assert_eq!(
        svg.query_selector("title")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Mean rating per category"
    );
    assert_eq!(
        svg.query_selector("desc")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "A description"
    );
    assert_eq!(svg.query_selector_all(".pa-ring").unwrap().length(), 5);
    assert_eq!(
        svg.query_selector_all(".pa-axis-label").unwrap().length(),
        3
    );
    assert_eq!(
        svg.query_selector_all(".pa-axis-unrated").unwrap().length(),
        1
    );
    assert_eq!(
        svg.query_selector_all(".pa-marker").unwrap().length(),
        2,
        "no marker for the unrated axis"
    );
    assert!(svg.text_content().unwrap().contains("(not rated)"));
    let second = svg
        .query_selector_all(".pa-axis-label")
        .unwrap()
        .item(1)
        .unwrap();
    let second: Element = second.dyn_into().unwrap();
    assert_eq!(
        second.get_attribute("aria-label").unwrap(),
        "II. Second: not rated"
    );
    assert_eq!(second.get_attribute("tabindex").unwrap(), "0");
    root.remove();
}

#[wasm_bindgen_test]
fn storage_round_trip_and_unreadable_data_is_kept_not_overwritten() {
    local_storage().clear().unwrap();
    let loaded = storage::load(&StorageKeys::default());
    assert_eq!(loaded.session, Session::default());
    assert!(loaded.notice.is_none());

    let session = Session::default().apply(Action::Rate {
        competency_id: "II.3".into(),
        rating: Rating::Level(2),
    });
    storage::save(&StorageKeys::default(), &session).unwrap();
    assert_eq!(storage::load(&StorageKeys::default()).session, session);

    local_storage().set_item(STATE_KEY, "{broken").unwrap();
    let loaded = storage::load(&StorageKeys::default());
    assert_eq!(loaded.session, Session::default());
    assert!(matches!(
        loaded.notice,
        Some(StorageNotice::Unreadable {
            kept_under: Some(_),
            ..
        })
    ));
    assert_eq!(
        local_storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some("{broken")
    );
    assert!(loaded.may_save);

    // A second, different unreadable value is not allowed to replace the first copy, and then
    // nothing is saved over it.
    local_storage().set_item(STATE_KEY, "{other").unwrap();
    let loaded = storage::load(&StorageKeys::default());
    assert!(!loaded.may_save);
    assert_eq!(
        local_storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some("{broken")
    );

    storage::delete_all(&StorageKeys::default());
    assert_eq!(local_storage().length().unwrap(), 0);
}

#[wasm_bindgen_test]
fn the_error_screen_offers_the_saved_answers_and_a_reload_without_touching_them() {
    local_storage().clear().unwrap();
    let session = Session::default().apply(Action::Rate {
        competency_id: "I.1".into(),
        rating: Rating::Level(3),
    });
    storage::save(&StorageKeys::default(), &session).unwrap();
    let before = local_storage().get_item(STATE_KEY).unwrap();
    let root = fresh_root();
    root.set_text_content(Some("the widget was here"));

    peer_assessment::app::panic_screen::show_error_screen(
        &root,
        &StorageKeys::default(),
        "panicked at src/x.rs:1:1",
        &EN,
    );

    let text = root.text_content().unwrap();
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(!text.contains("the widget was here"));
    let download = root
        .query_selector("a[download]")
        .unwrap()
        .expect("a download link");
    let href = download.get_attribute("href").unwrap();
    assert!(
        href.starts_with("data:application/json;charset=utf-8,"),
        "{href}"
    );
    let decoded = String::from(
        js_sys::decode_uri_component(&href["data:application/json;charset=utf-8,".len()..])
            .unwrap(),
    );
    assert_eq!(Some(decoded), before);
    assert!(text.contains("Reload the page"));
    assert_eq!(
        local_storage().get_item(STATE_KEY).unwrap(),
        before,
        "saved data untouched"
    );
    root.remove();
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn radar_chart_draws_two_series_apart_with_a_legend() {
    let root = fresh_root();
    let axis = |label: &str, first: Option<f64>, second: Option<f64>| RadarAxis {
        label: label.into(),
        full: label.into(),
        values: vec![first, second],
        value_text: String::new(),
    };
    let props = RadarChartProps {
        id: "test-two".into(),
        title: "Two".into(),
        description: "Two series".into(),
        levels: 5,
        axes: vec![
            axis("A", Some(2.0), Some(4.0)),
            axis("B", Some(3.0), None),
            axis("C", None, None),
        ],
        series: vec!["March".into(), "June".into()],
        band: vec![],
    };
    yew::Renderer::<RadarChart>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let count = |selector: &str| root.query_selector_all(selector).unwrap().length();
    assert_eq!(count("svg.pa-radar .pa-series-0 circle.pa-marker"), 2);
    assert_eq!(
        count("svg.pa-radar .pa-series-1 rect.pa-marker"),
        1,
        "squares, and none for unrated"
    );
    assert_eq!(
        count(".pa-axis-unrated"),
        1,
        "only the axis rated in neither"
    );
    let legend = root
        .query_selector(".pa-legend")
        .unwrap()
        .expect("a legend")
        .text_content()
        .unwrap();
    assert!(
        legend.contains("March") && legend.contains("June"),
        "{legend}"
    );
    root.remove();
}
