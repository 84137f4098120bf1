use peer_assessment::core::history::{Rater, RaterRole, Snapshot};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Screen, Session};

fn received(id: &str, level: u8) -> Snapshot {
    let mut answers = peer_assessment::core::assessment::Answers::new(crate::set_2015());
    answers.ratings.insert("I.1".into(), Rating::Level(level));
    Snapshot {
        id: id.into(),
        taken_at: "2026-09-01".into(),
        set_id: "samhsa-2015".into(),
        rater: Rater::Other {
            name: "Dana".into(),
            role: RaterRole::Supervisor,
        },
        answers,
    }
}

#[test]
fn receive_adds_the_snapshot_and_gives_a_colliding_one_a_new_id() {
    let first = received("2026-09-01-supervisor", 3);
    let session = Session::default().apply(Action::Receive(Box::new(first.clone())));
    assert_eq!(*session.history, std::slice::from_ref(&first));
    let session = session.apply(Action::Receive(Box::new(received(
        "2026-09-01-supervisor",
        4,
    ))));
    assert_eq!(session.history.len(), 2);
    assert_eq!(session.history[0], first);
    assert_eq!(session.history[1].id, "2026-09-01-supervisor-2");
    assert_eq!(session.history[1].answers.ratings["I.1"], Rating::Level(4));
}

#[test]
fn imported_replaces_everything_but_keeps_this_screen() {
    let here = Session::default()
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(2),
        })
        .apply(Action::GoTo(Screen::Files));
    let imported = Session::default()
        .apply(Action::Rate {
            competency_id: "I.2".into(),
            rating: Rating::Level(5),
        })
        .apply(Action::Receive(Box::new(received("x", 1))))
        .apply(Action::GoTo(Screen::Results));
    let after = here.apply(Action::Imported(Box::new(imported.clone())));
    assert_eq!(after.screen, Screen::Files);
    assert_eq!(
        Session {
            screen: Screen::Results,
            ..after
        },
        imported
    );
}

#[test]
fn choose_language_keeps_valid_codes_and_ignores_others() {
    let session = Session::default().apply(Action::ChooseLanguage("es".into()));
    assert_eq!(session.language.as_deref(), Some("es"));
    let session = session.apply(Action::ChooseLanguage("pt-BR".into()));
    assert_eq!(session.language.as_deref(), Some("pt-BR"));
    for bad in ["", "abcdefghijklmnopq", "en_US", "es ", "<b>", "é"] {
        let after = session.clone().apply(Action::ChooseLanguage(bad.into()));
        assert_eq!(
            after.language.as_deref(),
            Some("pt-BR"),
            "{bad:?} is ignored"
        );
    }
    assert_eq!(
        Session::default()
            .apply(Action::ChooseLanguage("".into()))
            .language,
        None
    );
    let longest = "a".repeat(16);
    assert_eq!(
        Session::default()
            .apply(Action::ChooseLanguage(longest.clone()))
            .language,
        Some(longest)
    );
}
