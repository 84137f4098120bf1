use super::random_actions::{participant_code, run, step};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::saved_state::{decode, encode, Encoder};
use peer_assessment::core::session::{Action, Session};
use peer_assessment::core::workshop::Allow;
use proptest::prelude::*;

const AT: Option<&str> = Some("2026-11-25T10:00:00.000Z");

fn rated_and_finished() -> Session {
    Session::default()
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(3),
        })
        .apply(Action::Finish {
            at: "2026-08-01T09:00:00.000Z".into(),
        })
        .apply(Action::Rate {
            competency_id: "I.2".into(),
            rating: Rating::NotApplicable,
        })
        .apply(Action::Finish {
            at: "2026-08-02T09:00:00.000Z".into(),
        })
        .apply(Action::StartWorkshop {
            name: "Group".into(),
            set_id: "samhsa-2015".into(),
            on: "2026-11-25".into(),
        })
        .apply(Action::AddParticipantCode {
            code: participant_code(0, 4),
            allow: Allow::default(),
        })
}

#[test]
fn writes_the_fixtures_as_encode_does() {
    let mut encoder = Encoder::default();
    for text in [
        include_str!("../fixtures/saved-format-1.json"),
        include_str!("../fixtures/saved-format-2.json"),
    ] {
        let session = decode(text).unwrap();
        assert_eq!(encoder.encode(&session, AT), encode(&session, AT));
        assert_eq!(encoder.encode(&session, None), encode(&session, None));
    }
}

#[test]
fn answering_does_not_encode_the_history_or_workshop_again() {
    let mut encoder = Encoder::default();
    let session = rated_and_finished();
    assert_eq!(encoder.encode(&session, AT), encode(&session, AT));
    assert_eq!(
        (encoder.history_encodings(), encoder.workshop_encodings()),
        (1, 1)
    );
    let answered = session.apply(Action::Rate {
        competency_id: "I.3".into(),
        rating: Rating::Level(5),
    });
    assert_eq!(encoder.encode(&answered, AT), encode(&answered, AT));
    let noted = answered.apply(Action::Note {
        competency_id: "I.3".into(),
        text: "why".into(),
    });
    assert_eq!(encoder.encode(&noted, AT), encode(&noted, AT));
    assert_eq!(
        (encoder.history_encodings(), encoder.workshop_encodings()),
        (1, 1)
    );
}

#[test]
fn history_and_workshop_changes_are_written() {
    let mut encoder = Encoder::default();
    let mut session = rated_and_finished();
    let first = session.history[0].id.clone();
    let actions = [
        Action::Rate {
            competency_id: "I.4".into(),
            rating: Rating::Level(1),
        },
        Action::Finish {
            at: "2026-08-03T09:00:00.000Z".into(),
        },
        Action::DeleteSnapshot(first),
        Action::AddParticipantCode {
            code: participant_code(1, 2),
            allow: Allow::default(),
        },
        Action::ClearWorkshop,
        Action::StartWorkshop {
            name: "Other".into(),
            set_id: "samhsa-2015".into(),
            on: "2026-11-26".into(),
        },
    ];
    assert_eq!(encoder.encode(&session, AT), encode(&session, AT));
    for action in actions {
        session = session.apply(action);
        assert_eq!(encoder.encode(&session, AT), encode(&session, AT));
    }
    assert_eq!(
        encoder.history_encodings(),
        3,
        "once, then after the finish and the deletion"
    );
    assert_eq!(
        encoder.workshop_encodings(),
        3,
        "once, then after the code and the new workshop"
    );
}

proptest! {
    #[test]
    fn random_sessions_are_written_as_encode_does(steps in proptest::collection::vec(step(), 0..30)) {
        let mut encoder = Encoder::default();
        let mut session = Session::default();
        for step in &steps {
            let action = super::random_actions::action(step, &session);
            session = session.apply(action);
            prop_assert_eq!(encoder.encode(&session, AT), encode(&session, AT));
        }
        let fresh = run(&steps);
        prop_assert_eq!(Encoder::default().encode(&fresh, None), encode(&fresh, None));
    }
}
