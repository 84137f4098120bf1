use crate::random_actions::participant_code;
use peer_assessment::core::session::{Action, Session};
use peer_assessment::core::transfer::{backup_file, merge, preview, read, Incoming};
use peer_assessment::core::workshop::Allow;

fn with_workshop(on: &str, codes: &[String]) -> Session {
    let started = Session::default().apply(Action::StartWorkshop {
        name: "Group".into(),
        set_id: "samhsa-2015".into(),
        on: on.into(),
    });
    codes.iter().fold(started, |s, code| {
        s.apply(Action::AddParticipantCode {
            code: code.clone(),
            allow: Allow::default(),
        })
    })
}

fn backup_of(session: &Session) -> Incoming {
    read(&backup_file(session, "2026-11-25T10:00:00.000Z")).unwrap()
}

#[test]
fn workshop_codes_are_counted_as_codes_not_answers() {
    let codes = [
        participant_code(0, 1),
        participant_code(1, 2),
        participant_code(2, 3),
    ];
    let here = with_workshop("2026-11-25", &codes[..1]);
    let file = backup_of(&with_workshop("2026-11-25", &codes));
    let counted = preview(&here, &file);
    assert_eq!(counted.answers_added, 0);
    assert_eq!(counted.workshop_codes_added, 2);
    assert!(!counted.changes_nothing());
    let fresh = preview(&Session::default(), &file);
    assert_eq!((fresh.answers_added, fresh.workshop_codes_added), (0, 3));
    assert!(preview(&merge(&here, &file), &file).changes_nothing());
}

#[test]
fn importing_the_same_workshop_unites_the_codes_and_another_workshop_leaves_this_one() {
    let (a, b, c) = (
        participant_code(0, 1),
        participant_code(1, 2),
        participant_code(2, 3),
    );
    let here = with_workshop("2026-11-25", &[a.clone(), b.clone()]);
    let same = merge(
        &here,
        &backup_of(&with_workshop("2026-11-25", &[b.clone(), c.clone()])),
    );
    assert_eq!(
        same.workshop.as_ref().unwrap().rounds[0].codes,
        [a.clone(), b.clone(), c.clone()]
    );
    let other = backup_of(&with_workshop("2026-12-01", &[c]));
    let kept = merge(&here, &other);
    assert_eq!(kept.workshop, here.workshop, "the workshop here stays");
    assert_eq!(preview(&here, &other).workshop_codes_added, 0);
}
