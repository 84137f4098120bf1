use peer_assessment::core::rating::Rating;
use peer_assessment::core::saved_screen;
use peer_assessment::core::saved_state::{decode, encode};
use peer_assessment::core::session::{Action, Screen, Session};
use serde_json::{json, Value};

fn saved(screen: &Screen) -> Value {
    saved_screen::serialize(screen, serde_json::value::Serializer).unwrap()
}

fn read(value: Value) -> Screen {
    saved_screen::deserialize(value).unwrap()
}

/// Every screen, with the form the documentation gives for it.
fn every_screen() -> Vec<(Screen, Value)> {
    // A new screen fails to compile here until it is added to the list below.
    let listed = |screen: &Screen| match screen {
        Screen::Welcome | Screen::Category(_) | Screen::Results | Screen::Snapshot(_) => true,
        Screen::History | Screen::Compare { .. } | Screen::Files | Screen::Workshop => true,
    };
    assert!(listed(&Screen::Welcome));
    vec![
        (Screen::Welcome, json!("welcome")),
        (Screen::Category("II".into()), json!({"category": "II"})),
        (Screen::Results, json!("results")),
        (
            Screen::Snapshot("2026-08-01T09:00:00.000Z-self".into()),
            json!({"snapshot": "2026-08-01T09:00:00.000Z-self"}),
        ),
        (Screen::History, json!("history")),
        (
            Screen::Compare {
                first: "current".into(),
                second: "2026-08-01T09:00:00.000Z-self".into(),
            },
            json!({"compare": {"first": "current", "second": "2026-08-01T09:00:00.000Z-self"}}),
        ),
        (Screen::Files, json!("transfer")),
        (Screen::Workshop, json!("workshop")),
    ]
}

#[test]
fn every_screen_is_written_in_its_documented_form_and_read_back() {
    for (screen, form) in every_screen() {
        assert_eq!(saved(&screen), form, "{screen:?}");
        assert_eq!(read(form), screen);
    }
}

#[test]
fn every_screen_round_trips_in_saved_data() {
    let finished = Session::default()
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(3),
        })
        .apply(Action::Finish {
            at: "2026-08-01T09:00:00.000Z".into(),
        });
    for (screen, _) in every_screen() {
        let session = Session {
            screen: screen.clone(),
            ..finished.clone()
        };
        assert_eq!(decode(&encode(&session, None)).unwrap().screen, screen);
    }
}

#[test]
fn the_transfer_screen_of_saved_data_is_the_files_screen() {
    let text = include_str!("../fixtures/saved-format-2-files-screen.json").trim_end();
    let session = decode(text).unwrap();
    assert_eq!(session.screen, Screen::Files);
    assert_eq!(
        session.answers["samhsa-2015"].ratings["I.1"],
        Rating::Level(3)
    );
    assert_eq!(session.history.len(), 1);
    assert_eq!(
        encode(&session, Some("2026-11-30T08:15:00.000Z")),
        text,
        "written back byte for byte"
    );
}

#[test]
fn an_unknown_or_damaged_screen_reads_as_welcome_and_keeps_the_answers() {
    for screen in [
        r#""timeline""#,
        r#"{"poster":"x"}"#,
        r#"{"category":5}"#,
        r#"{"compare":{"first":"a"}}"#,
        "7",
        "null",
    ] {
        let text = format!(
            r#"{{"format":2,"session":{{"set_id":"samhsa-2015","screen":{screen},"answers":{{"samhsa-2015":{{"set_version":1,"ratings":{{"I.1":4}},"notes":{{"I.1":"kept"}}}}}}}}}}"#
        );
        let session = decode(&text).unwrap_or_else(|e| panic!("{screen}: {e}"));
        assert_eq!(session.screen, Screen::Welcome, "{screen}");
        assert_eq!(
            session.answers["samhsa-2015"].ratings["I.1"],
            Rating::Level(4)
        );
        assert_eq!(session.answers["samhsa-2015"].notes["I.1"], "kept");
    }
}
