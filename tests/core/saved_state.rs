use super::set_2015;
use peer_assessment::core::history::{Rater, RaterRole};
use peer_assessment::core::plan::PlanEdit;
use peer_assessment::core::rating::Rating;
use peer_assessment::core::saved_state::{decode, encode, LoadError};
use peer_assessment::core::session::{Action, Screen, Session};
use proptest::prelude::*;

fn sample_session() -> Session {
    Session::default()
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(3),
        })
        .apply(Action::Rate {
            competency_id: "I.2".into(),
            rating: Rating::NotApplicable,
        })
        .apply(Action::Note {
            competency_id: "I.1".into(),
            text: "Ask my supervisor \"how\" — ✓".into(),
        })
        .apply(Action::GoTo(Screen::Category("IV".into())))
}

#[test]
fn round_trip_keeps_answers_notes_and_screen() {
    let session = sample_session();
    let text = encode(&session, Some("2026-11-25T10:00:00.000Z"));
    assert!(text.starts_with("{\"format\":2,"));
    assert_eq!(decode(&text).unwrap(), session);
}

/// Every format the widget has written is kept as a fixture and must keep loading.
#[test]
fn format_1_fixture_loads() {
    let text = include_str!("../fixtures/saved-format-1.json");
    let session = decode(text).expect("format 1 loads");
    assert_eq!(session.set_id, "samhsa-2015");
    assert_eq!(session.screen, Screen::Category("III".into()));
    let answers = &session.answers["samhsa-2015"];
    assert_eq!(answers.ratings["I.1"], Rating::Level(4));
    assert_eq!(answers.ratings["I.3"], Rating::NotApplicable);
    assert_eq!(answers.notes["I.1"], "Practise with my mentor");
    assert_eq!(
        session.answers["samhsa-draft-family-youth"].ratings["EDU.1"],
        Rating::Level(2)
    );
}

#[test]
fn foreign_and_damaged_data_are_refused_with_a_reason() {
    assert_eq!(decode("not json"), Err(LoadError::NotRecognised));
    assert_eq!(decode("{\"answers\":{}}"), Err(LoadError::NotRecognised));
    assert_eq!(decode("[1,2]"), Err(LoadError::NotRecognised));
    assert_eq!(decode("{\"format\":0}"), Err(LoadError::NotRecognised));
    assert_eq!(
        decode("{\"format\":7,\"whatever\":true}"),
        Err(LoadError::NewerFormat(7))
    );
    assert!(matches!(
        decode("{\"format\":1}"),
        Err(LoadError::Damaged(_))
    ));
    let bad_level = r#"{"format":1,"session":{"set_id":"samhsa-2015","screen":"welcome","answers":{"samhsa-2015":{"set_version":1,"ratings":{"I.1":9}}}}}"#;
    match decode(bad_level) {
        Err(LoadError::Damaged(reason)) => assert!(reason.contains("level 9"), "{reason}"),
        other => panic!("expected damaged, got {other:?}"),
    }
    let bad_rating = r#"{"format":1,"session":{"set_id":"samhsa-2015","screen":"welcome","answers":{"samhsa-2015":{"set_version":1,"ratings":{"I.1":"lots"}}}}}"#;
    assert!(matches!(decode(bad_rating), Err(LoadError::Damaged(_))));
}

#[test]
fn answers_of_unknown_sets_are_kept() {
    let text = r#"{"format":1,"session":{"set_id":"agency-custom","screen":"results","answers":{"agency-custom":{"set_version":3,"ratings":{"x.1":7}}}}}"#;
    let session = decode(text).unwrap();
    assert_eq!(
        session.answers["agency-custom"].ratings["x.1"],
        Rating::Level(7)
    );
    // The unknown set falls back to the default for display, without losing the answers.
    assert_eq!(session.set().id, "samhsa-2015");
    assert_eq!(decode(&encode(&session, None)).unwrap(), session);
}

proptest! {
    #[test]
    fn decode_never_panics_on_any_text(text in ".{0,200}") {
        let _ = decode(&text);
    }

    #[test]
    fn any_rated_session_round_trips(levels in proptest::collection::vec(0u8..=5, 62), note in ".{0,40}") {
        let mut session = Session::default();
        let ids: Vec<String> = session.set().competencies().map(|(_, c)| c.id.clone()).collect();
        for (id, level) in ids.iter().zip(levels) {
            let rating = if level == 0 { Rating::NotApplicable } else { Rating::Level(level) };
            session = session.apply(Action::Rate { competency_id: id.clone(), rating });
        }
        session = session.apply(Action::Note { competency_id: ids[0].clone(), text: note });
        prop_assert_eq!(decode(&encode(&session, None)).unwrap(), session);
    }
}

fn session_with_history() -> Session {
    let mut session = sample_session();
    for (_, c) in set_2015().competencies() {
        session = session.apply(Action::Rate {
            competency_id: c.id.clone(),
            rating: Rating::Level(2),
        });
    }
    session = session
        .apply(Action::Finish {
            at: "2026-08-01T09:00:00.000Z".into(),
        })
        .apply(Action::AddToPlan {
            competency_id: "I.1".into(),
        })
        .apply(Action::EditPlan {
            competency_id: "I.1".into(),
            edit: PlanEdit::Goal("Start conversations".into()),
        })
        .apply(Action::BackedUp {
            on: "2026-08-02".into(),
        });
    session
}

#[test]
fn format_2_fixture_loads_with_history_plan_and_rating_of_someone_else() {
    let text = include_str!("../fixtures/saved-format-2.json");
    let session = decode(text).expect("format 2 loads");
    assert_eq!(session.history.len(), 2);
    assert_eq!(session.history[0].rater, Rater::Myself);
    assert_eq!(
        session.history[1].rater,
        Rater::Other {
            name: "Dana Lee".into(),
            role: RaterRole::Supervisor
        }
    );
    assert_eq!(session.history[1].answers.ratings["I.1"], Rating::Level(3));
    assert_eq!(session.plan[0].goal, "Start conversations");
    assert_eq!(session.plan[0].target_date, "2026-12-31");
    assert_eq!(
        session.rating_of_someone_else.as_ref().unwrap().person,
        "Sam"
    );
    assert_eq!(session.last_backup.as_deref(), Some("2026-08-02"));
    assert_eq!(decode(&encode(&session, None)).unwrap(), session);
}

#[test]
fn history_plan_and_backup_date_round_trip() {
    let session = session_with_history();
    assert_eq!(session.history.len(), 1);
    assert_eq!(
        decode(&encode(&session, Some("2026-11-25T10:00:00.000Z"))).unwrap(),
        session
    );
}

#[test]
fn a_screen_showing_a_missing_snapshot_opens_at_welcome() {
    let text = r#"{"format":2,"session":{"set_id":"samhsa-2015","screen":{"snapshot":"gone"},"answers":{}}}"#;
    assert_eq!(decode(text).unwrap().screen, Screen::Welcome);
}

#[test]
fn levels_in_history_are_checked_too() {
    let text = r#"{"format":2,"session":{"set_id":"samhsa-2015","screen":"welcome","answers":{},"history":[{"id":"a","taken_at":"2026-01-01","set_id":"samhsa-2015","rater":{"by":"myself"},"answers":{"set_version":1,"ratings":{"I.1":8}}}]}}"#;
    assert!(matches!(decode(text), Err(LoadError::Damaged(_))));
}

/// The saved form is the same, byte for byte, as the widget has always written it.
#[test]
fn format_2_fixture_encodes_to_the_same_bytes() {
    let text = include_str!("../fixtures/saved-format-2.json").trim_end();
    let session = decode(text).unwrap();
    assert_eq!(encode(&session, Some("2026-11-25T10:00:00.000Z")), text);
}
